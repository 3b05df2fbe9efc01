"""Every write to the warehouse, each one a single transaction over Arrow batches.

A poll batch (articles, feed entries, mention rows, poll log and feed state) commits together:
if the process dies before the commit, the feed's validators are not advanced either, so the
next run fetches the same entries again and nothing seen is lost. Inserts are `OR IGNORE` on
natural keys, which makes re-runs and overlapping runs add nothing twice.

On a DuckLake (no primary keys) the same natural keys hold through anti-joins inside the
transaction, and warehouse.lake.in_transaction retries the whole batch when another writer
committed first (see warehouse/lake.py for why that makes the anti-joins exact).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import duckdb
import pyarrow as pa

from warehouse import tables
from warehouse.lake import in_transaction, is_lake

# Near-duplicate search: Simhash distance <= MAX_DISTANCE bits (3 of 64, the classic choice
# for 64-bit Simhash), found through MAX_DISTANCE + 1
# bands (pigeonhole: two hashes that close agree exactly on at least one band).
MAX_DISTANCE = 3
_BANDS = MAX_DISTANCE + 1
_BAND_BITS = 64 // _BANDS


@dataclass
class PollBatch:
    """Everything one batch of feeds produced, ready to commit as one unit."""

    run_id: str
    articles: list[dict] = field(default_factory=list)
    feed_entries: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)
    checks: list[dict] = field(default_factory=list)
    poll_log: list[dict] = field(default_factory=list)
    feed_states: list[dict] = field(default_factory=list)


@dataclass(frozen=True)
class BatchResult:
    """What the commit actually added (after de-duplication against the warehouse)."""

    articles_added: int
    entries_added: int
    mentions_added: int
    duplicates_linked: int
    added_keys_by_feed: dict[str, int]
    added_mention_keys: tuple[str, ...] = ()


def register_feeds(conn: duckdb.DuckDBPyConnection, feeds: list[dict], now: datetime) -> int:
    """Insert new feeds and refresh the configuration of known ones, never touching their state."""
    if not feeds:
        return 0
    batch = tables.to_table(feeds, tables.FEED_CONFIG)
    lake = is_lake(conn)
    conn.register("batch_feed_config", batch)
    try:
        if lake:
            in_transaction(conn, lambda c: c.execute(_MERGE_FEEDS, {"now": now}), lake=True)
            return len(feeds)
        conn.execute(
            """
            INSERT INTO core.feeds (feed_id, name, configured_url, url, language, tags,
                                    interval_minutes, created_at, updated_at)
            SELECT feed_id, name, configured_url, configured_url, language, tags,
                   interval_minutes, $now, $now
            FROM batch_feed_config
            ON CONFLICT (feed_id) DO UPDATE SET
                name = excluded.name,
                language = excluded.language,
                tags = excluded.tags,
                interval_minutes = excluded.interval_minutes,
                updated_at = excluded.updated_at
            """,
            {"now": now},
        )
    finally:
        conn.unregister("batch_feed_config")
    return len(feeds)


_MERGE_FEEDS = """
MERGE INTO core.feeds AS f
USING (SELECT * FROM batch_feed_config QUALIFY row_number() OVER (PARTITION BY feed_id) = 1) AS b
ON f.feed_id = b.feed_id
WHEN MATCHED THEN UPDATE SET name = b.name, language = b.language, tags = b.tags,
    interval_minutes = b.interval_minutes, updated_at = $now
WHEN NOT MATCHED THEN INSERT (feed_id, name, configured_url, url, language, tags,
    interval_minutes, created_at, updated_at)
    VALUES (b.feed_id, b.name, b.configured_url, b.configured_url, b.language, b.tags,
            b.interval_minutes, $now, $now)
"""

# Natural key of each table that gets "one row per key" (the file's primary keys).
KEYS = {
    "articles": ("url_key",),
    "feed_entries": ("feed_id", "entry_key"),
    "exercise_mentions": ("url_key",),
    "article_checks": ("url_key",),
    "poll_log": ("run_id", "feed_id"),
}


def _insert_ignore(conn: duckdb.DuckDBPyConnection, table: str, view: str, key: str) -> list[str]:
    rows = conn.execute(
        f"INSERT OR IGNORE INTO core.{table} SELECT * FROM {view} RETURNING {key}"
    ).fetchall()
    return [r[0] for r in rows]


def _insert_new(
    conn: duckdb.DuckDBPyConnection, table: str, view: str, key: str, lake: bool
) -> list[str]:
    """Insert the rows whose natural key is not stored yet; return `key` of those inserted.

    The file does it with INSERT OR IGNORE on the primary key. A lake has neither keys nor
    RETURNING: the new keys are read with the same anti-join, in the same transaction (so the
    same snapshot), right before the insert."""
    if not lake:
        return _insert_ignore(conn, table, view, key)
    on = " AND ".join(f"t.{k} = b.{k}" for k in KEYS[table])
    anti = f"FROM {view} b WHERE NOT EXISTS (SELECT 1 FROM core.{table} t WHERE {on})"
    new = [r[0] for r in conn.execute(f"SELECT b.{key} {anti}").fetchall()]
    if new:
        conn.execute(f"INSERT INTO core.{table} SELECT b.* {anti}")
    return new


def _replace(conn: duckdb.DuckDBPyConnection, table: str, view: str, lake: bool) -> None:
    """INSERT OR REPLACE on the natural key (a delete and an insert on a lake)."""
    if not lake:
        conn.execute(f"INSERT OR REPLACE INTO core.{table} SELECT * FROM {view}")
        return
    keys = ", ".join(KEYS[table])
    conn.execute(f"DELETE FROM core.{table} WHERE ({keys}) IN (SELECT ({keys}) FROM {view})")
    conn.execute(f"INSERT INTO core.{table} SELECT * FROM {view}")


def _first_per_key(rows: list[dict], keys: tuple[str, ...]) -> list[dict]:
    """Keep the first record of each key, as INSERT OR IGNORE does within one statement."""
    seen: set[tuple] = set()
    kept = []
    for row in rows:
        key = tuple(row[k] for k in keys)
        if key not in seen:
            seen.add(key)
            kept.append(row)
    return kept


def _band(value: int, index: int) -> int:
    return (value >> (index * _BAND_BITS)) & ((1 << _BAND_BITS) - 1)


def _link_near_duplicates(conn: duckdb.DuckDBPyConnection, added: list[dict]) -> int:
    """Point each new article at the earliest stored article whose body Simhash is close.

    Candidates come from one equi-join per band (a hash join each, so the cost grows with the
    table linearly, not with new rows times stored rows), then the exact Hamming distance
    decides. Only originals are candidates, so a chain of syndicated copies all point at the
    first one seen.
    """
    probes = [r for r in added if r.get("fingerprint") is not None]
    if not probes:
        return 0
    columns: dict[str, list] = {
        "url_key": [r["url_key"] for r in probes],
        "fingerprint": [r["fingerprint"] for r in probes],
        "first_seen_at": [r["first_seen_at"] for r in probes],
        "published_at": [r["published_at"] for r in probes],
    }
    for i in range(_BANDS):
        columns[f"b{i}"] = [_band(r["fingerprint"], i) for r in probes]
    schema = pa.schema(
        [
            ("url_key", pa.string()),
            ("fingerprint", pa.uint64()),
            ("first_seen_at", tables.TS),
            ("published_at", tables.TS),
        ]
        + [(f"b{i}", pa.uint64()) for i in range(_BANDS)]
    )
    conn.register("new_bands", pa.Table.from_pydict(columns, schema=schema))
    candidates = " UNION ALL ".join(
        f"SELECT nb.url_key AS new_key, o.url_key AS old_key, o.first_seen_at, o.published_at "
        f"FROM new_bands nb JOIN core.articles o ON nb.b{i} = "
        f"((o.fingerprint >> {i * _BAND_BITS}) & {(1 << _BAND_BITS) - 1}) "
        f"WHERE o.duplicate_of IS NULL AND o.url_key <> nb.url_key "
        f"AND bit_count(xor(nb.fingerprint, o.fingerprint)) <= {MAX_DISTANCE} "
        f"AND (o.first_seen_at, coalesce(o.published_at, 'infinity'::TIMESTAMPTZ), o.url_key)"
        f" < (nb.first_seen_at, coalesce(nb.published_at, 'infinity'::TIMESTAMPTZ), nb.url_key)"
        for i in range(_BANDS)
    )
    try:
        links = conn.execute(
            f"SELECT new_key, arg_min(old_key, (first_seen_at, published_at, old_key))"
            f" FROM ({candidates}) GROUP BY new_key"
        ).fetchall()
    finally:
        conn.unregister("new_bands")
    if not links:
        return 0
    conn.register(
        "dup_links", pa.table({"url_key": [k for k, _ in links], "original": [o for _, o in links]})
    )
    try:
        conn.execute(
            "UPDATE core.articles AS a SET duplicate_of = d.original"
            " FROM dup_links d WHERE a.url_key = d.url_key"
        )
    finally:
        conn.unregister("dup_links")
    return len(links)


def _apply_feed_states(conn: duckdb.DuckDBPyConnection, states: list[dict]) -> None:
    conn.register("batch_feed_state", tables.to_table(states, tables.FEED_STATE))
    try:
        conn.execute(
            """
            UPDATE core.feeds AS f SET
                url = s.url,
                active = s.active,
                retired_at = CASE WHEN s.active THEN NULL
                                  ELSE coalesce(f.retired_at, s.last_polled_at) END,
                retired_reason = s.retired_reason,
                etag = s.etag,
                last_modified = s.last_modified,
                body_hash = s.body_hash,
                last_status = s.last_status,
                last_outcome = s.last_outcome,
                last_error = s.last_error,
                last_polled_at = s.last_polled_at,
                last_success_at = coalesce(s.last_success_at, f.last_success_at),
                next_poll_at = s.next_poll_at,
                failure_score = s.failure_score,
                consecutive_failures = s.consecutive_failures,
                polls_total = f.polls_total + 1,
                entries_total = (SELECT count(*) FROM core.feed_entries e
                                 WHERE e.feed_id = f.feed_id),
                articles_total = (SELECT count(*) FROM core.articles a
                                  WHERE a.feed_id = f.feed_id),
                updated_at = s.last_polled_at
            FROM batch_feed_state s
            WHERE f.feed_id = s.feed_id
            """
        )
    finally:
        conn.unregister("batch_feed_state")


def write_poll_batch(conn: duckdb.DuckDBPyConnection, batch: PollBatch) -> BatchResult:
    """Commit one batch atomically and report what was new."""
    lake = is_lake(conn)
    records = {
        "articles": batch.articles,
        "feed_entries": batch.feed_entries,
        "exercise_mentions": batch.mentions,
        "article_checks": batch.checks,
        "poll_log": batch.poll_log,
    }
    if lake:
        records = {name: _first_per_key(rows, KEYS[name]) for name, rows in records.items()}
    views = {
        "batch_articles": tables.to_table(records["articles"], tables.ARTICLES),
        "batch_entries": tables.to_table(records["feed_entries"], tables.FEED_ENTRIES),
        "batch_mentions": tables.to_table(records["exercise_mentions"], tables.MENTIONS),
        "batch_checks": tables.to_table(records["article_checks"], tables.ARTICLE_CHECKS),
        "batch_poll_log": tables.to_table(records["poll_log"], tables.POLL_LOG),
    }
    for name, table in views.items():
        conn.register(name, table)

    def body(conn: duckdb.DuckDBPyConnection) -> tuple[list, list, list, int]:
        added = _insert_new(conn, "articles", "batch_articles", "url_key", lake)
        entries = _insert_new(conn, "feed_entries", "batch_entries", "entry_key", lake)
        mentions = _insert_new(conn, "exercise_mentions", "batch_mentions", "url_key", lake)
        _insert_new(conn, "article_checks", "batch_checks", "url_key", lake)
        _replace(conn, "poll_log", "batch_poll_log", lake)
        conn.execute(
            """
            UPDATE core.poll_log AS p SET articles_new = (
                SELECT count(*) FROM core.articles a
                WHERE a.run_id = p.run_id AND a.feed_id = p.feed_id)
            WHERE p.run_id = ? AND p.feed_id IN (SELECT feed_id FROM batch_poll_log)
            """,
            [batch.run_id],
        )
        added_set = set(added)
        linked = _link_near_duplicates(
            conn, [r for r in batch.articles if r["url_key"] in added_set]
        )
        if batch.feed_states:
            _apply_feed_states(conn, batch.feed_states)
        return added, entries, mentions, linked

    try:
        added, entries, mentions, linked = in_transaction(conn, body, lake=lake)
    finally:
        for name in views:
            conn.unregister(name)
    added_set = set(added)
    by_feed: dict[str, int] = {}
    for row in records["articles"]:
        if row["url_key"] in added_set:
            by_feed[row["feed_id"]] = by_feed.get(row["feed_id"], 0) + 1
    return BatchResult(
        articles_added=len(added),
        entries_added=len(entries),
        mentions_added=len(mentions),
        duplicates_linked=linked,
        added_keys_by_feed=by_feed,
        added_mention_keys=tuple(mentions),
    )


def replace_mentions(
    conn: duckdb.DuckDBPyConnection, mentions: list[dict], checks: list[dict]
) -> int:
    """Swap in a new detector's view of already-stored articles (reprocess), atomically."""
    lake = is_lake(conn)
    conn.register("batch_mentions", tables.to_table(mentions, tables.MENTIONS))
    conn.register("batch_checks", tables.to_table(checks, tables.ARTICLE_CHECKS))

    def body(conn: duckdb.DuckDBPyConnection) -> None:
        conn.execute(
            "DELETE FROM core.exercise_mentions WHERE url_key IN (SELECT url_key FROM batch_checks)"
        )
        conn.execute("INSERT INTO core.exercise_mentions SELECT * FROM batch_mentions")
        _replace(conn, "article_checks", "batch_checks", lake)

    try:
        in_transaction(conn, body, lake=lake)
    finally:
        conn.unregister("batch_mentions")
        conn.unregister("batch_checks")
    return len(mentions)


def relink_entries(
    conn: duckdb.DuckDBPyConnection, clean: Callable[[str], str | None], rules_version: int
) -> int | None:
    """Bring stored entry links up to the current URL-cleaning rules, once per rules version.

    Feed entries store the cleaned link they were listed under, and the fetch stage looks pages
    up by it. When the rules learn a new tracking parameter, a link stored as
    `/story?wt_mc=rss` must be found as `/story`, or the next poll would fetch the page again and
    store a second article. Only `link` changes: article keys stay as they are (mentions,
    checks and exercises refer to them), and the page is found through the entry. Returns the
    number of rows changed, or None when the warehouse is already at `rules_version`.
    """
    lake = is_lake(conn)
    current = conn.execute("SELECT max(version) FROM core.url_rules").fetchone()[0]
    if current is not None and current >= rules_version:
        return None
    stored = conn.execute(
        "SELECT DISTINCT link FROM core.feed_entries WHERE contains(link, '?')"
    ).fetchall()
    changes = [(old, new) for (old,) in stored if (new := clean(old)) and new != old]
    conn.register(
        "relinks",
        pa.table(
            {"old": [o for o, _ in changes], "new": [n for _, n in changes]},
            schema=pa.schema([("old", pa.string()), ("new", pa.string())]),
        ),
    )

    def body(conn: duckdb.DuckDBPyConnection) -> int:
        # Another worker of a lake may have got here first: then there is nothing to do.
        done = conn.execute(
            "SELECT count(*) FROM core.url_rules WHERE version >= ?", [rules_version]
        ).fetchone()[0]
        if done:
            return 0
        changed = conn.execute(
            "UPDATE core.feed_entries AS e SET link = r.new FROM relinks r WHERE e.link = r.old"
        ).fetchone()[0]
        conn.execute("INSERT INTO core.url_rules VALUES (?, now(), ?)", [rules_version, changed])
        return changed

    try:
        return in_transaction(conn, body, lake=lake)
    finally:
        conn.unregister("relinks")
