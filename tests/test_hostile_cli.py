"""Bad configuration and a failing disk as a user meets them: one line, non-zero, nothing half-done.

Extends tests/test_cli.py (broken YAML, a database path under a file, an unknown column) to the
rest of what a hand-edited feeds file, a mistyped --db or a full disk can do. Every case runs
the real command in a child process and checks the whole of stderr, the exit code, and that no
warehouse was created or changed by the failed command.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from faultserver import FaultServer, delayed, dynamic, respond

from warehouse import open_writer

REPO = Path(__file__).resolve().parents[1]

# Runs `python -m flows` with a cap on the size of any file it writes (RLIMIT_FSIZE), the
# unprivileged way to make a disk "full" for one process. SIGXFSZ is ignored so the write
# fails with EFBIG instead of killing the process.
FULL_DISK_LAUNCHER = """
import resource, runpy, signal, sys
limit = int(sys.argv.pop(1))
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
sys.argv[0] = "drillwatch"
runpy.run_module("flows", run_name="__main__")
"""


def drillwatch(
    *args: str, env: dict[str, str] | None = None, limit_bytes: int | None = None
) -> subprocess.CompletedProcess:
    prefix = [sys.executable, "-m", "flows"]
    if limit_bytes is not None:
        prefix = [sys.executable, "-c", FULL_DISK_LAUNCHER, str(limit_bytes)]
    return subprocess.run(
        [*prefix, *args],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=REPO,
        env={**os.environ, "COLUMNS": "200", **(env or {})},
    )


def assert_one_line_error(result: subprocess.CompletedProcess, *fragments: str) -> None:
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("drillwatch: error: "), result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in result.stderr, result.stderr


@pytest.fixture
def prefect_env(prefect_harness) -> dict[str, str]:
    from prefect.settings import PREFECT_API_URL

    return {"PREFECT_API_URL": PREFECT_API_URL.value()}


FEEDS_FILES = {
    "not-a-mapping": ("- http://127.0.0.1/feed.xml\n", "expected a mapping"),
    "feeds-not-a-list": ("feeds: 5\n", "expected a mapping with a 'feeds:' list"),
    "empty-file": ("", "expected a mapping"),
    "entry-not-a-mapping": ("feeds:\n  - 42\n", "feed #1: expected a mapping"),
    "missing-url": ("feeds:\n  - name: no url\n", "'url' is missing"),
    "ftp-url": ("feeds:\n  - url: ftp://127.0.0.1/feed.xml\n", "invalid URL"),
    "no-host": ("feeds:\n  - url: 'http:///feed.xml'\n", "invalid URL"),
    "not-a-url": ("feeds:\n  - url: just some words\n", "invalid URL"),
    "bad-interval": (
        "feeds:\n  - url: http://127.0.0.1/f.xml\n    interval_minutes: -5\n",
        "interval_minutes",
    ),
    "bad-tags": ("feeds:\n  - url: http://127.0.0.1/f.xml\n    tags: {a: 1}\n", "tags"),
    "not-utf8": (b"feeds:\n  - url: http://127.0.0.1/\xff\xfe.xml\n", "cannot read"),
}


@pytest.mark.parametrize("case", list(FEEDS_FILES))
def test_an_invalid_feeds_file_is_one_line_and_creates_nothing(case, tmp_path):
    content, fragment = FEEDS_FILES[case]
    feeds = tmp_path / "feeds.yaml"
    if isinstance(content, bytes):
        feeds.write_bytes(content)
    else:
        feeds.write_text(content, encoding="utf-8")
    db = tmp_path / "dw.duckdb"
    result = drillwatch("run", "--feeds", str(feeds), "--db", str(db))
    assert_one_line_error(result, str(feeds), fragment)
    assert not db.exists()


def test_a_feeds_file_that_is_a_directory_or_missing_is_one_line(tmp_path):
    for feeds, fragment in ((tmp_path, "cannot read"), (tmp_path / "absent.yaml", "no such")):
        result = drillwatch("run", "--feeds", str(feeds), "--db", str(tmp_path / "dw.duckdb"))
        assert_one_line_error(result, fragment)


def test_a_broken_ipv6_url_is_one_line(tmp_path):
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("feeds:\n  - url: 'http://[::1/feed.xml'\n", encoding="utf-8")
    result = drillwatch("run", "--feeds", str(feeds), "--db", str(tmp_path / "dw.duckdb"))
    assert_one_line_error(result, "invalid URL")


@pytest.mark.parametrize("kind", ["directory", "not-duckdb", "empty"])
def test_a_database_path_that_is_not_a_database_is_one_line_before_polling(kind, tmp_path):
    """Caught by the up-front check, so no poll starts (and Prefect never logs a traceback)."""
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("feeds:\n  - url: http://127.0.0.1:9/feed.xml\n", encoding="utf-8")
    db = tmp_path / "dw.duckdb"
    if kind == "directory":
        db.mkdir()
    else:
        db.write_bytes(b"" if kind == "empty" else b"SQLite format 3\x00" + b"\x00" * 200)
    before = None if kind == "directory" else db.read_bytes()
    result = drillwatch("run", "--feeds", str(feeds), "--db", str(db))
    assert_one_line_error(result, str(db))
    if before is not None:
        assert db.read_bytes() == before


def test_sql_refuses_bad_queries_and_writes_in_one_line(tmp_path):
    db = tmp_path / "dw.duckdb"
    with open_writer(db) as conn:
        conn.execute(
            "INSERT INTO core.feeds (feed_id, name, configured_url, url, "
            "interval_minutes, created_at, updated_at) VALUES "
            "('f1', 'one', 'http://x/', 'http://x/', 30, now(), now())"
        )
    cases = {
        "SELECT * FROM no_such_table": "no_such_table",
        "SELEC name FROM feed_status": "syntax error",
        "DELETE FROM core.feeds": "read-only",
        "SELECT name FROM feed_status; DROP TABLE core.feeds": "read-only",
    }
    for sql, fragment in cases.items():
        assert_one_line_error(drillwatch("sql", sql, "--db", str(db)), fragment)
    count = drillwatch(
        "sql", "SELECT count(*) AS n FROM feed_status", "--db", str(db), "--format", "json"
    )
    assert json.loads(count.stdout) == {"n": 1}
    garbage = tmp_path / "garbage.duckdb"
    garbage.write_bytes(b"not a database at all")
    assert_one_line_error(drillwatch("sql", "SELECT 1", "--db", str(garbage)), "cannot open")


@pytest.fixture
def faults() -> Iterator[FaultServer]:
    with FaultServer() as srv:
        yield srv


# The full-disk tests need their big feeds to arrive whatever the machine's load: the suite's
# short fetch budgets (conftest) are for the fault tests, not for these.
PATIENT_FETCH = {
    "DRILLWATCH_READ_TIMEOUT_S": "30",
    "DRILLWATCH_TOTAL_TIMEOUT_S": "90",
    "DRILLWATCH_MAX_FEED_BYTES": str(8 * 1024 * 1024),
}


def growing_feeds(faults: FaultServer, feeds: int = 4) -> tuple[list[str], dict[str, int]]:
    """Feeds whose entry count the test sets; each entry carries ~120 KB of unique text.

    The article links lead nowhere (404), so every article is stored from its summary and
    the test spends its time writing, not extracting.
    """
    size = {"entries": 1}

    def summary(tag: str) -> str:
        words = [hashlib.sha256(f"{tag}-{i}".encode()).hexdigest()[:12] for i in range(9000)]
        return " ".join(words)

    def feed_of(f: int):
        def feed(_request) -> tuple[int, dict[str, str], bytes]:
            items = "".join(
                f"<item><title>Readiness story {f}-{n}</title>"
                f"<link>{faults.url(f'/p/{f}/{n}.html')}</link><guid>story-{f}-{n}</guid>"
                f"<description>{summary(f'{f}-{n}')}</description></item>"
                for n in range(size["entries"])
            )
            body = f'<rss version="2.0"><channel><title>grow</title>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml"}, body.encode()

        return feed

    return [faults.route(f"/feed{f}.xml", dynamic(feed_of(f))) for f in range(feeds)], size


def feeds_file(path: Path, urls: list[str]) -> Path:
    path.write_text("feeds:\n" + "".join(f"  - url: {u}\n" for u in urls), encoding="utf-8")
    return path


def test_a_full_disk_is_one_line_and_the_warehouse_survives(faults, tmp_path, prefect_env):
    urls, size = growing_feeds(faults)
    feeds = feeds_file(tmp_path / "feeds.yaml", urls)
    db = tmp_path / "dw.duckdb"
    args = ("run", "--feeds", str(feeds), "--db", str(db), "--allow-private-networks")
    env = {**prefect_env, **PATIENT_FETCH}
    first = drillwatch(*args, env=env)
    assert first.returncode == 0, first.stderr

    def articles() -> list[tuple]:
        with duckdb.connect(str(db), read_only=True) as conn:
            return conn.execute("SELECT url_key FROM core.articles ORDER BY 1").fetchall()

    stored = articles()
    assert len(stored) == 4
    with duckdb.connect(str(db)) as conn:
        conn.execute("UPDATE core.feeds SET next_poll_at = NULL")
    size["entries"] = 16  # 60 new x ~120 KB, stored twice (text, summary): about 14 MB, against
    # a 5 MB file of which 20 such articles fill the free pages
    full = drillwatch(*args, env=env, limit_bytes=db.stat().st_size)
    assert full.returncode == 2, full.stdout + full.stderr
    assert_one_line_error(full, "drillwatch: error: writing ", "File too large")
    assert articles() == stored  # the failed batch left nothing behind ...

    again = drillwatch(*args, env=env)  # ... and the next run stores all of it
    assert again.returncode == 0, again.stderr
    assert len(articles()) == 64


def test_a_failure_inside_the_poll_prints_no_traceback(faults, tmp_path, prefect_env):
    urls, size = growing_feeds(faults)
    feeds = feeds_file(tmp_path / "feeds.yaml", urls)
    db = tmp_path / "dw.duckdb"
    with open_writer(db):
        pass
    size["entries"] = 16
    result = drillwatch(
        "run",
        "--feeds",
        str(feeds),
        "--db",
        str(db),
        "--allow-private-networks",
        env={**prefect_env, **PATIENT_FETCH},
        limit_bytes=db.stat().st_size,
    )
    if result.returncode != 2 or "File too large" not in result.stderr:
        raise RuntimeError(f"the disk did not fill as planned: {result.stderr[-500:]}")
    assert_one_line_error(result, "File too large")


def test_ctrl_c_during_a_poll_is_one_line_and_exit_130(faults, tmp_path, prefect_env):
    hanging = faults.route("/slow.xml", delayed(60, respond(b"<rss/>")))
    feeds = feeds_file(tmp_path / "feeds.yaml", [hanging])
    db = tmp_path / "dw.duckdb"
    env = {**os.environ, "COLUMNS": "200", **prefect_env, **PATIENT_FETCH}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "flows",
            "run",
            "--feeds",
            str(feeds),
            "--db",
            str(db),
            "--allow-private-networks",
        ],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while not faults.requests("/slow.xml") and time.monotonic() < deadline:
        time.sleep(0.2)  # interrupt once the fetch is under way, not during start-up
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert err == "drillwatch: interrupted\n"
