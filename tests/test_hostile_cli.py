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
from pathlib import Path

import duckdb
import pytest
from conftest import run_command
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
        run_command(feeds, db),
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


# --- Every path a user can take: one line, exit 2 (issue 10, section 3) --------------------

ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00" + bytes(range(256)) * 4
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
EXERCISE_TEXT = (
    "Navies of Chile and Peru began the Pacific Condor joint naval exercise off Callao on "
    "Monday, with six warships and two submarines taking part, the Chilean navy said."
)


def _warehouse(path: Path, filler_rows: int = 0) -> Path:
    with open_writer(path) as conn:
        if filler_rows:
            conn.execute(
                "CREATE TABLE main.filler AS SELECT range AS i, repeat('x', 200) || range AS s"
                f" FROM range({filler_rows})"
            )
            conn.execute("CHECKPOINT")
    return path


def _setup(case: str, tmp: Path) -> tuple[list[str], dict[str, str]]:
    """Files for one case; returns (arguments, extra environment)."""
    env: dict[str, str] = {}
    if case.startswith("truncated-"):
        full = _warehouse(tmp / "full.duckdb", filler_rows=60_000)
        (tmp / "t.duckdb").write_bytes(full.read_bytes()[:500_000])  # `head -c 500000`
        (tmp / "feeds.yaml").write_text("feeds:\n  - url: http://127.0.0.1:9/f.xml\n")
    files = {
        "eval-list": b"[1, 2, 3]\n",
        "eval-binary": ELF,
        "eval-empty": b"",
        "eval-no-label": b'{"id": "a", "text": "drills"}\n',
        "eval-maybe": b'{"id": "a", "text": "drills", "label": "maybe"}\n',
        "eval-no-text": b'{"id": "a", "label": "other"}\n',
        "detect-elf": ELF,
        "detect-png": PNG,
        "detect-empty": b"",
    }
    if case in files:
        (tmp / "input").write_bytes(files[case])
    if case == "feed-key-typo":
        (tmp / "feeds.yaml").write_text(
            "feeds:\n  - url: http://127.0.0.1:9/f.xml\n    interval_minute: 5\n"
        )
    if case == "broken-toml":
        (tmp / "drillwatch.toml").write_text("db = \n")
        env["DRILLWATCH_SETTINGS_FILE"] = str(tmp / "drillwatch.toml")
    if case == "bad-lock-wait":
        env["DRILLWATCH_LOCK_WAIT_S"] = "abc"
    t = str(tmp)
    args = {
        "sql-empty": ["sql", "--db", str(_warehouse(tmp / "w.duckdb")), ""],
        "truncated-trends": ["trends", "--db", f"{t}/t.duckdb"],
        "truncated-export": ["export", "--db", f"{t}/t.duckdb", "--to", f"{t}/out"],
        "truncated-feeds-list": [
            "feeds",
            "list",
            "--feeds",
            f"{t}/feeds.yaml",
            "--db",
            f"{t}/t.duckdb",
        ],
        "truncated-sql": ["sql", "--db", f"{t}/t.duckdb", "SELECT 1"],
        "broken-toml": ["--help"],
        "bad-lock-wait": ["--help"],
        "feed-key-typo": ["feeds", "list", "--feeds", f"{t}/feeds.yaml"],
        "reprocess-typo": ["reprocess", "--db", f"{t}/typo.duckdb"],
    }.get(case)
    if args is None:
        args = [case.split("-")[0], f"{t}/input"]
    return args, env


HOSTILE = {
    "sql-empty": "empty query",
    "truncated-trends": "t.duckdb",
    "truncated-export": "t.duckdb",
    "truncated-feeds-list": "t.duckdb",
    "truncated-sql": "t.duckdb",
    "eval-list": "expected a JSON object",
    "eval-binary": "not UTF-8",
    "eval-empty": "no items",
    "eval-no-label": "'label' must be",
    "eval-maybe": "'maybe'",
    "eval-no-text": "has no 'text'",
    "broken-toml": "not valid TOML",
    "bad-lock-wait": "LOCK_WAIT_S",
    "detect-elf": "binary data",
    "detect-png": "binary data",
    "detect-empty": "is empty",
    "feed-key-typo": "did you mean 'interval_minutes'",
    "reprocess-typo": "no warehouse",
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_every_bad_input_is_one_line_and_exit_2(case, tmp_path):
    args, env = _setup(case, tmp_path)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    result = drillwatch(*args, env=env)
    assert_one_line_error(result, HOSTILE[case])
    after = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert after == before  # nothing created, nothing changed (no typo.duckdb, no export)


def test_a_utf16_copy_of_an_article_reads_like_the_original(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes(EXERCISE_TEXT.encode("utf-16"))
    result = drillwatch("detect", "--published", "2026-05-04", str(path))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["is_exercise"] is True


# --- drillwatch sql is read-only for real (issue 10, section 2) ---------------------------

WRITES = {
    "copy-over-warehouse": "COPY (SELECT 'oops' AS x) TO '{db}' (FORMAT csv)",
    "export-database": "EXPORT DATABASE '{tmp}/exported'",
    "read-text": "SELECT * FROM read_text('/etc/hostname')",
    "read-csv": "SELECT * FROM read_csv('/etc/passwd')",
    "file-by-path": "SELECT * FROM '{tmp}/other.duckdb'",
    "install": "INSTALL httpfs",
    "load": "LOAD httpfs",
    "attach": "ATTACH '{tmp}/other.duckdb' AS other",
    "detach": "DETACH w",
    "set": "SET enable_external_access = true",
    "pragma": "PRAGMA enable_profiling",
    "checkpoint": "CHECKPOINT",
    "call": "CALL pragma_version()",
    "two-statements": "SELECT 1; SELECT 2",
    "create": "CREATE TABLE main.x AS SELECT 1",
}


@pytest.mark.parametrize("case", list(WRITES))
def test_sql_refuses_everything_but_a_query(case, tmp_path):
    db = _warehouse(tmp_path / "w.duckdb", filler_rows=100)
    _warehouse(tmp_path / "other.duckdb")
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    query = WRITES[case].format(db=db, tmp=tmp_path)
    result = drillwatch("sql", "--db", str(db), query)
    assert_one_line_error(result)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
    assert not (tmp_path / "exported").exists()


def test_sql_still_answers_questions(tmp_path):
    db = _warehouse(tmp_path / "w.duckdb", filler_rows=100)
    for query in (
        "SELECT count(*) AS n FROM filler",
        "FROM filler LIMIT 1",
        "DESCRIBE filler",
        "SUMMARIZE filler",
        "EXPLAIN SELECT 1",
    ):
        result = drillwatch("sql", "--db", str(db), "--format", "json", query)
        assert result.returncode == 0, (query, result.stderr)
    assert json.loads(
        drillwatch(
            "sql", "--db", str(db), "--format", "json", "SELECT count(*) AS n FROM filler"
        ).stdout
    ) == {"n": 100}
