"""A PostgreSQL server of our own: initdb into a directory, start, stop, create databases.

The lake's catalog and the local cluster's Prefect server need a PostgreSQL; so do the tests
and the benchmark, which must use a real one (no mocks). This drives Debian's `postgresql`
binaries (`/usr/lib/postgresql/<version>/bin`) directly, so nothing here needs a system
service. PostgreSQL refuses to run as root: as root, every server command runs as the
`postgres` system user (created by the package) and the directory is handed to it.

The server listens on a Unix socket inside its own directory (mode 0700, trusted for the
superuser `drillwatch`) and, for clients that need TCP (Prefect's server), on 127.0.0.1 with
a password that is written only to a 0600 file in that directory.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import re
import secrets
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "drillwatch"
OS_USER_WHEN_ROOT = "postgres"


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL binaries here; the message says how to install them."""


def find_bindir() -> Path | None:
    """The newest installed PostgreSQL's bin directory (None when there is none)."""
    found = []
    for initdb in Path("/usr/lib/postgresql").glob("*/bin/initdb"):
        with contextlib.suppress(ValueError):
            found.append((int(initdb.parent.parent.name.split(".")[0]), initdb.parent))
    if found:
        return max(found)[1]
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class PgServer:
    """One PostgreSQL cluster in `root` (data in root/data, socket and password beside it)."""

    root: Path
    port: int = 0
    fsync: bool = True

    def __post_init__(self) -> None:
        self.root = Path(self.root).resolve()
        bindir = find_bindir()
        if bindir is None:
            raise PostgresUnavailable(
                "PostgreSQL is not installed: apt-get install -y postgresql (Debian/Ubuntu)"
            )
        self.bindir = bindir
        self.os_user = OS_USER_WHEN_ROOT if os.geteuid() == 0 else None
        saved = self.root / "port"
        if not self.port:
            self.port = int(saved.read_text()) if saved.exists() else _free_port()

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root / "run"

    @property
    def password(self) -> str:
        return (self.root / "password").read_text(encoding="utf-8").strip()

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.os_user:
            command = ["runuser", "-u", self.os_user, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if check and result.returncode != 0:
            tail = (result.stderr or result.stdout).strip().splitlines()[-1:]
            raise RuntimeError(f"{args[0]} failed: {' '.join(tail) or result.returncode}")
        return result

    def _hand_over(self, path: Path) -> None:
        if self.os_user:
            entry = pwd.getpwnam(self.os_user)
            os.chown(path, entry.pw_uid, entry.pw_gid)

    def init(self) -> None:
        """initdb (once): a 0700 directory, trust on the socket, a password for TCP."""
        if (self.data / "PG_VERSION").exists():
            return
        self.root.mkdir(parents=True, exist_ok=True)
        if (
            self.os_user
            and subprocess.run(
                ["runuser", "-u", self.os_user, "--", "test", "-x", str(self.root.parent)],
                check=False,
            ).returncode
        ):
            raise PostgresUnavailable(
                f"PostgreSQL runs as {self.os_user!r} here (we are root), and that user cannot"
                f" reach {self.root.parent}: choose a directory it can reach"
            )
        for path in (self.root, self.socket_dir):
            path.mkdir(parents=True, exist_ok=True)
            path.chmod(0o700)
            self._hand_over(path)
        secret = self.root / "password"
        secret.write_text(secrets.token_urlsafe(24) + "\n", encoding="utf-8")
        secret.chmod(0o600)
        self._hand_over(secret)
        (self.root / "port").write_text(str(self.port), encoding="utf-8")
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            f"--pwfile={secret}",
            "-E",
            "UTF8",
            "--no-instructions",
            *([] if self.fsync else ["--no-sync"]),
        )

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1"
            " -c max_connections=200"
        )
        if not self.fsync:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        log = str(self.root / "log")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", log, "-w", "start")

    def running(self) -> bool:
        return self._run("pg_ctl", "-D", str(self.data), "status", check=False).returncode == 0

    def stop(self) -> None:
        if self.data.exists() and self.running():
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def psql(self, sql: str, dbname: str = "postgres") -> str:
        """Run SQL as the superuser over the socket; returns the unaligned output."""
        return self._run(
            "psql",
            "-X",
            "-q",
            "-A",
            "-t",
            "-v",
            "ON_ERROR_STOP=1",
            "-h",
            str(self.socket_dir),
            "-p",
            str(self.port),
            "-U",
            SUPERUSER,
            "-d",
            dbname,
            "-c",
            sql,
        ).stdout.strip()

    def create_database(self, name: str) -> None:
        if not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
            raise ValueError(f"database name {name!r}: lower-case letters, digits and _ only")
        if not self.psql(f"SELECT 1 FROM pg_database WHERE datname = '{name}'"):
            self.psql(f"CREATE DATABASE {name}")

    def drop_database(self, name: str) -> None:
        self.psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def conninfo(self, dbname: str) -> str:
        """libpq conninfo over the Unix socket (no password needed: the socket is private)."""
        return f"dbname={dbname} host={self.socket_dir} port={self.port} user={SUPERUSER}"

    def lake_address(self, dbname: str) -> str:
        return f"ducklake:postgres:{self.conninfo(dbname)}"

    def sqlalchemy_url(self, dbname: str) -> str:
        """Prefect's server database URL (asyncpg over TCP to 127.0.0.1, with the password)."""
        return f"postgresql+asyncpg://{SUPERUSER}:{self.password}@127.0.0.1:{self.port}/{dbname}"

    def database_bytes(self, dbname: str) -> int:
        return int(self.psql(f"SELECT pg_database_size('{dbname}')"))


@contextmanager
def throwaway_server(fsync: bool = False) -> Iterator[PgServer]:
    """A server in a fresh temp directory, stopped and deleted on exit (tests, benchmarks).

    The directory is made under the system temp dir, not a per-user one, because as root the
    server runs as `postgres`, which must be able to reach it."""
    root = Path(tempfile.mkdtemp(prefix="drillwatch-pg-", dir=tempfile.gettempdir()))
    server = PgServer(root / "pg", fsync=fsync)
    try:
        if server.os_user:
            entry = pwd.getpwnam(server.os_user)
            os.chown(root, entry.pw_uid, entry.pw_gid)
        server.init()
        server.start()
        yield server
    finally:
        with contextlib.suppress(Exception):
            server.stop()
        shutil.rmtree(root, ignore_errors=True)
