"""The network half of a batch: fetch due feeds, then the pages of their new entries.

One event loop serves the whole batch, with the fetcher's per-host limit shared by feeds and
pages. Between the two phases the warehouse is opened for a moment to learn which entries and
which pages are already stored, so neither a re-run nor a second feed listing a page fetches
it again; within the batch each distinct cleaned link is fetched once, however many feeds list
it. Page fetches go through the poll's robots.txt and Crawl-delay gate (flows/politeness.py)
unless every feed listing the page opts out.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from extractors.feeds import FeedEntry
from extractors.pipeline import PageJob
from extractors.urls import URL_RULES_VERSION, clean_url
from flows.feedpoll import (
    FEED_ACCEPT,
    FeedJob,
    FeedOutcome,
    evaluate_response,
    keep_new_entries,
)
from flows.fetch import Fetcher, FetchResult
from flows.politeness import PollPoliteness
from flows.settings import Settings
from warehouse import open_writer
from warehouse.queries import known_entries, stored_pages
from warehouse.writes import relink_entries

PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
PAGE_TYPES = ("text/html", "application/xhtml", "text/plain", "application/xml", "text/xml")


@dataclass
class LinkedEntry:
    """An entry whose article is already stored (another feed had it): index it, fetch nothing."""

    feed_id: str
    entry: FeedEntry
    url_key: str


@dataclass
class SharedEntry:
    """An entry whose page another entry of this batch fetches: indexed under that article.

    Its key is only known once the leader's page is analysed (canonical URL, redirects), so
    it points at the leader's (feed_id, entry_key).
    """

    feed_id: str
    entry: FeedEntry
    leader: tuple[str, str]


@dataclass
class FetchedBatch:
    """Everything the network gave for one batch, ready for extraction."""

    outcomes: list[FeedOutcome]
    page_jobs: list[PageJob] = field(default_factory=list)
    linked: list[LinkedEntry] = field(default_factory=list)
    shared: list[SharedEntry] = field(default_factory=list)
    pages_failed: dict[str, int] = field(default_factory=dict)
    robots_refused: int = 0


@dataclass
class _Page:
    """One distinct page of the batch: the entry that fetches it and the entries sharing it."""

    outcome: FeedOutcome
    entry: FeedEntry
    respect_robots: bool
    sharers: list[tuple[FeedOutcome, FeedEntry]] = field(default_factory=list)


def _page_job(
    feed_id: str, entry: FeedEntry, result: FetchResult | None, lang: str | None
) -> PageJob:
    if result is None:
        return PageJob(feed_id, entry, None, None, None, None, "entry has no link", lang)
    reason = None
    if result.error_kind in ("robots", "robots_unavailable"):
        reason = result.error  # "disallowed by robots.txt", or why robots.txt was unreadable
    elif result.error:
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


def _respects_robots(outcome: FeedOutcome, settings: Settings) -> bool:
    return settings.respect_robots and outcome.job.config.robots


def _select_new(
    outcomes: list[FeedOutcome], db_path: str | Path, settings: Settings, batch: FetchedBatch
) -> list[_Page]:
    """Drop stored entries, link those whose page is stored, and group the rest by page.

    Each distinct cleaned link is fetched once: the first entry listing it leads, the others
    (from any feed of the batch) share its article. A page is fetched without robots.txt only
    when every feed listing it opts out (`robots: false`).
    """
    pages: dict[str, _Page] = {}
    unlinked: list[_Page] = []
    with_entries = [o for o in outcomes if o.entries]
    if not with_entries:
        return []
    with open_writer(db_path, lock_wait_s=settings.lock_wait_s) as conn:
        relink_entries(conn, clean_url, URL_RULES_VERSION)
        stored = stored_pages(conn, [e.link for o in with_entries for e in o.entries if e.link])
        for outcome in with_entries:
            feed_id = outcome.job.feed_id
            seen = known_entries(conn, feed_id, [e.entry_key for e in outcome.entries])
            # An entry without a GUID is keyed by its link; once the cleaning rules change, its
            # key changes too. The feed listing that link already is the same entry, not news.
            seen |= {
                e.entry_key
                for e in outcome.entries
                if e.guid is None and e.link in stored and feed_id in stored[e.link].feed_ids
            }
            keep_new_entries(outcome, seen, settings)
            for entry in outcome.entries:
                respect = _respects_robots(outcome, settings)
                if entry.link is None:
                    unlinked.append(_Page(outcome, entry, respect))
                elif entry.link in stored:
                    batch.linked.append(LinkedEntry(feed_id, entry, stored[entry.link].url_key))
                elif entry.link in pages:
                    page = pages[entry.link]
                    page.sharers.append((outcome, entry))
                    page.respect_robots = page.respect_robots and respect
                else:
                    pages[entry.link] = _Page(outcome, entry, respect)
    return [*pages.values(), *unlinked]


async def _fetch_all(
    jobs: list[FeedJob], db_path: str | Path, settings: Settings, polite: PollPoliteness
) -> FetchedBatch:
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
        todo = _select_new(outcomes, db_path, settings, batch)
        gate = polite.gate(fetcher)

        async def fetch_page(page: _Page) -> FetchResult | None:
            if not page.entry.link:
                return None
            return await fetcher.get(
                page.entry.link,
                max_bytes=settings.max_page_bytes,
                accept=PAGE_ACCEPT,
                body_types=PAGE_TYPES,
                gate=gate if page.respect_robots else None,
            )

        results = await asyncio.gather(*(fetch_page(page) for page in todo))
        for page, result in zip(todo, results, strict=True):
            outcome, entry = page.outcome, page.entry
            job = _page_job(outcome.job.feed_id, entry, result, outcome.job.config.language)
            if result is not None and result.error_kind == "robots":
                batch.robots_refused += 1  # a choice of the site, not a failure of the fetch
            elif job.skip_reason and result is not None:
                batch.pages_failed[job.feed_id] = batch.pages_failed.get(job.feed_id, 0) + 1
            batch.page_jobs.append(job)
            leader = (job.feed_id, entry.entry_key)
            for sharer, shared in page.sharers:
                batch.shared.append(SharedEntry(sharer.job.feed_id, shared, leader))
    return batch


def fetch_batch(
    jobs: list[FeedJob],
    db_path: str | Path,
    settings: Settings,
    polite: PollPoliteness | None = None,
) -> FetchedBatch:
    """Synchronous entry point (Prefect runs sync tasks in worker threads).

    `polite` carries robots.txt policies and Crawl-delay timing from batch to batch of one
    poll; without it the batch starts its own (robots.txt read once per batch).
    """
    polite = polite or PollPoliteness(settings)
    return asyncio.run(_fetch_all(jobs, db_path, settings, polite))
