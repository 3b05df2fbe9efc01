"""HTML page -> article, and the fallback to the feed entry when the page gives too little.

Extraction is trafilatura's, with its metadata (htmldate for the publication date); settings
arrive explicitly so the flow, the benchmark and the tests extract in exactly the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

import trafilatura
from trafilatura.deduplication import Simhash

from extractors.feeds import FeedEntry
from extractors.urls import clean_url, same_site

_HTML_LANG = re.compile(rb"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)


@dataclass(frozen=True)
class ExtractionSettings:
    """Knobs of article extraction; defaults are the precision-leaning ones measured best."""

    min_text_chars: int = 250
    favor_precision: bool = True
    include_comments: bool = False
    include_tables: bool = True
    fingerprint_min_chars: int = 300


DEFAULT_SETTINGS = ExtractionSettings()


@dataclass(frozen=True)
class ExtractedPage:
    """What trafilatura found on one page."""

    text: str
    title: str | None
    author: str | None
    sitename: str | None
    language: str | None
    published: date | None
    canonical_url: str | None


@dataclass(frozen=True)
class Article:
    """One stored article: the unit the warehouse keys by cleaned canonical URL."""

    url_key: str
    url: str
    canonical_url: str | None
    title: str
    author: str | None
    sitename: str | None
    language: str | None
    published: datetime | None
    text: str
    summary: str
    extraction_status: str
    extraction_reason: str | None
    fingerprint: int | None
    word_count: int


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def extract_page(html: bytes | str, url: str, settings: ExtractionSettings) -> ExtractedPage:
    """Run trafilatura with metadata over one page; never raises on bad markup."""
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            favor_precision=settings.favor_precision,
            include_comments=settings.include_comments,
            include_tables=settings.include_tables,
        )
    except Exception:  # trafilatura raises assorted lxml/parser errors on hostile markup
        doc = None
    raw = html if isinstance(html, bytes) else html[:4096].encode("utf-8", "ignore")
    lang_match = _HTML_LANG.search(raw[:4096])
    language = lang_match.group(1).decode("ascii").lower() if lang_match else None
    if doc is None:
        return ExtractedPage("", None, None, None, language, None, None)
    return ExtractedPage(
        text=(doc.text or "").strip(),
        title=doc.title or None,
        author=doc.author or None,
        sitename=doc.sitename or None,
        language=doc.language or language,
        published=_parse_date(doc.date),
        canonical_url=doc.url or None,
    )


def fingerprint(text: str, settings: ExtractionSettings = DEFAULT_SETTINGS) -> int | None:
    """64-bit Simhash of the body, or None when the text is too short to compare fairly."""
    if len(text) < settings.fingerprint_min_chars:
        return None
    return Simhash(text).hash


def build_article(
    entry: FeedEntry,
    fetched_url: str | None,
    page: ExtractedPage | None,
    skip_reason: str | None,
    feed_language: str | None,
    settings: ExtractionSettings = DEFAULT_SETTINGS,
) -> Article | None:
    """Combine an entry with what its page gave, falling back to the entry's own summary.

    The canonical link is honoured only when it stays on the same site: a canonical pointing
    elsewhere would let one page claim another site's key. Returns None only for an entry with
    no usable URL at all, which cannot be keyed.
    """
    base_url = fetched_url or entry.link
    if not base_url:
        return None
    canonical = None
    reason = skip_reason
    if page and page.canonical_url:
        cand = clean_url(page.canonical_url)
        if cand and same_site(cand, base_url):
            canonical = cand
        elif cand:
            reason = f"canonical link to another site ignored: {cand}"[:300]
    url_key = canonical or clean_url(base_url) or clean_url(entry.link or "")
    if not url_key:
        return None

    if page and len(page.text) >= settings.min_text_chars:
        text, status = page.text, "full"
    elif entry.summary:
        text, status = entry.summary, "summary"
        if page is not None and reason is None:
            reason = f"page gave {len(page.text)} chars, below {settings.min_text_chars}"
    else:
        text, status = (page.text if page else ""), "title_only"
        if reason is None:
            reason = "neither the page nor the feed entry had usable text"

    published = entry.published
    if published is None and page and page.published:
        published = datetime(
            page.published.year, page.published.month, page.published.day, tzinfo=UTC
        )
    title = entry.title or (page.title if page else None) or ""
    return Article(
        url_key=url_key,
        url=base_url,
        canonical_url=canonical,
        title=title,
        author=(page.author if page and page.author else ", ".join(entry.authors) or None),
        sitename=page.sitename if page else None,
        language=(page.language if page and page.language else feed_language),
        published=published,
        text=text,
        summary=entry.summary,
        extraction_status=status,
        extraction_reason=reason,
        fingerprint=fingerprint(text, settings) if status == "full" else None,
        word_count=len(text.split()),
    )
