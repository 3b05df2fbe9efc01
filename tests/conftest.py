"""Shared fixtures: a real HTTP server on 127.0.0.1, fixture files, warehouse paths, Prefect.

Settings are pinned through the environment before anything reads them, so the fetcher's
timeouts are short enough for the timeout tests and the address guard allows loopback.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from faultserver import FaultServer
from pytest_httpserver import HTTPServer

os.environ.update(
    {
        "DRILLWATCH_CONNECT_TIMEOUT_S": "2",
        "DRILLWATCH_READ_TIMEOUT_S": "1",
        "DRILLWATCH_TOTAL_TIMEOUT_S": "4",
        "DRILLWATCH_MAX_FEED_BYTES": str(2 * 1024 * 1024),
        "DRILLWATCH_MAX_PAGE_BYTES": str(1024 * 1024),
        "DRILLWATCH_LOCK_WAIT_S": "30",
        "DRILLWATCH_EXTRACTION_WORKERS": "1",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_LOGGING_LEVEL": "WARNING",
    }
)

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(os.environ.get("DRILLWATCH_SHARED", Path(__file__).resolve().parents[2] / "shared"))

CONTENT_TYPES = {
    ".xml": "application/rss+xml",
    ".rdf": "application/rdf+xml",
    ".html": "text/html; charset=utf-8",
}


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    """A threaded HTTP server on 127.0.0.1 (threaded, so a slow handler blocks nothing else)."""
    srv = HTTPServer(host="127.0.0.1", threaded=True)
    srv.no_handler_status_code = 404
    srv.start()
    try:
        yield srv
    finally:
        srv.clear()
        if srv.is_running():
            srv.stop()


def base_url(srv: HTTPServer) -> str:
    return srv.url_for("/").rstrip("/")


def fixture_bytes(name: str, base: str) -> bytes:
    return (FIXTURES / name).read_bytes().replace(b"{{BASE}}", base.encode())


def serve_fixture(
    srv: HTTPServer,
    path: str,
    name: str,
    content_type: str | None = None,
    headers: dict[str, str] | None = None,
) -> None:
    """Serve a fixture file (with {{BASE}} filled in) at `path`, any number of times."""
    ctype = content_type or CONTENT_TYPES.get(Path(name).suffix, "application/octet-stream")
    srv.expect_request(path).respond_with_data(
        fixture_bytes(name, base_url(srv)), content_type=ctype, headers=headers or {}
    )


def serve_pages(srv: HTTPServer) -> None:
    """Every fixture article page under /pages/, plus a PDF under /files/."""
    for page in (FIXTURES / "pages").iterdir():
        serve_fixture(srv, f"/pages/{page.name}", f"pages/{page.name}")
    srv.expect_request("/files/survey.pdf").respond_with_data(
        b"%PDF-1.4\n% fixture\n", content_type="application/pdf"
    )


def write_feeds(path: Path, urls: list[str]) -> Path:
    feeds = [{"name": f"feed {i}", "url": url, "language": "en"} for i, url in enumerate(urls)]
    path.write_text(yaml.safe_dump({"feeds": feeds}), encoding="utf-8")
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "warehouse.duckdb"


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One Prefect test harness per session (entering it costs about ten seconds)."""
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings
    from prefect.testing.utilities import prefect_test_harness

    # The default 30 s startup limit was exceeded once on a loaded CI machine (every
    # flow test then errored); a slow start is not what these tests are about.
    with (
        prefect_test_harness(server_startup_timeout=180),
        temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}),
    ):
        yield


REPO = Path(__file__).resolve().parents[1]


def drillwatch(
    *args: str, env: dict[str, str] | None = None, stdin: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "flows", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=240,
        env={**os.environ, "COLUMNS": "250", **(env or {})},
        cwd=cwd or REPO,
    )


@pytest.fixture
def prefect_env(prefect_harness) -> dict[str, str]:
    """Point child processes at the session's Prefect test server (no ephemeral start-up)."""
    from prefect.settings import PREFECT_API_URL

    return {"PREFECT_API_URL": PREFECT_API_URL.value()}


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now (for the demo site, whose port is fixed)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def postgres():
    """A real, throwaway PostgreSQL for the lake's catalog: one server per session, stopped and
    deleted at the end. Skipped only where PostgreSQL is not installed, and never on CI (whose
    .ci/run installs it)."""
    from flows.pgserver import find_bindir, throwaway_server

    if find_bindir() is None:
        reason = "PostgreSQL is not installed (apt-get install -y postgresql): lake tests need one"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; .ci/run installs it on CI")
        pytest.skip(reason)
    with throwaway_server() as server:
        yield server


@pytest.fixture
def lake(postgres, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh lake: its own catalog database on the session's server, data under tmp_path.
    DRILLWATCH_LAKE_DATA is set for this process and the processes it starts."""
    import uuid

    name = f"lake_{uuid.uuid4().hex[:10]}"
    postgres.create_database(name)
    monkeypatch.setenv("DRILLWATCH_LAKE_DATA", str(tmp_path / "lake-data"))
    try:
        yield postgres.lake_address(name)
    finally:
        postgres.drop_database(name)


def run_command(feeds: Path, db: Path) -> list[str]:
    """`drillwatch run` as a separate process, against the fault server on 127.0.0.1."""
    return [
        sys.executable,
        "-m",
        "flows",
        "run",
        "--feeds",
        str(feeds),
        "--db",
        str(db),
        "--allow-private-networks",
    ]


@pytest.fixture
def faults() -> Iterator[FaultServer]:
    """A scriptable HTTP server on 127.0.0.1 for feeds and pages that misbehave on purpose."""
    with FaultServer() as srv:
        yield srv
