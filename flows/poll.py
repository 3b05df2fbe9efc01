"""The poll flow: read like a table of contents.

    load the feeds file -> register feeds and pick the due ones -> for each batch of feeds:
    fetch (network) -> analyse (CPU) -> store (the one place that writes) -> summarise.

Tasks are coarse (a batch, a stage), so a poll costs a few dozen task runs whatever the number
of articles. The warehouse is opened for writing only inside `store_batch` and the short
registration step, which lets readers in between batches.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.artifacts import create_table_artifact  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.context import get_run_context  # noqa: E402

from flows.alerts import NewMention, emit_events, post_webhook  # noqa: E402
from flows.batch import FetchedBatch, fetch_batch  # noqa: E402
from flows.extract import analyse_jobs, make_pool, worker_count  # noqa: E402
from flows.feedlist import FeedConfig, load_feeds  # noqa: E402
from flows.feedpoll import FeedJob  # noqa: E402
from flows.politeness import PollPoliteness  # noqa: E402
from flows.rows import build_poll_batch  # noqa: E402
from flows.settings import Settings, get_settings  # noqa: E402
from warehouse import ensure_writable, open_writer  # noqa: E402
from warehouse.queries import due_feed_ids, feed_states  # noqa: E402
from warehouse.writes import BatchResult, register_feeds, write_poll_batch  # noqa: E402


@dataclass
class FeedReport:
    """One line of the run summary."""

    name: str
    url: str
    outcome: str
    status: int | None
    error: str | None
    entries_new: int
    articles_new: int


@dataclass
class PollSummary:
    """What one poll did, for the CLI table and the Prefect artifact."""

    run_id: str
    feeds_configured: int = 0
    feeds_due: int = 0
    feeds: list[FeedReport] = field(default_factory=list)
    articles_added: int = 0
    mentions_added: int = 0
    duplicates_linked: int = 0
    pages_refused_by_robots: int = 0  # not fetched: robots.txt disallows them
    new_mentions: list[str] = field(default_factory=list)

    def count(self, outcome: str) -> int:
        return sum(1 for f in self.feeds if f.outcome == outcome)


def _settings(allow_private_networks: bool | None) -> Settings:
    settings = get_settings()
    if allow_private_networks is not None:
        settings = settings.model_copy(update={"allow_private_networks": allow_private_networks})
    return settings


@task(name="load-feeds", cache_policy=NO_CACHE)
def load_feed_config(feeds_file: str) -> list[FeedConfig]:
    """Parse and validate the feeds file (fails the run early on a broken file)."""
    return load_feeds(feeds_file)


@task(name="select-due-feeds", cache_policy=NO_CACHE)
def select_due_feeds(
    feeds: list[FeedConfig], db_path: str, settings: Settings, every: bool = False
) -> list[FeedJob]:
    """Register the configured feeds and return those whose next poll time has come (or,
    with `every`, all active ones)."""
    now = datetime.now(UTC)
    rows = [
        {
            "feed_id": f.feed_id,
            "name": f.name,
            "configured_url": f.url,
            "language": f.language,
            "tags": list(f.tags),
            "interval_minutes": f.interval_minutes or settings.default_interval_minutes,
        }
        for f in feeds
    ]
    by_id = {f.feed_id: f for f in feeds}
    with open_writer(db_path, lock_wait_s=settings.lock_wait_s) as conn:
        register_feeds(conn, rows, now)
        due = due_feed_ids(conn, list(by_id), now, every=every)
        states = feed_states(conn, due)
    return [FeedJob(config=by_id[fid], state=states[fid]) for fid in due]


@task(name="select-shard-feeds", cache_policy=NO_CACHE)
def select_shard_feeds(
    feed_ids: list[str], db_path: str, settings: Settings, every: bool = False
) -> list[FeedJob]:
    """The due feeds among `feed_ids`, configured from what the warehouse has registered.

    A shard of a sharded poll (flows/shard.py) gets feed ids, not the feeds file: the
    coordinator registered the feeds, and a worker on another machine needs no copy of the
    file. Due-ness is checked again here, so a shard run replayed late polls nothing early."""
    now = datetime.now(UTC)
    with open_writer(db_path, lock_wait_s=settings.lock_wait_s) as conn:
        due = due_feed_ids(conn, list(dict.fromkeys(feed_ids)), now, every=every)
        states = feed_states(conn, due)
    return [FeedJob(config=config_from_state(states[fid]), state=states[fid]) for fid in due]


def config_from_state(state: dict) -> FeedConfig:
    """A feed's configuration as registered in core.feeds."""
    return FeedConfig(
        name=state["name"],
        url=state["configured_url"],
        language=state["language"],
        tags=tuple(state["tags"] or ()),
        interval_minutes=state["interval_minutes"],
    )


@task(name="fetch-batch", retries=2, retry_delay_seconds=[5, 30], cache_policy=NO_CACHE)
def fetch_feeds_and_pages(
    jobs: list[FeedJob], db_path: str, settings: Settings, polite: PollPoliteness | None = None
) -> FetchedBatch:
    """Network stage: the feeds of this batch, then the pages of their new entries.

    `polite` is the poll's robots.txt and Crawl-delay memory, shared by its batches.
    """
    return fetch_batch(jobs, db_path, settings, polite)


@task(name="analyse-batch", cache_policy=NO_CACHE)
def analyse_batch(fetched: FetchedBatch, workers: int, pool=None) -> list:
    """CPU stage: article extraction and exercise detection for every fetched page."""
    return analyse_jobs(fetched.page_jobs, workers=workers, pool=pool)


@task(name="store-batch", cache_policy=NO_CACHE)
def store_batch(
    run_id: str,
    fetched: FetchedBatch,
    results: list,
    started_at: datetime,
    db_path: str,
    settings: Settings,
) -> BatchResult:
    """The single writer: commit articles, entries, mentions, poll log and feed state at once."""
    batch = build_poll_batch(run_id, fetched, results, started_at)
    with open_writer(db_path, lock_wait_s=settings.lock_wait_s) as conn:
        stored = write_poll_batch(conn, batch)
    added = set(stored.added_mention_keys)
    articles = {a["url_key"]: a for a in batch.articles}
    new_mentions = [
        NewMention(
            article_id=m["url_key"],
            url=articles[m["url_key"]]["url"],
            title=articles[m["url_key"]]["title"],
            name=m["name"],
            phase=m["phase"],
            countries=tuple(m["countries"]),
            host=m["host"],
        )
        for m in batch.mentions
        if m["url_key"] in added
    ]
    return stored, new_mentions


@task(name="notify", cache_policy=NO_CACHE)
def notify(mentions: list[NewMention], settings: Settings) -> None:
    """Prefect events for automations, then the optional webhook (never fails the run)."""
    emit_events(mentions)
    post_webhook(mentions, settings)


def plan_batches(jobs: list[FeedJob], settings: Settings) -> list[list[FeedJob]]:
    """Split due feeds into at most `max_batches` batches, keeping each host in one batch.

    Keeping a host's feeds together means the per-host limit of the batch's fetcher is the
    limit for the whole run, since batches run one after another.
    """
    if not jobs:
        return []
    size = max(settings.feeds_per_batch, math.ceil(len(jobs) / settings.max_batches))
    by_host: dict[str, list[FeedJob]] = {}
    for job in jobs:
        by_host.setdefault(job.url.split("/")[2].lower(), []).append(job)
    batches: list[list[FeedJob]] = [[]]
    for host_jobs in by_host.values():
        if batches[-1] and len(batches[-1]) + len(host_jobs) > size:
            batches.append([])
        batches[-1].extend(host_jobs)
    return batches


def _report(summary: PollSummary, fetched: FetchedBatch, stored: BatchResult) -> None:
    summary.articles_added += stored.articles_added
    summary.mentions_added += stored.mentions_added
    summary.duplicates_linked += stored.duplicates_linked
    summary.pages_refused_by_robots += fetched.robots_refused
    summary.new_mentions.extend(stored.added_mention_keys)
    for outcome in fetched.outcomes:
        summary.feeds.append(
            FeedReport(
                name=outcome.job.config.name,
                url=outcome.job.url,
                outcome=outcome.outcome,
                status=outcome.result.status,
                error=outcome.error,
                entries_new=len(outcome.entries),
                articles_new=stored.added_keys_by_feed.get(outcome.job.feed_id, 0),
            )
        )


def _publish_artifact(summary: PollSummary) -> None:
    rows = [
        {"metric": "feeds configured", "value": summary.feeds_configured},
        {"metric": "feeds due and polled", "value": summary.feeds_due},
        {"metric": "feeds ok (new content)", "value": summary.count("ok")},
        {
            "metric": "feeds not modified",
            "value": summary.count("not_modified") + summary.count("unchanged"),
        },
        {"metric": "feeds failed", "value": summary.count("error")},
        {"metric": "feeds gone (retired)", "value": summary.count("gone")},
        {"metric": "new articles", "value": summary.articles_added},
        {"metric": "new exercise mentions", "value": summary.mentions_added},
        {"metric": "near-duplicates linked", "value": summary.duplicates_linked},
        {"metric": "pages disallowed by robots.txt", "value": summary.pages_refused_by_robots},
    ]
    failures = [f"{f.name}: {f.error}" for f in summary.feeds if f.outcome == "error"][:20]
    create_table_artifact(
        key="poll-summary",
        table=rows,
        description="drillwatch poll summary"
        + (" — failures: " + "; ".join(failures) if failures else ""),
    )


@flow(name="poll-feeds", log_prints=False)
def poll_feeds(
    feeds_file: str = "feeds.yaml",
    db_path: str = "data/drillwatch.duckdb",
    allow_private_networks: bool | None = None,
    every_feed: bool = False,
    feed_ids: list[str] | None = None,
) -> PollSummary:
    """Poll every due feed once (every active feed with `every_feed`), store new articles and
    exercise mentions, summarise. With `feed_ids` (one shard of a sharded poll), only those
    registered feeds are considered and the feeds file is not read."""
    settings = _settings(allow_private_networks)
    logger = get_run_logger()
    run_id = str(get_run_context().flow_run.id)
    summary = PollSummary(run_id=run_id)
    ensure_writable(db_path)

    if feed_ids is not None:
        summary.feeds_configured = len(feed_ids)
        due = select_shard_feeds(feed_ids, db_path, settings, every=every_feed)
    else:
        feeds = load_feed_config(feeds_file)
        summary.feeds_configured = len(feeds)
        due = select_due_feeds(feeds, db_path, settings, every=every_feed)
    summary.feeds_due = len(due)
    workers = worker_count(settings.extraction_workers)
    pool = make_pool(workers) if workers > 1 and due else None
    new_mentions: list[NewMention] = []
    polite = PollPoliteness(settings)
    try:
        for jobs in plan_batches(due, settings):
            started_at = datetime.now(UTC)
            fetched = fetch_feeds_and_pages(jobs, db_path, settings, polite)
            results = analyse_batch(fetched, workers, pool)
            stored, mentions = store_batch(run_id, fetched, results, started_at, db_path, settings)
            _report(summary, fetched, stored)
            new_mentions.extend(mentions)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    _publish_artifact(summary)
    if new_mentions:
        notify(new_mentions, settings)
    logger.info(
        "polled %d of %d feeds: %d new articles, %d exercise mentions, %d failed",
        summary.feeds_due,
        summary.feeds_configured,
        summary.articles_added,
        summary.mentions_added,
        summary.count("error"),
    )
    return summary
