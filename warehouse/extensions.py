"""DuckDB extensions from the installed Python packages only, never from the internet.

The lake needs two extensions, `ducklake` and `postgres_scanner`. DuckDB's habit is to download
a missing extension at run time; here nothing may ever be downloaded. The packages
`duckdb-extension-ducklake` and `duckdb-extension-postgres` (pinned and hash-locked like every
other dependency) ship the signed binaries in site-packages, so we lay out a private extension
directory of symlinks to them, `<dir>/v<duckdb version>/<platform>/<name>.duckdb_extension`,
and point `extension_directory` at it with auto-install and auto-load switched off. The
postgres package names its file `postgres.duckdb_extension` while the extension calls itself
`postgres_scanner`, which is the name DuckDB looks for, so the link carries that name.
"""

from __future__ import annotations

import contextlib
import os
from functools import lru_cache
from pathlib import Path

import duckdb

# extension name as DuckDB loads it -> (Python package, file name inside the package)
PACKAGED = {
    "ducklake": ("duckdb_extension_ducklake", "ducklake.duckdb_extension"),
    "postgres_scanner": ("duckdb_extension_postgres", "postgres.duckdb_extension"),
    # Only for a lake whose data path is in object storage (s3://, gs://, ...); not a
    # dependency of drillwatch: pip install duckdb-extension-httpfs==<duckdb version>.
    "httpfs": ("duckdb_extension_httpfs", "httpfs.duckdb_extension"),
}
OPTIONAL = {"httpfs"}
OFFLINE_CONFIG = {
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "allow_community_extensions": False,
}


class ExtensionMissingError(RuntimeError):
    """An extension the lake needs is not installed as a package; the message says which."""


def duckdb_version() -> str:
    return "v" + duckdb.__version__


@lru_cache(maxsize=1)
def platform() -> str:
    """DuckDB's platform string (linux_amd64, osx_arm64, ...), asked of DuckDB itself."""
    with duckdb.connect(":memory:") as conn:
        return conn.execute("PRAGMA platform").fetchone()[0]


def packaged_file(name: str) -> Path:
    """The binary of extension `name` inside its installed package."""
    package, filename = PACKAGED[name]
    try:
        module = __import__(package)
    except ImportError as exc:
        raise ExtensionMissingError(
            f"the DuckDB extension {name} is not installed: pip install "
            f"{package.replace('_', '-')}=={duckdb.__version__}"
        ) from exc
    base = Path(module.__file__).parent / "extensions" / duckdb_version()
    path = base / filename
    if not path.is_file():
        raise ExtensionMissingError(
            f"{package} has no {filename} for DuckDB {duckdb.__version__} (found in {base.parent}:"
            f" {sorted(p.name for p in base.parent.iterdir()) if base.parent.is_dir() else []})"
        )
    return path


def _cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "drillwatch" / "duckdb_extensions"


@lru_cache(maxsize=1)
def extension_directory() -> str:
    """A directory laid out the way DuckDB expects, holding links to the packaged binaries.

    Lives in the user's cache directory (0700), not in a shared temp directory another user
    could prepare. Each link is (re)made with an atomic rename, so several processes starting
    at once never see a half-made link. DuckDB also checks each binary's signature on LOAD.
    """
    root = _cache_root()
    target_dir = root / duckdb_version() / platform()
    target_dir.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        root.chmod(0o700)
    for name in PACKAGED:
        try:
            source = packaged_file(name)
        except ExtensionMissingError:
            if name in OPTIONAL:
                continue
            raise
        link = target_dir / f"{name}.duckdb_extension"
        if link.is_symlink() and os.readlink(link) == str(source):
            continue
        tmp = target_dir / f".{name}.{os.getpid()}.tmp"
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        tmp.symlink_to(source)
        os.replace(tmp, link)
    return str(root)


def offline_config() -> dict[str, object]:
    """`duckdb.connect(config=...)` for a connection that loads extensions from packages only."""
    return {"extension_directory": extension_directory(), **OFFLINE_CONFIG}


def load(conn: duckdb.DuckDBPyConnection, *names: str) -> None:
    """LOAD the named extensions (from `extension_directory`; nothing is ever installed)."""
    for name in names:
        packaged_file(name)  # a missing package is one line naming it, not DuckDB's download
        conn.execute(f"LOAD {name}")
