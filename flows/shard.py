"""The sharded poll: one coordinator splits the due feeds by host, a work pool polls the shards.

    register feeds, pick the due ones (one short write) -> split by host into N shards ->
    one run of the `poll-shard` deployment per shard, picked up by N Prefect workers, each
    polling and storing its shard into the same lake -> wait for all -> summarise from the lake.

A host's feeds always land in the same shard, so the per-host limit of that shard's fetcher
(DRILLWATCH_PER_HOST_CONCURRENCY) is the limit across all workers: two workers never hit one
feed host at once. Article pages that live on another host than their feed are the exception:
each shard paces them on its own. The shard runs are ordinary runs of the poll flow with
`feed_ids`, so everything a poll guarantees (exactly one row per article, crash safety) holds
per shard, and the lake's writes keep it across shards (see warehouse/lake.py).
"""

from __future__ import annotations

import os
import time
from urllib.parse import urlsplit

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

from prefect import flow, get_run_logger  # noqa: E402
from prefect.artifacts import create_table_artifact  # noqa: E402

from flows.feedpoll import FeedJob  # noqa: E402
from flows.poll import _settings, load_feed_config, select_due_feeds  # noqa: E402

SHARD_DEPLOYMENT = "poll-feeds/poll-shard"
FINAL = {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or url).lower()


def shard_by_host(jobs: list[FeedJob], shards: int) -> list[list[str]]:
    """Feed ids in at most `shards` groups; a host never spans two groups.

    Largest host first onto the least loaded shard (longest-processing-time rule), so one host
    with many feeds does not leave the other workers idle behind it."""
    by_host: dict[str, list[str]] = {}
    for job in jobs:
        by_host.setdefault(host_of(job.url), []).append(job.feed_id)
    groups: list[list[str]] = [[] for _ in range(max(1, min(shards, len(by_host))))]
    for _host, ids in sorted(by_host.items(), key=lambda item: (-len(item[1]), item[0])):
        min(groups, key=len).extend(ids)
    return [g for g in groups if g]


def _wait(run_ids: list, timeout_s: float) -> dict[str, str]:
    """Final state name of each flow run (polling the API), or the last seen on timeout."""
    from prefect import get_client

    states: dict[str, str] = {}
    deadline = time.monotonic() + timeout_s
    with get_client(sync_client=True) as client:
        while True:
            for run_id in run_ids:
                if states.get(str(run_id)) in FINAL:
                    continue
                run = client.read_flow_run(run_id)
                states[str(run_id)] = run.state.type.value if run.state else "PENDING"
            if all(s in FINAL for s in states.values()) or time.monotonic() > deadline:
                return states
            time.sleep(1.0)


def _totals(db_path: str, run_ids: list[str]) -> list[dict]:
    """Per shard run: feeds polled, failed, new articles (read back from the lake's poll log)."""
    from warehouse import open_reader

    if not run_ids:
        return []
    quoted = ", ".join("'" + r.replace("'", "''") + "'" for r in run_ids)
    with open_reader(db_path) as conn:
        rows = conn.execute(
            "SELECT run_id, count(*), count(*) FILTER (WHERE outcome = 'error'),"
            f" coalesce(sum(articles_new), 0) FROM core.poll_log WHERE run_id IN ({quoted})"
            " GROUP BY run_id"
        ).fetchall()
    found = {r[0]: r for r in rows}
    return [
        {
            "run_id": r,
            "feeds": found.get(r, (r, 0, 0, 0))[1],
            "failed": found.get(r, (r, 0, 0, 0))[2],
            "articles_new": int(found.get(r, (r, 0, 0, 0))[3]),
        }
        for r in run_ids
    ]


@flow(name="poll-sharded", log_prints=False)
def poll_sharded(
    feeds_file: str = "feeds.yaml",
    db_path: str = "data/drillwatch.duckdb",
    shards: int = 4,
    deployment: str = SHARD_DEPLOYMENT,
    allow_private_networks: bool | None = None,
    every_feed: bool = False,
    timeout_s: float = 3600.0,
) -> dict:
    """Register the feeds, split the due ones by host, run one shard per worker, summarise."""
    from prefect.deployments import run_deployment

    settings = _settings(allow_private_networks)
    logger = get_run_logger()
    feeds = load_feed_config(feeds_file)
    due = select_due_feeds(feeds, db_path, settings, every=every_feed)
    groups = shard_by_host(due, shards)
    runs = [
        run_deployment(
            name=deployment,
            parameters={
                "feeds_file": "",
                "db_path": db_path,
                "feed_ids": ids,
                "allow_private_networks": allow_private_networks,
                "every_feed": every_feed,
            },
            timeout=0,
            as_subflow=True,
        )
        for ids in groups
    ]
    states = _wait([r.id for r in runs], timeout_s)
    shard_rows = _totals(db_path, [str(r.id) for r in runs])
    for row, ids in zip(shard_rows, groups, strict=True):
        row["state"] = states.get(row["run_id"], "UNKNOWN")
        row["feeds_assigned"] = len(ids)
    summary = {
        "feeds_configured": len(feeds),
        "feeds_due": len(due),
        "shards": shard_rows,
        "articles_added": sum(r["articles_new"] for r in shard_rows),
        "failed_shards": sum(r["state"] != "COMPLETED" for r in shard_rows),
    }
    create_table_artifact(key="poll-sharded", table=shard_rows, description="shards of one poll")
    logger.info(
        "%d due of %d feeds in %d shards: %d new articles, %d shard runs not completed",
        len(due),
        len(feeds),
        len(groups),
        summary["articles_added"],
        summary["failed_shards"],
    )
    return summary
