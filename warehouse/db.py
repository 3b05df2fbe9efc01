"""Opening the warehouse file: short windows, lock-aware retries, versioned migrations.

DuckDB lets one process write and, while it holds the file, no other process may open it at
all. Every caller therefore opens late, closes early and retries with backoff when it meets the
lock; only after a bounded wait does it give up, with an error that names the lock.
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


def connect(
    path: str | Path,
    *,
    read_only: bool = False,
    lock_wait_s: float = DEFAULT_LOCK_WAIT_S,
) -> duckdb.DuckDBPyConnection:
    """Open the file, retrying with jittered exponential backoff while another process holds it."""
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


def ensure_writable(path: str | Path) -> Path:
    """Check, before any work starts, that the warehouse file can be created or opened.

    A run that discovers an unwritable path only when its first batch is ready has already
    spent minutes fetching; this fails in milliseconds with a one-line reason instead. An
    existing file is opened once (read-only), so a directory or a file that is not a DuckDB
    database is caught here too, before the poll starts, rather than inside it.
    """
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
    """Apply the migrations not yet recorded, each in its own transaction; return those applied."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS main.schema_migrations ("
        " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)"
    )
    done = {row[0] for row in conn.execute("SELECT version FROM main.schema_migrations").fetchall()}
    applied = []
    for version, name, sql in migration_files():
        if version in done:
            continue
        conn.execute("BEGIN TRANSACTION")
        try:
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
            f"{path} is locked by another writer in this process; gave up after {lock_wait_s:.0f}s"
        )
    try:
        conn = connect(path, lock_wait_s=lock_wait_s)
        try:
            migrate(conn)
            yield conn
        except _WRITE_FAILURES as exc:
            raise WarehouseError(f"writing {path} failed: {_first_line(exc)}") from exc
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
    key = os.path.realpath(path)
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
        dirs = ", ".join(_sql_string(str(Path(d).resolve()) + "/") for d in allowed_directories)
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


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


@contextmanager
def open_reader(
    path: str | Path,
    *,
    lock_wait_s: float = DEFAULT_LOCK_WAIT_S,
    allowed_directories: Sequence[str | Path] = (),
    timezone: str | None = None,
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only, locked-down connection (see `lockdown`); it blocks writers while open,
    so keep it short. A file that is not a whole DuckDB database fails here, in one line.
    `timezone` is set before the configuration is locked (exports write UTC)."""
    conn = connect(path, read_only=True, lock_wait_s=lock_wait_s)
    try:
        try:
            if timezone:
                conn.execute(f"SET TimeZone = {_sql_string(timezone)}")
            lockdown(conn, allowed_directories=allowed_directories)
            conn.execute("SELECT count(*) FROM duckdb_tables()").fetchall()
        except duckdb.Error as exc:
            raise WarehouseError(f"cannot read {path}: {_first_line(exc)}") from exc
        yield conn
    finally:
        conn.close()
