"""The daily maintenance flow: rebuild the exercises and, optionally, snapshot the warehouse.
On a lake it also compacts the Parquet files and expires old snapshots (warehouse/lake_upkeep).

Why a flow: resolution also runs on demand (`drillwatch trends`, `drillwatch resolve`), but a
scheduled run keeps the exercise views fresh for analysts who only query them, and the Parquet
snapshot gives other tools a copy that never holds the warehouse lock. Each task opens the file
only briefly: resolution reads and swaps in two short windows, the snapshot in one read window.
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

from prefect import flow, task  # noqa: E402
from prefect.artifacts import create_markdown_artifact  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402

from flows.settings import get_settings  # noqa: E402

SNAPSHOT_FORMAT = "%Y%m%dT%H%M%SZ"


@task(name="resolve-exercises", cache_policy=NO_CACHE)
def resolve_task(db_path: str, force: bool = False) -> dict:
    from warehouse.resolve import resolve_warehouse

    result = resolve_warehouse(db_path, force=force, lock_wait_s=get_settings().lock_wait_s)
    return {
        "mentions": result.mentions,
        "exercises": result.exercises,
        "elapsed_ms": result.elapsed_ms,
        "skipped": result.skipped,
    }


def prune_snapshots(snapshot_dir: Path, keep: int) -> list[Path]:
    """Remove all but the `keep` newest snapshots (only directories this flow wrote)."""
    from flows.cli_trends import MANIFEST

    ours = []
    for child in snapshot_dir.iterdir():
        try:
            datetime.strptime(child.name, SNAPSHOT_FORMAT)
        except ValueError:
            continue
        if child.is_dir() and (child / MANIFEST).exists():
            ours.append(child)
    removed = sorted(ours, key=lambda p: p.name, reverse=True)[max(keep, 1) :]
    for path in removed:
        shutil.rmtree(path, ignore_errors=True)
    return removed


@task(name="lake-upkeep", cache_policy=NO_CACHE)
def lake_upkeep_task(db_path: str, keep_days: int) -> dict:
    """Compact small files, expire snapshots older than `keep_days`, delete unused files."""
    from warehouse import open_writer
    from warehouse.lake_upkeep import upkeep

    with open_writer(db_path, lock_wait_s=get_settings().lock_wait_s) as conn:
        result = upkeep(conn, keep_days)
    return {
        "files_before": result.files_before,
        "files_after": result.files_after,
        "snapshots_expired": result.snapshots_expired,
        "files_deleted": result.files_deleted,
        "snapshot": result.snapshot,
    }


@task(name="snapshot-parquet", cache_policy=NO_CACHE)
def snapshot_task(db_path: str, snapshot_dir: str, keep: int) -> dict:
    from flows.cli_trends import export_warehouse

    root = Path(snapshot_dir)
    root.mkdir(parents=True, exist_ok=True)
    target = root / datetime.now(UTC).strftime(SNAPSHOT_FORMAT)
    manifest = export_warehouse(db_path, target, get_settings().lock_wait_s)
    removed = prune_snapshots(root, keep)
    return {
        "path": str(target),
        "tables": len(manifest["tables"]),
        "rows": sum(t["rows"] for t in manifest["tables"]),
        "pruned": len(removed),
    }


@flow(name="warehouse-maintenance")
def maintenance(
    db_path: str = "data/drillwatch.duckdb",
    snapshot_dir: str | None = None,
    keep: int = 7,
    force: bool = False,
    keep_snapshot_days: int = 7,
) -> dict:
    """Resolve mentions into exercises; on a lake, compact files and expire snapshots older
    than `keep_snapshot_days`; then, with snapshot_dir, write a Parquet snapshot."""
    from warehouse import is_lake

    resolved = resolve_task(db_path, force)
    summary: dict = {"resolution": resolved, "snapshot": None, "lake": None}
    lines = [
        f"Exercises: **{resolved['exercises']}** from **{resolved['mentions']}** mentions "
        + (
            "(already up to date)."
            if resolved["skipped"]
            else f"(resolved in {resolved['elapsed_ms']} ms)."
        )
    ]
    if is_lake(db_path):
        kept = lake_upkeep_task(db_path, keep_snapshot_days)
        summary["lake"] = kept
        lines.append(
            f"Lake: {kept['files_before']} -> {kept['files_after']} Parquet files,"
            f" {kept['snapshots_expired']} snapshots expired, {kept['files_deleted']} files"
            f" deleted; now at snapshot {kept['snapshot']}."
        )
    if snapshot_dir:
        snap = snapshot_task(db_path, snapshot_dir, keep)
        summary["snapshot"] = snap
        lines.append(
            f"Snapshot: `{snap['path']}` ({snap['tables']} tables and views, "
            f"{snap['rows']} rows; {snap['pruned']} old snapshots removed)."
        )
    create_markdown_artifact(key="warehouse-maintenance", markdown="\n\n".join(lines))
    return summary
