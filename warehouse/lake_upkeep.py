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

from warehouse.lake import ALIAS, WRITE_ATTEMPTS, backoff, is_conflict

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
