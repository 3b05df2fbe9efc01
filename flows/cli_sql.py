"""`drillwatch sql`: ad hoc read-only SQL over the warehouse.

The file is opened read-only, so a query can never change the warehouse, and the open retries
while a scheduled run holds the write lock (see warehouse.db). DuckDB's own error messages are
good; we print their first line and drop the traceback.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date, datetime
from decimal import Decimal

import duckdb
from rich.console import Console

from flows.settings import get_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    sql = subparsers.add_parser("sql", help="run a read-only SQL query against the warehouse")
    sql.add_argument("query", help='SQL text, e.g. "SELECT count(*) FROM articles"')
    sql.add_argument(
        "--db", default=str(get_settings().db), help="warehouse file or ducklake: address"
    )
    sql.add_argument(
        "--format",
        choices=("table", "records", "csv", "json"),
        default="table",
        help="table (one block per record when the rows are wider than the terminal),"
        " records (always one block per record), csv or json (JSON Lines)",
    )
    sql.add_argument(
        "--lock-wait",
        type=float,
        default=get_settings().lock_wait_s,
        help="seconds to keep retrying while a writer holds the file",
    )
    sql.add_argument(
        "--snapshot",
        type=int,
        default=None,
        metavar="N",
        help="lake only: read the lake as it was at snapshot N (time travel)",
    )
    sql.set_defaults(func=cmd_sql)


def _jsonable(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.hex()
    return value


def _csv_cell(value: object) -> object:
    """Lists and structs as JSON, so a CSV reader gets `["EE", "LT"]`, not a Python repr."""
    if isinstance(value, list | dict | tuple):
        return json.dumps(value, ensure_ascii=False, default=str)
    return _jsonable(value)


def _table_cell(value: object) -> object:
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return _jsonable(value)


def run_query(
    db: str, query: str, lock_wait_s: float, snapshot: int | None = None
) -> tuple[list[str], list[tuple]]:
    """Columns and rows of a read-only query; raises CliError with DuckDB's first line."""
    from flows.cli import CliError
    from warehouse import open_reader
    from warehouse.usersql import check_query

    if not query.strip():
        raise CliError("empty query: give one SELECT statement")
    from warehouse import is_lake

    if snapshot is not None and not is_lake(db):
        raise CliError("--snapshot reads an old snapshot of a lake; a warehouse file has none")
    with open_reader(db, lock_wait_s=lock_wait_s, snapshot_version=snapshot) as conn:
        check_query(conn, query)
        try:
            cursor = conn.execute(query)
            if cursor is None or cursor.description is None:
                return [], []
            columns = [d[0] for d in cursor.description]
            return columns, cursor.fetchall()
        except duckdb.Error as exc:
            raise CliError(f"query failed: {str(exc).splitlines()[0]}") from exc


def cmd_sql(args: argparse.Namespace) -> int:
    columns, rows = run_query(args.db, args.query, args.lock_wait, args.snapshot)
    if args.format == "json":
        for row in rows:
            record = {c: _jsonable(v) for c, v in zip(columns, row, strict=True)}
            sys.stdout.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    elif args.format == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows([[_csv_cell(v) for v in row] for row in rows])
    else:
        from flows.tables import print_rows

        shown = [[_table_cell(v) for v in row] for row in rows]
        print_rows(Console(), columns, shown, expanded=True if args.format == "records" else None)
        sys.stdout.flush()
        print(f"{len(rows)} row{'s' if len(rows) != 1 else ''}", file=sys.stderr)
    return 0
