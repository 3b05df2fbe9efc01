"""The reprocess flow: re-run the current detector over stored articles, refetching nothing.

Runs when the detector changes (its version differs from the one recorded per article in
core.article_checks). Each chunk's mention rows are replaced in one transaction, so a reader
never sees an article with two mentions or none half-way through.
"""

from __future__ import annotations

import math
import os
from datetime import UTC, datetime

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

from prefect import flow, task  # noqa: E402
from prefect.artifacts import create_markdown_artifact  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402

from flows.rows import check_row, mention_row  # noqa: E402
from flows.settings import get_settings  # noqa: E402
from warehouse import open_writer  # noqa: E402
from warehouse.reprocess import articles_for_detection, stale_article_keys  # noqa: E402
from warehouse.writes import replace_mentions  # noqa: E402

MAX_CHUNKS = 40
MIN_CHUNK = 2000


def detect_rows(rows: list[tuple]) -> tuple[list[dict], list[dict]]:
    """Detector records for (url_key, title, text, published_at, language) rows."""
    from extractors.exercise import detect

    now = datetime.now(UTC)
    mentions, checks = [], []
    for url_key, title, text, published_at, language in rows:
        record = detect(
            title or "", text or "", published_at.date() if published_at else None, language
        ).to_record()
        checks.append(check_row(url_key, record, now))
        if record.get("is_exercise"):
            mentions.append(mention_row(url_key, record, now))
    return mentions, checks


@task(name="select-stale-articles", cache_policy=NO_CACHE)
def select_stale(db_path: str, detector_version: str, everything: bool) -> list[str]:
    with open_writer(db_path, lock_wait_s=get_settings().lock_wait_s) as conn:
        return stale_article_keys(conn, detector_version, everything)


@task(name="reprocess-chunk", cache_policy=NO_CACHE)
def reprocess_chunk(db_path: str, keys: list[str]) -> int:
    lock_wait = get_settings().lock_wait_s
    with open_writer(db_path, lock_wait_s=lock_wait) as conn:
        rows = articles_for_detection(conn, keys)
    mentions, checks = detect_rows(rows)
    with open_writer(db_path, lock_wait_s=lock_wait) as conn:
        return replace_mentions(conn, mentions, checks)


@flow(name="reprocess-mentions")
def reprocess(db_path: str = "data/drillwatch.duckdb", everything: bool = False) -> dict:
    """Bring every stored article's exercise mention up to the current detector version."""
    from extractors.exercise import DETECTOR_VERSION

    keys = select_stale(db_path, DETECTOR_VERSION, everything)
    size = max(MIN_CHUNK, math.ceil(len(keys) / MAX_CHUNKS)) if keys else MIN_CHUNK
    mentions = 0
    for start in range(0, len(keys), size):
        mentions += reprocess_chunk(db_path, keys[start : start + size])
    create_markdown_artifact(
        key="reprocess-summary",
        markdown=f"Re-checked **{len(keys)}** articles with detector `{DETECTOR_VERSION}`: "
        f"**{mentions}** exercise mentions.",
    )
    return {"checked": len(keys), "mentions": mentions, "detector_version": DETECTOR_VERSION}
