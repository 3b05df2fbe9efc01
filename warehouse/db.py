"""Opening the warehouse: short windows, lock-aware retries, versioned migrations.

DuckDB lets one process write and, while it holds the file, no other process may open it at
all. Every caller therefore opens late, closes early and retries with backoff when it meets the
lock; only after a bounded wait does it give up, with an error that names the lock.

A target that starts with `ducklake:` is a lake instead of a file (see warehouse.lake): every
function here takes either, so callers pass the user's `--db` through unchanged.
"""

from __future__ import annotations

import contextlib
import os
import random
import re
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import duckdb

from warehouse import lake as ducklake

MIGRATION_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")
DEFAULT_LOCK_WAIT_S = 60.0
# What the machine, not the code, does wrong while writing: disk full, file too large, I/O
# errors, a commit that could not be written, memory. Reported as one line; the previous
# contents of the file are intact (the failed transaction never committed).
_WRITE_FAILURES = (
    duckdb.IOException,
    duckdb.FatalException,
    duckdb.TransactionException,
    duckdb.OutOfMemoryException,
)


class WarehouseError(RuntimeError):
    """A problem with the warehouse file that a user can act on; the message is one line."""


class WarehouseLockedError(WarehouseError):
    """Another process held the file for longer than we were willing to wait."""


def _first_line(exc: BaseException) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc)
    return "lock" in text.lower() and ("Conflicting lock" in text or "Could not set lock" in text)


def is_lake(target: str | Path) -> bool:
    """True for a `ducklake:` address, False for a warehouse file."""
    return ducklake.is_address(target)


def describe(target: str | Path) -> str:
    """The target as messages show it (a lake's password masked)."""
    return ducklake.mask(target) if is_lake(target) else str(target)


def lake_address(target: str) -> ducklake.LakeAddress:
    """Parse a `ducklake:` address; a bad one is a one-line WarehouseError."""
    try:
        return ducklake.parse(target)
    except ducklake.LakeError as exc:
        raise WarehouseError(str(exc)) from exc


def warehouse_exists(target: str | Path) -> bool:
    """Whether there is a warehouse to read: the file exists, or the lake's catalog answers."""
    if not is_lake(target):
        return Path(target).exists()
    address = lake_address(str(target))
    if address.catalog_file is not None:
        return address.catalog_file.exists()
    try:
        conn = ducklake.connect(address, read_only=True, lock_wait_s=0)
    except ducklake.LakeError:
        return False
    conn.close()
    return True


def connect(
    path: str | Path,
    *,
    read_only: bool = False,
    lock_wait_s: float = DEFAULT_LOCK_WAIT_S,
    snapshot_version: int | None = None,
) -> duckdb.DuckDBPyConnection:
    """Open the file, retrying with jittered exponential backoff while another process holds it.

    A `ducklake:` address opens the lake instead (`snapshot_version` pins a lake to an old
    snapshot: time travel)."""
    if is_lake(path):
        try:
            return ducklake.connect(
                lake_address(str(path)),
                read_only=read_only,
                lock_wait_s=lock_wait_s,
                snapshot_version=snapshot_version,
            )
        except ducklake.LakeError as exc:
            raise WarehouseError(str(exc)) from exc
    path = Path(path)
    if read_only and not path.exists():
        raise WarehouseError(f"no warehouse at {path}: run `drillwatch run` or `drillwatch demo`")
    if not read_only:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WarehouseError(f"cannot create {path.parent}: {exc.strerror}") from exc
    deadline = time.monotonic() + lock_wait_s
    delay = 0.05
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except (duckdb.IOException, duckdb.Error) as exc:
            if not _is_lock_error(exc):
                raise WarehouseError(f"cannot open {path}: {_first_line(exc)}") from exc
            if time.monotonic() >= deadline:
                holder = re.search(r"\(PID (\d+)\)", str(exc))
                who = f" by process {holder.group(1)}" if holder else ""
                raise WarehouseLockedError(
                    f"{path} is locked{who} (a writer is busy); gave up after {lock_wait_s:.0f}s"
                ) from exc
            time.sleep(delay * (0.5 + random.random()))
            delay = min(delay * 2, 1.0)


def ensure_writable(path: str | Path) -> str | Path:
    """Check, before any work starts, that the warehouse file can be created or opened.

    A run that discovers an unwritable path only when its first batch is ready has already
    spent minutes fetching; this fails in milliseconds with a one-line reason instead. An
    existing file is opened once (read-only), so a directory or a file that is not a DuckDB
    database is caught here too, before the poll starts, rather than inside it. A lake is
    attached once, which checks the catalog answers and the data path is known.
    """
    if is_lake(path):
        connect(path, lock_wait_s=DEFAULT_LOCK_WAIT_S).close()
        return path
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WarehouseError(f"cannot create {path.parent}: {exc.strerror}") from exc
    if path.exists():
        if not path.is_file():
            raise WarehouseError(f"{path} is not a file")
        if not os.access(path, os.R_OK | os.W_OK):
            raise WarehouseError(f"{path} is not readable and writable by this user")
        try:
            duckdb.connect(str(path), read_only=True).close()
        except duckdb.Error as exc:
            # Held by another process (lock) or open for writing in this one (a connection
            # with another configuration): a database, and busy, which is fine.
            busy = _is_lock_error(exc) or "different configuration" in str(exc)
            if not busy:
                raise WarehouseError(f"cannot open {path}: {_first_line(exc)}") from exc
    elif not os.access(path.parent, os.W_OK | os.X_OK):
        raise WarehouseError(f"cannot create files in {path.parent}")
    return path


def migration_files() -> list[tuple[int, str, str]]:
    """(version, name, sql) of every bundled migration, in order."""
    found = []
    for item in resources.files("warehouse.migrations").iterdir():
        match = MIGRATION_NAME.match(item.name)
        if match:
            found.append((int(match.group(1)), match.group(2), item.read_text(encoding="utf-8")))
    return sorted(found)


def migrate(conn: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply the migrations not yet recorded, each in its own transaction; return those applied.

    On a lake, several workers may start at once on an empty catalog: the loser of each race
    rolls back and tries again, by which time the winner has recorded the migration."""
    if not ducklake.is_lake(conn):
        return _migrate(conn, lake=False)
    for attempt in range(1, ducklake.WRITE_ATTEMPTS + 1):
        try:
            return _migrate(conn, lake=True)
        except duckdb.Error as exc:
            if attempt == ducklake.WRITE_ATTEMPTS or not ducklake.is_conflict(exc):
                raise
            ducklake.backoff(attempt)
    return []  # pragma: no cover - the loop returns or raises


def _migrate(conn: duckdb.DuckDBPyConnection, *, lake: bool) -> list[int]:
    key = "" if lake else " PRIMARY KEY"
    conn.execute(
        "CREATE TABLE IF NOT EXISTS main.schema_migrations ("
        f" version INTEGER{key}, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)"
    )
    done = {row[0] for row in conn.execute("SELECT version FROM main.schema_migrations").fetchall()}
    applied = []
    for version, name, sql in migration_files():
        if version in done:
            continue
        if lake:
            sql = ducklake.translate(sql) + (ducklake.TOKEN_SQL if version == 1 else "")
        conn.execute("BEGIN TRANSACTION")
        try:
            if (
                lake
                and conn.execute(
                    "SELECT count(*) FROM main.schema_migrations WHERE version = ?", [version]
                ).fetchone()[0]
            ):
                conn.execute("ROLLBACK")  # another worker applied it since we looked
                continue
            conn.execute(sql)
            conn.execute("INSERT INTO main.schema_migrations VALUES (?, ?, now())", [version, name])
            conn.execute("COMMIT")
        except Exception:
            with contextlib.suppress(duckdb.Error):  # a failed COMMIT already ended it
                conn.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied


@contextmanager
def open_writer(
    path: str | Path, *, lock_wait_s: float = DEFAULT_LOCK_WAIT_S
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A migrated read-write connection, closed on exit so readers can get in between batches.

    A write that fails for reasons of the machine (see _WRITE_FAILURES) becomes a one-line
    WarehouseError naming the file; errors of the code (binder, constraint) pass unchanged.
    """
    guard = _writer_guard(path)
    if not guard.acquire(timeout=lock_wait_s):
        raise WarehouseLockedError(
            f"{describe(path)} is locked by another writer in this process;"
            f" gave up after {lock_wait_s:.0f}s"
        )
    try:
        conn = connect(path, lock_wait_s=lock_wait_s)
        try:
            migrate(conn)
            yield conn
        except _WRITE_FAILURES as exc:
            raise WarehouseError(
                f"writing {describe(path)} failed: {ducklake.mask(_first_line(exc))}"
            ) from exc
        finally:
            conn.close()
    finally:
        guard.release()


_WRITER_GUARDS: dict[str, threading.RLock] = {}
_WRITER_GUARDS_LOCK = threading.Lock()


def _writer_guard(path: str | Path) -> threading.RLock:
    """One writer at a time per file inside this process, as DuckDB's file lock does across
    processes. Two threads' connections to one file share a database, and their transactions
    then conflict instead of waiting: two overlapping polls of a new warehouse both created
    the ``core`` schema, and one failed with a write-write conflict."""
    key = str(path) if is_lake(path) else os.path.realpath(path)
    with _WRITER_GUARDS_LOCK:
        return _WRITER_GUARDS.setdefault(key, threading.RLock())


def lockdown(
    conn: duckdb.DuckDBPyConnection, *, allowed_directories: Sequence[str | Path] = ()
) -> duckdb.DuckDBPyConnection:
    """Confine a connection to what is already attached, for good.

    SQL typed by a user runs here. Read-only alone is not enough: COPY ... TO could overwrite
    any file (the warehouse included), read_csv reads any file on the machine, and INSTALL
    downloads code. With external access off the connection sees only its attached databases
    (and `allowed_directories`, e.g. an export's target); extensions are never installed or
    auto-loaded; and the locked configuration means no later statement can undo any of it.
    """
    if allowed_directories:
        dirs = ", ".join(_sql_string(_directory(d)) for d in allowed_directories)
        conn.execute(f"SET allowed_directories = [{dirs}]")
    for statement in LOCKDOWN_SETTINGS:
        conn.execute(statement)
    return conn


LOCKDOWN_SETTINGS = (
    "SET autoinstall_known_extensions = false",
    "SET autoload_known_extensions = false",
    "SET allow_community_extensions = false",
    "SET enable_external_access = false",
    "SET lock_configuration = true",
)


def _directory(path: str | Path) -> str:
    """An allowed directory as DuckDB matches it: absolute, with a trailing slash (URLs kept)."""
    text = str(path)
    if "://" in text:
        return text if text.endswith("/") else text + "/"
    return str(Path(text).resolve()) + "/"


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


@contextmanager
def open_reader(
    path: str | Path,
    *,
    lock_wait_s: float = DEFAULT_LOCK_WAIT_S,
    allowed_directories: Sequence[str | Path] = (),
    timezone: str | None = None,
    snapshot_version: int | None = None,
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only, locked-down connection (see `lockdown`); it blocks writers while open,
    so keep it short. A file that is not a whole DuckDB database fails here, in one line.
    `timezone` is set before the configuration is locked (exports write UTC).

    On a lake the catalog is attached read-only (at `snapshot_version` when given), and the
    lake's own data path is the one directory the connection may read besides
    `allowed_directories`: Parquet files are all a lake is made of."""
    conn = connect(path, read_only=True, lock_wait_s=lock_wait_s, snapshot_version=snapshot_version)
    try:
        try:
            if timezone:
                conn.execute(f"SET TimeZone = {_sql_string(timezone)}")
            allowed = list(allowed_directories)
            if is_lake(path):
                data = ducklake.data_path(conn)
                if data:
                    allowed.append(data)
            lockdown(conn, allowed_directories=allowed)
            conn.execute("SELECT count(*) FROM duckdb_tables()").fetchall()
        except duckdb.Error as exc:
            raise WarehouseError(
                f"cannot read {describe(path)}: {ducklake.mask(_first_line(exc))}"
            ) from exc
        yield conn
    finally:
        conn.close()
