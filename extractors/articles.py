"""HTML page -> article, and the fallback to the feed entry when the page gives too little.

Extraction is trafilatura's, with its metadata (htmldate for the publication date); settings
arrive explicitly so the flow, the benchmark and the tests extract in exactly the same way.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

import trafilatura
from htmldate import find_date
from lxml.html import HtmlElement
from trafilatura import metadata as tmeta
from trafilatura.deduplication import Simhash
from trafilatura.settings import set_date_params
from trafilatura.utils import load_html

from extractors.feeds import FeedEntry
from extractors.urls import clean_url, same_site

_HTML_LANG = re.compile(rb"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)


@dataclass(frozen=True)
class ExtractionSettings:
    """Knobs of article extraction; defaults are the precision-leaning ones measured best."""

    min_text_chars: int = 250
    favor_precision: bool = True
    # trafilatura's fast mode (its own extractor only) first; its full cascade (readability and
    # jusText comparison, about 2.3x the cost) only when the fast result is short or has no
    # paragraphs: on news pages the fallbacks change the text only in those cases (measured:
    # bench/extraction_quality.py), so the full cascade runs where it can matter.
    full_cascade_below_chars: int = 1000
    include_comments: bool = False
    include_tables: bool = True
    fingerprint_min_chars: int = 300
    # Syndicated copies differ, if at all, at the end (credits, related links); the opening
    # few thousand characters identify a story and keep Simhash cheap on long pages.
    fingerprint_max_chars: int = 1500


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


def _page_metadata(tree: HtmlElement, url: str, need_date: bool) -> dict:
    """Title, author, site name, canonical URL and date from trafilatura's metadata helpers.

    This is trafilatura's own `extract_metadata` minus the parts that walk the whole page for
    fields we never store (licence, categories, tags) or can take from the feed (author): on
    link-heavy news pages those cost more than the rest of the metadata together.
    """
    meta = tmeta.examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None
    with contextlib.suppress(Exception):  # trafilatura's JSON-LD parser crashes on odd markup
        meta = tmeta.extract_meta_json(tree, meta)
    title = meta.title or tmeta.extract_title(tree)
    # Author from meta tags and JSON-LD only: trafilatura's DOM-wide byline search costs about
    # a third of the body extraction on link-heavy pages, and the feed entry names the author
    # in most feeds anyway (build_article falls back to it).
    author = meta.author
    canonical = meta.url or tmeta.extract_url(tree, url or None)
    sitename = meta.sitename or tmeta.extract_sitename(tree)
    published = None
    if need_date:
        # htmldate's extensive search hands stray strings to dateparser, which on real pages
        # costs more than the whole body extraction: worth it only when the feed gave no date.
        date_params = set_date_params(extensive=True)
        published = find_date(tree, url=canonical or url or None, **date_params)
        if published and published.endswith("-01-01"):
            # htmldate's last resorts (a copyright line, a bare year in the text) come back as
            # 1 January. As the reference for "on Monday" and for the tense of the story such
            # a guess is worse than none (the detector then reads the article's own dateline),
            # so keep it only when the page's markup states that very day.
            exact = find_date(
                tree, url=canonical or url or None, **set_date_params(extensive=False)
            )
            published = published if exact == published else None
    return {
        "title": title or None,
        "author": author or None,
        "sitename": sitename.lstrip("@") if sitename else None,
        "canonical_url": canonical or None,
        "published": _parse_date(published),
    }


def extract_page(
    html: bytes | str, url: str, settings: ExtractionSettings, need_date: bool = True
) -> ExtractedPage:
    """Run trafilatura (body) and its metadata helpers over one page; never raises on markup.

    The page is parsed once: metadata is read first because body extraction prunes the tree.
    `need_date=False` skips the publication-date search (the feed entry already has a date).
    """
    raw = html if isinstance(html, bytes) else html[:4096].encode("utf-8", "ignore")
    lang_match = _HTML_LANG.search(raw[:4096])
    language = lang_match.group(1).decode("ascii").lower() if lang_match else None
    empty = ExtractedPage("", None, None, None, language, None, None)
    try:
        tree = load_html(html)
    except Exception:  # lxml raises assorted errors on hostile markup
        return empty
    if tree is None:
        return empty
    try:
        meta = _page_metadata(tree, url, need_date)
    except Exception:
        meta = {
            "title": None,
            "author": None,
            "sitename": None,
            "canonical_url": None,
            "published": None,
        }
    text, has_paragraphs = _body_text(tree, url, settings, fast=True)
    if len(text) < settings.full_cascade_below_chars or not has_paragraphs:
        # The fast pass pruned the tree in place: parse again for the full cascade, and take
        # its verdict (it may prefer a shorter, cleaner jusText result) unless it found nothing.
        with contextlib.suppress(Exception):
            full_tree = load_html(html)
            if full_tree is not None:
                full_text, _ = _body_text(full_tree, url, settings, fast=False)
                text = full_text or text
    return ExtractedPage(
        text=text,
        title=meta["title"],
        author=meta["author"],
        sitename=meta["sitename"],
        language=language,
        published=meta["published"],
        canonical_url=meta["canonical_url"],
    )


def _body_text(
    tree: HtmlElement, url: str, settings: ExtractionSettings, fast: bool
) -> tuple[str, bool]:
    """trafilatura's body text for a parsed page, and whether it came from paragraphs.

    Text without paragraphs is what trafilatura itself treats as a structurally deficient
    extraction worth comparing with readability's.
    """
    try:
        doc = trafilatura.bare_extraction(
            tree,
            url=url,
            fast=fast,
            with_metadata=False,
            favor_precision=settings.favor_precision,
            include_comments=settings.include_comments,
            include_tables=settings.include_tables,
        )
    except Exception:  # trafilatura raises assorted errors on hostile markup
        return "", False
    if doc is None:
        return "", False
    has_paragraphs = doc.body is not None and bool(doc.body.xpath(".//p//text()"))
    return (doc.text or "").strip(), has_paragraphs


def fingerprint(text: str, settings: ExtractionSettings = DEFAULT_SETTINGS) -> int | None:
    """64-bit Simhash of the body's opening, or None when too short to compare fairly."""
    if len(text) < settings.fingerprint_min_chars:
        return None
    return Simhash(text[: settings.fingerprint_max_chars]).hash


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
