"""One page job -> article plus exercise check: the unit of CPU work, run in worker processes.

Everything here is pure and picklable so the flow can fan pages out to a process pool (the
GIL makes threads useless for trafilatura) and the benchmark can time exactly the same code.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from extractors.articles import (
    DEFAULT_SETTINGS,
    Article,
    ExtractionSettings,
    build_article,
    extract_page,
)
from extractors.feeds import FeedEntry
from extractors.text import looks_like_html


@dataclass(frozen=True)
class PageJob:
    """An entry plus what fetching its page produced (body, or the reason there is none)."""

    feed_id: str
    entry: FeedEntry
    fetched_url: str | None
    http_status: int | None
    content_type: str | None
    body: bytes | None
    skip_reason: str | None
    feed_language: str | None


@dataclass(frozen=True)
class PageResult:
    """The article built from a job and the detector's record for it (None if not keyable)."""

    job: PageJob
    article: Article | None
    mention: dict | None


def _is_html(job: PageJob) -> bool:
    ctype = (job.content_type or "").lower()
    if "html" in ctype:
        return True
    return bool(job.body) and (not ctype or ctype.startswith("text/")) and looks_like_html(job.body)


def analyse(job: PageJob, settings: ExtractionSettings = DEFAULT_SETTINGS) -> PageResult:
    """Extract the page (when it is HTML), fall back to the entry, and run the detector."""
    page = None
    skip_reason = job.skip_reason
    if job.body is not None and skip_reason is None:
        if _is_html(job):
            page = extract_page(
                job.body,
                job.fetched_url or job.entry.link or "",
                settings,
                need_date=job.entry.published is None,
            )
        else:
            skip_reason = f"not HTML: {job.content_type or 'unknown type'}"
    article = build_article(
        job.entry, job.fetched_url, page, skip_reason, job.feed_language, settings
    )
    mention = detect_article(article) if article else None
    # The body has been used: returning it would ship every page back across the process
    # boundary for nothing (results only need the job's identity and HTTP facts).
    return PageResult(job=replace(job, body=None), article=article, mention=mention)


def detect_article(article: Article) -> dict:
    """The detector's record for a stored article (also used by reprocess)."""
    from extractors.exercise import detect

    published: date | None = article.published.date() if article.published else None
    return detect(article.title, article.text, published, article.language).to_record()


def analyse_many(jobs: list[PageJob], settings: ExtractionSettings = DEFAULT_SETTINGS) -> list:
    """Sequential batch entry point for worker processes (one pickle round-trip per chunk)."""
    return [analyse(job, settings) for job in jobs]
