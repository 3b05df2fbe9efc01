"""The network half of a batch: fetch due feeds, then the pages of their new entries.

One event loop serves the whole batch, with the fetcher's per-host limit shared by feeds and
pages. Between the two phases the warehouse is opened for a moment to learn which entries are
already stored, so re-runs do not refetch a single page.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from extractors.feeds import FeedEntry
from extractors.pipeline import PageJob
from flows.feedpoll import (
    FEED_ACCEPT,
    FeedJob,
    FeedOutcome,
    evaluate_response,
    keep_new_entries,
)
from flows.fetch import Fetcher, FetchResult
from flows.settings import Settings
from warehouse import open_writer
from warehouse.queries import known_entries

PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
PAGE_TYPES = ("text/html", "application/xhtml", "text/plain", "application/xml", "text/xml")


@dataclass
class LinkedEntry:
    """An entry whose article is already stored (another feed had it): index it, fetch nothing."""

    feed_id: str
    entry: FeedEntry
    url_key: str


@dataclass
class FetchedBatch:
    """Everything the network gave for one batch, ready for extraction."""

    outcomes: list[FeedOutcome]
    page_jobs: list[PageJob] = field(default_factory=list)
    linked: list[LinkedEntry] = field(default_factory=list)
    pages_failed: dict[str, int] = field(default_factory=dict)


def _page_job(
    feed_id: str, entry: FeedEntry, result: FetchResult | None, lang: str | None, settings: Settings
) -> PageJob:
    if result is None:
        return PageJob(feed_id, entry, None, None, None, None, "entry has no link", lang)
    reason = None
    if result.error:
        reason = f"page fetch failed: {result.error}"
    elif result.skipped_type:
        reason = f"not HTML: {result.skipped_type}"
    elif not result.ok:
        reason = f"page fetch failed: HTTP {result.status}"
    return PageJob(
        feed_id=feed_id,
        entry=entry,
        fetched_url=result.final_url if result.ok else entry.link,
        http_status=result.status,
        content_type=result.headers.get("content-type"),
        body=result.body if reason is None else None,
        skip_reason=reason,
        feed_language=lang,
    )


async def _fetch_all(jobs: list[FeedJob], db_path: str | Path, settings: Settings) -> FetchedBatch:
    async with Fetcher(settings) as fetcher:
        responses = await asyncio.gather(
            *(
                fetcher.get(
                    job.url,
                    headers=job.conditional_headers(),
                    max_bytes=settings.max_feed_bytes,
                    accept=FEED_ACCEPT,
                )
                for job in jobs
            )
        )
        now = datetime.now(UTC)
        outcomes = [
            evaluate_response(job, res, now, settings)
            for job, res in zip(jobs, responses, strict=True)
        ]
        batch = FetchedBatch(outcomes=outcomes)
        todo: list[tuple[FeedOutcome, FeedEntry]] = []
        with_entries = [o for o in outcomes if o.entries]
        if with_entries:
            with open_writer(db_path, lock_wait_s=settings.lock_wait_s) as conn:
                for outcome in with_entries:
                    entries = outcome.entries
                    seen_keys, seen_links = known_entries(
                        conn,
                        outcome.job.feed_id,
                        [e.entry_key for e in entries],
                        [e.link for e in entries if e.link],
                    )
                    keep_new_entries(outcome, seen_keys, settings)
                    for entry in outcome.entries:
                        if entry.link and entry.link in seen_links:
                            batch.linked.append(LinkedEntry(outcome.job.feed_id, entry, entry.link))
                        else:
                            todo.append((outcome, entry))

        async def fetch_page(entry: FeedEntry) -> FetchResult | None:
            if not entry.link:
                return None
            return await fetcher.get(
                entry.link,
                max_bytes=settings.max_page_bytes,
                accept=PAGE_ACCEPT,
                body_types=PAGE_TYPES,
            )

        pages = await asyncio.gather(*(fetch_page(entry) for _, entry in todo))
        for (outcome, entry), page in zip(todo, pages, strict=True):
            job = _page_job(outcome.job.feed_id, entry, page, outcome.job.config.language, settings)
            if job.skip_reason and page is not None:
                batch.pages_failed[job.feed_id] = batch.pages_failed.get(job.feed_id, 0) + 1
            batch.page_jobs.append(job)
    return batch


def fetch_batch(jobs: list[FeedJob], db_path: str | Path, settings: Settings) -> FetchedBatch:
    """Synchronous entry point (Prefect runs sync tasks in worker threads)."""
    return asyncio.run(_fetch_all(jobs, db_path, settings))
