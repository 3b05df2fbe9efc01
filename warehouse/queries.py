"""Reads the flows need: which feeds are due, which entries are already stored.

Each function takes an open connection and returns plain Python values, so the caller decides
how long the file stays open (briefly: see warehouse.db).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import duckdb
import pyarrow as pa

FEED_STATE_COLUMNS = (
    "feed_id",
    "name",
    "configured_url",
    "url",
    "language",
    "tags",
    "interval_minutes",
    "active",
    "retired_reason",
    "etag",
    "last_modified",
    "body_hash",
    "last_status",
    "last_outcome",
    "last_error",
    "last_polled_at",
    "last_success_at",
    "next_poll_at",
    "failure_score",
    "consecutive_failures",
)


def feed_states(conn: duckdb.DuckDBPyConnection, feed_ids: list[str]) -> dict[str, dict]:
    """Current state of the given feeds, keyed by feed_id."""
    if not feed_ids:
        return {}
    conn.register("wanted_feeds", pa.table({"feed_id": pa.array(feed_ids, pa.string())}))
    try:
        rows = conn.execute(
            f"SELECT {', '.join('f.' + c for c in FEED_STATE_COLUMNS)} FROM core.feeds f"
            " JOIN wanted_feeds w USING (feed_id)"
        ).fetchall()
    finally:
        conn.unregister("wanted_feeds")
    return {row[0]: dict(zip(FEED_STATE_COLUMNS, row, strict=True)) for row in rows}


def due_feed_ids(
    conn: duckdb.DuckDBPyConnection, feed_ids: list[str], now: datetime, every: bool = False
) -> list[str]:
    """Active feeds among `feed_ids` whose next poll time has come (all active ones with
    `every`: a user retrying after an outage backed every feed off), oldest poll first."""
    if not feed_ids:
        return []
    conn.register("wanted_feeds", pa.table({"feed_id": pa.array(feed_ids, pa.string())}))
    try:
        rows = conn.execute(
            """
            SELECT f.feed_id FROM core.feeds f JOIN wanted_feeds w USING (feed_id)
            WHERE f.active AND ($every OR f.next_poll_at IS NULL OR f.next_poll_at <= $now)
            ORDER BY f.last_polled_at NULLS FIRST, f.feed_id
            """,
            {"now": now, "every": every},
        ).fetchall()
    finally:
        conn.unregister("wanted_feeds")
    return [r[0] for r in rows]


def known_entries(conn: duckdb.DuckDBPyConnection, feed_id: str, entry_keys: list[str]) -> set[str]:
    """Entry keys of this feed already stored (a feed re-sending an entry it sent before)."""
    if not entry_keys:
        return set()
    conn.register("probe_keys", pa.table({"entry_key": pa.array(entry_keys, pa.string())}))
    try:
        return {
            r[0]
            for r in conn.execute(
                "SELECT e.entry_key FROM core.feed_entries e JOIN probe_keys p"
                " USING (entry_key) WHERE e.feed_id = ?",
                [feed_id],
            ).fetchall()
        }
    finally:
        conn.unregister("probe_keys")


@dataclass(frozen=True)
class StoredPage:
    """A link whose page is stored already: the article's key and the feeds that list it."""

    url_key: str
    feed_ids: frozenset[str]


def stored_pages(conn: duckdb.DuckDBPyConnection, links: list[str]) -> dict[str, StoredPage]:
    """The links (cleaned) among `links` whose page is stored already, from any feed.

    A link is stored when it is an article's key, or the link of a stored feed entry: the
    article may be keyed by the page's canonical URL or its redirect target, which differ from
    the link a feed gives. Both are needed to fetch a page once, whichever feed lists it.
    """
    if not links:
        return {}
    conn.register("probe_links", pa.table({"link": pa.array(sorted(set(links)), pa.string())}))
    try:
        keyed = conn.execute(
            "SELECT a.url_key FROM core.articles a JOIN probe_links p ON a.url_key = p.link"
        ).fetchall()
        listed = conn.execute(
            "SELECT e.link, min(e.url_key), list(DISTINCT e.feed_id) FROM core.feed_entries e"
            " JOIN probe_links p ON e.link = p.link GROUP BY e.link"
        ).fetchall()
    finally:
        conn.unregister("probe_links")
    found = {link: StoredPage(url_key, frozenset(feeds)) for link, url_key, feeds in listed}
    for (url_key,) in keyed:
        feeds = found[url_key].feed_ids if url_key in found else frozenset()
        found[url_key] = StoredPage(url_key, feeds)  # the article keyed by the link itself
    return found
