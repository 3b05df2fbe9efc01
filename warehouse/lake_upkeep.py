"""Upkeep of a lake: fewer, larger Parquet files; old snapshots expired; dead files removed.

Every poll batch commits a few rows, so a lake written by several workers gathers many tiny
Parquet files (and rows inlined in the catalog) that make every scan slower. The maintenance
flow calls this daily. Each step is one DuckLake call that commits on its own; a step that
loses a race with a writer is retried on the new snapshot, like a write.

Snapshots are what time travel reads (`AT (VERSION => n)`, `drillwatch sql --snapshot N`):
expiring those older than `keep_days` bounds the catalog and lets the files only they used
be deleted, so yesterday's numbers stay reproducible for `keep_days` days.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from warehouse.lake import ALIAS, WRITE_ATTEMPTS, backoff, in_transaction, is_conflict

_LIVE_FILES = (
    f"SELECT count(*), coalesce(sum(file_size_bytes), 0)"
    f" FROM __ducklake_metadata_{ALIAS}.ducklake_data_file WHERE end_snapshot IS NULL"
)


@dataclass(frozen=True)
class UpkeepResult:
    files_before: int
    files_after: int
    bytes_after: int
    snapshots_expired: int
    files_deleted: int
    snapshot: int


def _call(conn: duckdb.DuckDBPyConnection, sql: str) -> list[tuple]:
    for attempt in range(1, WRITE_ATTEMPTS + 1):
        try:
            return conn.execute(sql).fetchall()
        except duckdb.Error as exc:
            if attempt == WRITE_ATTEMPTS or not is_conflict(exc):
                raise
            backoff(attempt)
    return []  # pragma: no cover


def live_files(conn: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    """(Parquet files, bytes) the current snapshot reads."""
    count, size = conn.execute(_LIVE_FILES).fetchone()
    return int(count), int(size)


def upkeep(conn: duckdb.DuckDBPyConnection, keep_days: int = 7) -> UpkeepResult:
    """Flush inlined rows, merge small files, expire old snapshots, delete unused files."""
    if keep_days < 0:
        raise ValueError("keep_days must be >= 0")
    before, _ = live_files(conn)
    _call(conn, f"CALL ducklake_flush_inlined_data('{ALIAS}')")
    _call(conn, f"CALL ducklake_merge_adjacent_files('{ALIAS}')")
    expired = _call(
        conn,
        f"CALL ducklake_expire_snapshots('{ALIAS}',"
        f" older_than => now() - INTERVAL {int(keep_days)} DAY)",
    )
    deleted = _call(conn, f"CALL ducklake_cleanup_old_files('{ALIAS}', cleanup_all => true)")
    # Files a killed writer left behind (written, never committed), after a day's grace so a
    # commit in flight is never touched.
    deleted += _call(
        conn,
        f"CALL ducklake_delete_orphaned_files('{ALIAS}', older_than => now() - INTERVAL 1 DAY)",
    )
    after, size = live_files(conn)
    snapshot = conn.execute(f"SELECT id FROM ducklake_current_snapshot('{ALIAS}')").fetchone()
    return UpkeepResult(before, after, size, len(expired), len(deleted), int(snapshot[0]))


# Filled by the migrations themselves on both kinds: never copied.
_REFERENCE = {"country_regions", "area_names", "write_token"}


def import_file(conn: duckdb.DuckDBPyConnection, source: str) -> dict[str, int]:
    """Copy every core table of a warehouse file into this (empty, migrated) lake, at once.

    One transaction: a reader of the lake sees nothing or everything. Columns are matched by
    name, and the reference tables the migrations fill are skipped. A lake that already holds
    feeds or articles is refused, so an import never mixes two histories."""
    held = conn.execute(
        "SELECT (SELECT count(*) FROM core.feeds) + (SELECT count(*) FROM core.articles)"
    ).fetchone()[0]
    if held:
        raise ValueError("the lake already holds feeds or articles; import into a new lake")
    quoted = "'" + str(source).replace("'", "''") + "'"
    conn.execute(f"ATTACH {quoted} AS import_source (READ_ONLY)")
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT table_name FROM duckdb_tables() WHERE database_name = 'import_source'"
                " AND schema_name = 'core' ORDER BY table_name"
            ).fetchall()
            if r[0] not in _REFERENCE
        ]

        def body(conn: duckdb.DuckDBPyConnection) -> dict[str, int]:
            copied = {}
            for name in names:
                conn.execute(
                    f"INSERT INTO core.{name} BY NAME SELECT * FROM import_source.core.{name}"
                )
                copied[name] = conn.execute(
                    f"SELECT count(*) FROM import_source.core.{name}"
                ).fetchone()[0]
            return copied

        return in_transaction(conn, body, lake=True)
    finally:
        conn.execute("DETACH import_source")
