"""HTML page -> article: the fast-first extraction, its fallbacks, and what a result carries."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import UTC, date, datetime

import trafilatura

from extractors.articles import DEFAULT_SETTINGS, build_article, extract_page
from extractors.feeds import FeedEntry
from extractors.pipeline import PageJob, analyse

PARAGRAPHS = [
    "Engineers of the northern river flotilla spent the week rebuilding a pontoon bridge "
    "that spring floods had pulled loose from its moorings near the old grain port.",
    "The work was planned as a routine maintenance period, the flotilla's spokeswoman said, "
    "and no foreign units took part; the crossing reopens to civilian traffic on Friday.",
    "Local farmers, who depend on the bridge to move livestock to summer pastures, had "
    "complained that the closure came at the worst possible moment of the year.",
    "A council member said the town would ask for a permanent bridge in next year's budget, "
    "arguing that temporary crossings have failed three times in a decade.",
]

ARTICLE_PAGE = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Flotilla rebuilds pontoon bridge - Riverside Courier</title>
<meta property="og:site_name" content="Riverside Courier">
<meta name="author" content="Ilse Marwick">
<meta property="article:published_time" content="2025-04-17T09:30:00Z">
<link rel="canonical" href="https://courier.example/news/pontoon-bridge?utm_source=feed">
</head><body><header><nav><a href="/">Home</a> <a href="/region">Region</a>
<a href="/sport">Sport</a></nav></header>
<main><article><h1>Flotilla rebuilds pontoon bridge</h1>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article></main>
<aside><h2>Most read</h2><ul><li><a href="/a">Market hall to close early</a></li>
<li><a href="/b">School choir wins regional prize</a></li></ul></aside>
<footer><p>Riverside Courier, all rights reserved.</p></footer></body></html>"""

# Text in a <font> block split by <br>: trafilatura's fast pass finds nothing here, its full
# cascade (readability, jusText) recovers the story.
SENTENCE = (
    "The harbour authority moved two tugboats to the outer pier after the breakwater cracked "
    "during the night, and pilots were told to expect delays until the repair is done. "
)
LEGACY_PAGE = (
    "<html><body><center><font size=2>"
    + "<br>".join(SENTENCE * 2 for _ in range(10))
    + "</font></center></body></html>"
)


def _entry(**overrides: object) -> FeedEntry:
    values: dict = {
        "entry_key": "k1",
        "guid": None,
        "link": "https://courier.example/news/pontoon-bridge",
        "title": "Flotilla rebuilds pontoon bridge",
        "summary": "Engineers rebuilt a pontoon bridge after floods.",
        "published": datetime(2025, 4, 17, tzinfo=UTC),
    }
    values.update(overrides)
    return FeedEntry(**values)


def test_article_page_gives_body_and_metadata():
    page = extract_page(ARTICLE_PAGE.encode(), "https://courier.example/x", DEFAULT_SETTINGS)
    for paragraph in PARAGRAPHS:
        assert paragraph in page.text
    assert "Most read" not in page.text and "all rights reserved" not in page.text
    assert page.sitename == "Riverside Courier"
    assert page.author == "Ilse Marwick"
    assert page.language == "en"
    assert page.published == date(2025, 4, 17)
    assert page.canonical_url and page.canonical_url.startswith("https://courier.example/news/")


def test_date_search_is_skipped_when_the_feed_has_a_date():
    page = extract_page(ARTICLE_PAGE.encode(), "", DEFAULT_SETTINGS, need_date=False)
    assert page.published is None
    assert PARAGRAPHS[0] in page.text


def test_fast_pass_gives_the_full_cascade_text_on_a_regular_article():
    always_full = replace(DEFAULT_SETTINGS, full_cascade_below_chars=sys.maxsize)
    fast_first = extract_page(ARTICLE_PAGE.encode(), "", DEFAULT_SETTINGS, need_date=False)
    full = extract_page(ARTICLE_PAGE.encode(), "", always_full, need_date=False)
    assert fast_first.text == full.text


def test_full_cascade_rescues_a_page_the_fast_pass_cannot_read():
    fast_only = trafilatura.extract(
        LEGACY_PAGE, favor_precision=True, include_comments=False, fast=True
    )
    assert not fast_only  # the premise: trafilatura's own extractor alone finds nothing
    page = extract_page(LEGACY_PAGE.encode(), "", DEFAULT_SETTINGS, need_date=False)
    assert "outer pier" in page.text
    assert len(page.text) >= DEFAULT_SETTINGS.min_text_chars


def test_short_page_falls_back_to_the_feed_summary_with_a_reason():
    stub = b"<html><body><p>Subscribe to read.</p></body></html>"
    page = extract_page(stub, "", DEFAULT_SETTINGS)
    article = build_article(_entry(), None, page, None, "en")
    assert article is not None
    assert article.extraction_status == "summary"
    assert article.text == _entry().summary
    assert article.extraction_reason and "below" in article.extraction_reason
    assert article.fingerprint is None


def test_canonical_link_to_another_site_is_ignored():
    hijack = ARTICLE_PAGE.replace("https://courier.example/news/", "https://other.example/")
    page = extract_page(hijack.encode(), "", DEFAULT_SETTINGS)
    article = build_article(_entry(), None, page, None, "en")
    assert article is not None
    assert article.url_key.startswith("https://courier.example/")
    assert article.extraction_reason and "another site" in article.extraction_reason


def test_analysis_result_does_not_carry_the_page_body_back():
    body = ARTICLE_PAGE.encode()
    job = PageJob("feed-1", _entry(), _entry().link, 200, "text/html", body, None, "en")
    result = analyse(job)
    assert result.job.body is None
    assert result.job.entry == job.entry and result.job.http_status == 200
    assert result.article is not None and result.article.extraction_status == "full"
    assert result.article.fingerprint is not None


def _undated_page(footer: str, head: str = "") -> bytes:
    return (
        ARTICLE_PAGE.replace(
            '<meta property="article:published_time" content="2025-04-17T09:30:00Z">', head
        )
        .replace("Riverside Courier, all rights reserved.", footer)
        .encode()
    )


def test_a_bare_year_on_the_page_is_not_taken_for_a_publication_day():
    # htmldate's last resort turns a copyright year into 1 January; as the reference for
    # "on Monday" and for tense that guess misleads, so the page has no date at all.
    page = extract_page(
        _undated_page("Copyright 2023 Riverside Courier. All rights reserved."),
        "https://courier.example/news/pontoon-bridge",
        DEFAULT_SETTINGS,
    )
    assert page.published is None


def test_new_years_day_stated_in_the_markup_is_kept():
    page = extract_page(
        _undated_page(
            "Copyright 2024 Riverside Courier.",
            '<meta property="article:published_time" content="2024-01-01T07:00:00Z">',
        ),
        "https://courier.example/news/pontoon-bridge",
        DEFAULT_SETTINGS,
    )
    assert page.published == date(2024, 1, 1)
