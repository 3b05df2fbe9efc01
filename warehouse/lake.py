"""The warehouse as a DuckLake: a SQL catalog (PostgreSQL, or a local .ducklake file) plus
Parquet data files, so that several processes on several machines can write it at once.

The single DuckDB file stays the default; an address that starts with `ducklake:` selects this
module instead:

    ducklake:postgres:<libpq conninfo>   catalog in PostgreSQL, data in DRILLWATCH_LAKE_DATA
    ducklake:<file>.ducklake             catalog in a local file (one machine), data beside it

Every connection is a private in-memory DuckDB that attaches the lake as `lake` and makes it
the default database, so the same SQL (core.articles, the public views) runs on both kinds.
DuckLake has no PRIMARY KEY: writes keep one row per key with anti-joins inside the batch's
transaction, and every write transaction also bumps the one row of `core.write_token`. Two
writers that overlap in time therefore always conflict at commit (DuckLake's optimistic
concurrency), the later one rolls back and retries on the new snapshot, where its anti-joins
see the rows the first one stored: exactly one row per key, whatever the interleaving.
"""

from __future__ import annotations

import contextlib
import os
import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import duckdb

from warehouse import extensions

PREFIX = "ducklake:"
ALIAS = "lake"
DATA_ENV = "DRILLWATCH_LAKE_DATA"
WRITE_ATTEMPTS = 30
TOKEN_SQL = (
    "CREATE TABLE IF NOT EXISTS core.write_token (id INTEGER NOT NULL, writes BIGINT NOT NULL);"
    " INSERT INTO core.write_token SELECT 1, 0 WHERE NOT EXISTS (SELECT 1 FROM core.write_token);"
)
_PASSWORD = re.compile(r"(password\s*=\s*)('[^']*'|\S+)", re.IGNORECASE)
_COLUMN_KEY = re.compile(r"\s+PRIMARY KEY\b(?!\s*\()", re.IGNORECASE)
_TABLE_KEY = re.compile(r",\s*PRIMARY KEY\s*\([^)]*\)", re.IGNORECASE)

T = TypeVar("T")
# How many commits this process retried after a conflict (benchmarks and tests report it).
conflict_retries = 0


class LakeError(RuntimeError):
    """Raised as warehouse.db.WarehouseError by the callers; one line, password masked."""


@dataclass(frozen=True)
class LakeAddress:
    """A parsed `ducklake:` address."""

    catalog: str  # what follows `ducklake:` (postgres:..., or a file path)
    data_path: str | None  # None: whatever the catalog recorded when the lake was made

    @property
    def is_postgres(self) -> bool:
        return self.catalog.startswith("postgres:")

    @property
    def display(self) -> str:
        return mask(PREFIX + self.catalog)

    @property
    def catalog_file(self) -> Path | None:
        return None if self.is_postgres else Path(self.catalog)


def is_address(target: object) -> bool:
    """True for a `ducklake:` address (a str; a Path never is one)."""
    return isinstance(target, str) and target.startswith(PREFIX)


def mask(text: str) -> str:
    """The address with any password replaced, for messages and logs."""
    return _PASSWORD.sub(r"\1***", text)


def _is_url(path: str) -> bool:
    return "://" in path


def parse(address: str, data_path: str | None = None) -> LakeAddress:
    """Split an address; the data path comes from the argument, else DRILLWATCH_LAKE_DATA."""
    catalog = address[len(PREFIX) :].strip()
    data = data_path or os.environ.get(DATA_ENV) or None
    if not catalog:
        raise LakeError("empty DuckLake address: use ducklake:postgres:<conninfo> or ducklake:F")
    if catalog.startswith("postgres:"):
        if not catalog[len("postgres:") :].strip():
            raise LakeError("ducklake:postgres: needs a conninfo, e.g. 'dbname=lake host=...'")
    elif re.match(r"^[a-z]+:", catalog) and not catalog.startswith(("/", ".")):
        kind = catalog.split(":", 1)[0]
        raise LakeError(
            f"DuckLake catalog {kind!r} is not supported: use ducklake:postgres:<conninfo>"
            " or ducklake:<file>.ducklake"
        )
    else:
        catalog = str(Path(catalog).expanduser().resolve())
    if data and not _is_url(data):
        data = str(Path(data).expanduser().resolve())
    if data and not data.endswith("/"):
        data += "/"
    return LakeAddress(catalog=catalog, data_path=data)


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _first_line(exc: BaseException) -> str:
    return mask(str(exc).splitlines()[0]) if str(exc) else type(exc).__name__


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc)
    return "Conflicting lock" in text or "Could not set lock" in text


def _lost_creation_race(exc: Exception) -> bool:
    """Two processes creating the same new lake: the loser's attach fails once, then finds it."""
    text = str(exc)
    return "Failed to initialize DuckLake" in text and (
        "duplicate key" in text or "already exists" in text
    )


def connect(
    lake: LakeAddress,
    *,
    read_only: bool = False,
    lock_wait_s: float = 60.0,
    snapshot_version: int | None = None,
) -> duckdb.DuckDBPyConnection:
    """A private DuckDB with the lake attached as `lake` and in use.

    A local catalog file is locked by DuckDB like the warehouse file, so the attach retries
    while another process holds it; a Postgres catalog takes many writers and never waits here.
    """
    if lake.catalog_file is not None:
        if read_only and not lake.catalog_file.exists():
            raise LakeError(f"no lake at {lake.display}: run `drillwatch run` first")
        lake.catalog_file.parent.mkdir(parents=True, exist_ok=True)
    options = []
    if lake.data_path and not read_only:
        if not _is_url(lake.data_path):
            Path(lake.data_path).mkdir(parents=True, exist_ok=True)
        options.append(f"DATA_PATH {_sql_string(lake.data_path)}")
    if read_only:
        options.append("READ_ONLY")
    if snapshot_version is not None:
        options.append(f"SNAPSHOT_VERSION {int(snapshot_version)}")
    attach = f"ATTACH {_sql_string(PREFIX + lake.catalog)} AS {ALIAS}"
    if options:
        attach += f" ({', '.join(options)})"
    deadline = time.monotonic() + lock_wait_s
    delay = 0.05
    while True:
        conn = duckdb.connect(":memory:", config=extensions.offline_config())
        try:
            needed = ["ducklake"] + (["postgres_scanner"] if lake.is_postgres else [])
            if lake.data_path and _is_url(lake.data_path):
                needed.append("httpfs")  # object storage (not tested here: no network)
            extensions.load(conn, *needed)
            conn.execute(attach)
            conn.execute(f"USE {ALIAS}")
            return conn
        except duckdb.Error as exc:
            conn.close()
            if (_is_lock_error(exc) or _lost_creation_race(exc)) and time.monotonic() < deadline:
                time.sleep(delay * (0.5 + random.random()))
                delay = min(delay * 2, 1.0)
                continue
            text = str(exc)
            if read_only and ("data_path" in text.lower() or "Existing DuckLake" in text):
                raise LakeError(f"no lake at {lake.display}: run `drillwatch run` first") from exc
            if "data_path is not set" in text:
                raise LakeError(
                    f"{lake.display} is a new lake and needs a data path: set"
                    f" {DATA_ENV} to a directory every worker can reach (or an object-store URL)"
                ) from exc
            raise LakeError(f"cannot open {lake.display}: {_first_line(exc)}") from exc
        except extensions.ExtensionMissingError as exc:
            conn.close()
            raise LakeError(str(exc)) from exc


def data_path(conn: duckdb.DuckDBPyConnection) -> str | None:
    """Where the attached lake keeps its Parquet files, as its catalog records it."""
    rows = conn.execute(
        f"SELECT value FROM __ducklake_metadata_{ALIAS}.ducklake_metadata WHERE key = 'data_path'"
    ).fetchall()
    return rows[0][0] if rows else None


def is_lake(conn: duckdb.DuckDBPyConnection) -> bool:
    """True when the connection's default database is a DuckLake (one catalog lookup)."""
    row = conn.execute(
        "SELECT type FROM duckdb_databases() WHERE database_name = current_database()"
    ).fetchone()
    return bool(row) and row[0] == "ducklake"


def translate(sql: str) -> str:
    """A migration written for the DuckDB file, as DuckLake takes it: no key constraints."""
    return _TABLE_KEY.sub("", _COLUMN_KEY.sub("", sql))


def is_conflict(exc: BaseException) -> bool:
    """A commit that lost a race with another writer (safe to retry on a fresh snapshot)."""
    text = str(exc)
    return isinstance(exc, duckdb.Error) and (
        "conflict" in text.lower() or "Failed to commit DuckLake transaction" in text
    )


def backoff(attempt: int) -> None:
    """Jittered exponential wait before retry `attempt` (capped at 2 s)."""
    time.sleep(min(2.0, 0.02 * 2**attempt) * (0.5 + random.random()))


def in_transaction(
    conn: duckdb.DuckDBPyConnection,
    body: Callable[[duckdb.DuckDBPyConnection], T],
    *,
    lake: bool,
    attempts: int = WRITE_ATTEMPTS,
) -> T:
    """Run `body` in one transaction; on a lake, bump the write token and retry conflicts.

    On the DuckDB file this is exactly BEGIN, body, COMMIT (ROLLBACK on failure): the file has
    one writer at a time and nothing to retry.
    """
    global conflict_retries
    attempt = 0
    while True:
        attempt += 1
        conn.execute("BEGIN TRANSACTION")
        try:
            result = body(conn)
            if lake:
                conn.execute("UPDATE core.write_token SET writes = writes + 1")
            conn.execute("COMMIT")
            return result
        except Exception as exc:
            with contextlib.suppress(duckdb.Error):  # a failed COMMIT already ended it
                conn.execute("ROLLBACK")
            if lake and attempt < attempts and is_conflict(exc):
                conflict_retries += 1
                backoff(attempt)
                continue
            raise
