"""`drillwatch trends`, `drillwatch export` and `drillwatch resolve`.

`trends` first brings the exercises up to date (resolution is cheap and skipped when the
mentions have not changed), then reads through a short read-only window and renders from plain
rows, so the warehouse is never held while charts are drawn. `export` writes Parquet for other
tools into a temporary directory and renames it into place, so a reader never sees half an
export.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

from rich.console import Console
from rich.table import Table

from flows.settings import get_settings

MANIFEST = "manifest.json"
# Public tables/views written one Parquet file per month (hive layout export_month=YYYY-MM).
MONTHLY = {
    "articles": "coalesce(published_at, first_seen_at)",
    "exercise_mentions": "coalesce(published_at, first_seen_at)",
    "exercise_members": "reported_at",
    "exercises": "coalesce(start_date, first_reported)",
    "exercises_by_month": "month",
    "exercises_by_area": "month",
}


def _db_arg(parser: argparse.ArgumentParser) -> None:
    settings = get_settings()
    parser.add_argument(
        "--db",
        default=str(settings.db),
        help="warehouse file or ducklake: address; default: %(default)s (env DRILLWATCH_DB)",
    )
    parser.add_argument(
        "--lock-wait",
        type=float,
        default=settings.lock_wait_s,
        help="seconds to keep retrying while a writer holds the file",
    )


def register(subparsers: argparse._SubParsersAction) -> None:
    trends = subparsers.add_parser("trends", help="exercise trends: table, HTML report, PNGs")
    trends.add_argument("--since", help="only exercises from this date on (YYYY-MM-DD)")
    trends.add_argument("--by", choices=("host", "participant", "area"), default="host")
    trends.add_argument("--top", type=int, default=15, help="rows in the table")
    trends.add_argument("--html", help="write a self-contained HTML report to this file")
    trends.add_argument("--png", help="write each chart as PNG into this directory")
    trends.add_argument(
        "--no-resolve",
        action="store_true",
        help="do not bring the exercises up to date first (never writes)",
    )
    _db_arg(trends)
    trends.set_defaults(func=cmd_trends)

    export = subparsers.add_parser("export", help="Parquet files of every public table and view")
    export.add_argument("--to", required=True, help="target directory (replaced atomically)")
    _db_arg(export)
    export.set_defaults(func=cmd_export)

    resolve = subparsers.add_parser("resolve", help="rebuild the exercises from the mentions")
    resolve.add_argument("--force", action="store_true", help="rebuild even if up to date")
    _db_arg(resolve)
    resolve.set_defaults(func=cmd_resolve)


def _quote(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _existing(db: str) -> str | Path:
    """The warehouse named by --db, which must exist (a file, or a lake whose catalog answers)."""
    from warehouse import WarehouseError, describe, is_lake, warehouse_exists

    if not warehouse_exists(db):
        raise WarehouseError(
            f"no warehouse at {describe(db)}: run `drillwatch run` or `drillwatch demo`"
        )
    return db if is_lake(db) else Path(db)


def _since(text: str | None) -> date | None:
    from flows.cli import CliError

    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise CliError(f"--since wants a date like 2026-01-31, not {text!r}") from exc


def load_trends(db: str, since: date | None, by: str, top: int, lock_wait_s: float):
    """Trend rows from one short read-only window; CliError when there are no exercises yet."""
    import duckdb

    from flows.cli import CliError
    from warehouse import open_reader
    from warehouse.views import gather

    with open_reader(db, lock_wait_s=lock_wait_s) as conn:
        try:
            return gather(conn, since, by, top)
        except duckdb.CatalogException as exc:
            raise CliError(
                f"{db} has no exercises yet: run `drillwatch resolve --db {db}`"
            ) from exc


def print_trends(trends, console: Console) -> None:
    from warehouse.views import sparkline

    s = trends.summary
    months = trends.months[-24:]
    span = f"{months[0]:%Y-%m}…{months[-1]:%Y-%m}" if months else "no months"
    table = Table(
        title=f"Exercises by {trends.by}"
        + (f" since {trends.since.isoformat()}" if trends.since else "")
    )
    for col, justify in (
        (trends.by, "left"),
        ("exercises", "right"),
        ("mentions", "right"),
        ("months", "right"),
        ("busiest", "left"),
        (f"per month {span}", "left"),
    ):
        table.add_column(col, justify=justify, overflow="fold")
    for row in trends.leaders:
        plain = trends.by == "area" or not row["key"]
        table.add_row(
            row["label"] if plain else f"{row['key']} {row['label']}",
            str(row["exercises"]),
            str(row["mentions"]),
            str(row["months_active"]),
            f"{row['peak_month']:%Y-%m}",
            sparkline(row["by_month"][-24:]),
        )
    console.print(table)
    console.print(
        f"{s['exercises']} exercises ({s['named']} named) from {s['mentions']} mentions, "
        f"{s['reports']} reports with syndicated copies, {s['outlets']} outlets"
    )


def cmd_trends(args: argparse.Namespace) -> int:
    from flows.cli import CliError

    db = _existing(args.db)
    since = _since(args.since)
    if args.top < 1:
        raise CliError("--top must be at least 1")
    console = Console()
    from warehouse import open_reader

    with open_reader(db, lock_wait_s=args.lock_wait):
        pass  # a file that is not a whole warehouse fails here, in one line, before anything
    if not args.no_resolve:
        from warehouse import WarehouseError, WarehouseLockedError
        from warehouse.resolve import resolve_warehouse

        try:
            result = resolve_warehouse(db, lock_wait_s=args.lock_wait)
        except WarehouseLockedError:
            raise
        except (WarehouseError, PermissionError) as exc:  # e.g. a read-only copy of the file
            Console(stderr=True).print(
                f"note: exercises not brought up to date ({exc}); showing them as stored",
                highlight=False,
            )
        else:
            if not result.skipped:
                console.print(
                    f"[dim]resolved {result.mentions} mentions into"
                    f" {result.exercises} exercises in {result.elapsed_ms} ms[/dim]",
                    highlight=False,
                )
    else:
        from warehouse import open_reader
        from warehouse.resolve import is_stale

        with open_reader(db, lock_wait_s=args.lock_wait) as conn:
            stale = is_stale(conn)
        if stale:
            Console(stderr=True).print(
                "note: the exercises are older than the mentions; run `drillwatch resolve`",
                highlight=False,
            )
    trends = load_trends(str(db), since, args.by, args.top, args.lock_wait)
    print_trends(trends, console)
    if args.html or args.png:
        from flows.report_html import write_html, write_pngs

        if args.html:
            console.print(f"HTML report: {write_html(trends, args.html, f'Warehouse: {db}.')}")
        if args.png:
            for path in write_pngs(trends, args.png):
                console.print(f"PNG: {path}")
    return 0


def _check_target(dest: Path) -> None:
    """Only ever replace an empty directory or an earlier export, never anything else."""
    from flows.cli import CliError

    if dest.exists() and (
        not dest.is_dir() or (any(dest.iterdir()) and not (dest / MANIFEST).exists())
    ):
        raise CliError(f"{dest} exists and is not a drillwatch export; choose another --to")


def _swap_into_place(tmp: Path, dest: Path) -> None:
    _check_target(dest)
    if dest.exists():
        old = dest.with_name(f".{dest.name}.old-{os.getpid()}-{time.time_ns()}")
        os.rename(dest, old)
        os.rename(tmp, dest)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.rename(tmp, dest)


def export_warehouse(db: str | Path, dest: str | Path, lock_wait_s: float | None = None) -> dict:
    """Parquet of every table and view in the main schema; returns the manifest written.

    Every table or view is a folder, so a BI tool pointed at `NAME/**/*.parquet` finds it
    whether the warehouse is empty or not: tables with a natural month (articles, mentions,
    exercises, monthly views) as NAME/export_month=YYYY-MM/data_0.parquet (an empty one as
    NAME/export_month=none/data_0.parquet with no rows), the rest as NAME/data_0.parquet.
    Everything is written into a sibling temp directory first and renamed onto `dest` at the
    end; the reading connection may write only inside that temp directory.
    """
    from warehouse import describe, open_reader

    db = _existing(str(db))
    dest = Path(dest).resolve()
    _check_target(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}.tmp-", dir=dest.parent))
    wait = get_settings().lock_wait_s if lock_wait_s is None else lock_wait_s
    entries = []
    try:
        # The connection is locked down: it may write only into the temp directory, and its
        # time zone (UTC, so exported months do not depend on the machine) is set before.
        with open_reader(db, lock_wait_s=wait, allowed_directories=[tmp], timezone="UTC") as conn:
            names = [
                r[0]
                for r in conn.execute(
                    "SELECT table_name FROM information_schema.tables"
                    " WHERE table_schema = 'main' AND table_catalog = current_database()"
                    " ORDER BY table_name"
                ).fetchall()
            ]
            for name in names:
                rows = conn.execute(f'SELECT count(*) FROM main."{name}"').fetchall()[0][0]
                source = f'SELECT * FROM main."{name}"'
                if name in MONTHLY and rows:
                    month = f"coalesce(strftime({MONTHLY[name]}, '%Y-%m'), 'unknown')"
                    conn.execute(
                        f'COPY (SELECT *, {month} AS export_month FROM main."{name}")'
                        f" TO {_quote(tmp / name)} (FORMAT parquet, PARTITION_BY (export_month))"
                    )
                    files = f"{name}/export_month=*/*.parquet"
                elif name in MONTHLY:
                    # No rows yet: one empty file with the columns, in the same layout.
                    (tmp / name / "export_month=none").mkdir(parents=True)
                    target = _quote(tmp / name / "export_month=none" / "data_0.parquet")
                    conn.execute(f"COPY ({source} LIMIT 0) TO {target} (FORMAT parquet)")
                    files = f"{name}/export_month=*/*.parquet"
                else:
                    (tmp / name).mkdir()
                    target = _quote(tmp / name / "data_0.parquet")
                    conn.execute(f"COPY ({source}) TO {target} (FORMAT parquet)")
                    files = f"{name}/*.parquet"
                entries.append(
                    {
                        "name": name,
                        "rows": int(rows),
                        "files": files,
                        "partitioned_by": "export_month" if "/" in files else None,
                    }
                )
            version = conn.execute("SELECT max(version) FROM main.schema_migrations").fetchall()[0][
                0
            ]
        manifest = {
            "exported_at": datetime.now(UTC).isoformat(),
            "source": describe(db),
            "schema_version": version,
            "tables": entries,
        }
        (tmp / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        _swap_into_place(tmp, dest)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return manifest


def cmd_export(args: argparse.Namespace) -> int:
    manifest = export_warehouse(args.db, args.to, args.lock_wait)
    table = Table(title=f"Exported to {Path(args.to).resolve()}")
    for col in ("table or view", "rows", "files"):
        table.add_column(col, overflow="fold")
    for entry in manifest["tables"]:
        table.add_row(entry["name"], str(entry["rows"]), entry["files"])
    Console().print(table)
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    from warehouse.resolve import resolve_warehouse

    result = resolve_warehouse(_existing(args.db), force=args.force, lock_wait_s=args.lock_wait)
    if result.skipped:
        print(f"up to date: {result.exercises} exercises from {result.mentions} mentions")
    else:
        print(
            f"resolved {result.mentions} mentions into {result.exercises} exercises"
            f" in {result.elapsed_ms} ms"
        )
    return 0
