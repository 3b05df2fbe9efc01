"""SIGKILL in the middle of a real `drillwatch run`, then run again: nothing lost, nothing twice.

The site has two feeds on two host names for 127.0.0.1 (`127.0.0.1` and `localhost`), and
DRILLWATCH_FEEDS_PER_BATCH=1, so a run is two batches, each committed on its own. Pages are
slow, like a real site's. Two kill points:

- after the first batch committed: the second feed's request is held open by the server, and
  the kill lands while the run waits for it;
- while the warehouse is being written: the kill lands the moment DuckDB's write-ahead log
  appears (or first holds data) after the first batch's pages were served, i.e. inside the
  store or its commit.

After either kill the file must open, every feed's state must be there exactly when its
articles are (they commit together), and a second run must finish the job with no duplicates.
"""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest
from conftest import run_command, write_feeds
from faultserver import Conn, FaultServer, Request, delayed, respond

REPO = Path(__file__).resolve().parents[1]
ENTRIES = 6
PAGE_DELAY_S = 0.15
HOSTS = ("127.0.0.1", "localhost")
STORY = (
    "Troops from four countries began a two-week land exercise near the border on Monday, "
    "with armoured units, artillery and helicopters taking part in live-fire drills. The "
    "defence ministry said about three thousand soldiers were involved and that the exercise "
    "would end with a combined assault on a mock town. "
)


class Site:
    """Two feeds and their slow pages; optionally holds the second feed requested."""

    def __init__(self, faults: FaultServer) -> None:
        self.faults = faults
        self.hold_second_feed = False
        self.second_feed_reached = threading.Event()
        self._feeds_seen: list[str] = []
        self._lock = threading.Lock()
        self.feed_urls = [self._add_feed(host) for host in HOSTS]

    def _add_feed(self, host: str) -> str:
        base = self.faults.url("", host=host)
        tag = "a" if host == HOSTS[0] else "b"
        items = "".join(
            f"<item><title>Story {tag}{n}</title><link>{base}/{tag}/story-{n}.html</link>"
            f"<guid>{tag}-{n}</guid><description>Summary {tag}{n}.</description></item>"
            for n in range(ENTRIES)
        )
        body = (
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>{tag}</title>'
            f"{items}</channel></rss>"
        ).encode()
        answer = respond(body)

        def feed(conn: Conn, request: Request) -> None:
            with self._lock:
                self._feeds_seen.append(tag)
                second = (
                    len(set(self._feeds_seen)) == 2
                    and self._feeds_seen[-1] not in (self._feeds_seen[:-1])
                )
            if second and self.hold_second_feed:
                self.second_feed_reached.set()
                conn.pause(30)  # until the test kills the client (or the server stops)
                return
            answer(conn, request)

        for n in range(ENTRIES):
            html = (
                f"<html><head><title>Story {tag}{n}</title></head><body><article>"
                f"<h1>Story {tag}{n}</h1><p>{STORY * 2}</p><p>Item {tag}{n}.</p>"
                "</article></body></html>"
            ).encode()
            self.faults.route(
                f"/{tag}/story-{n}.html",
                delayed(PAGE_DELAY_S, respond(html, content_type="text/html")),
            )
        self.faults.route(f"/{tag}.xml", feed)
        return f"{base}/{tag}.xml"

    def feeds_requested(self) -> list[str]:
        with self._lock:
            return list(self._feeds_seen)

    def pages_served(self, tag: str) -> int:
        return sum(1 for r in self.faults.requests() if r.path.startswith(f"/{tag}/"))


@pytest.fixture
def run_env(prefect_harness) -> dict[str, str]:
    """Child processes talk to the session's Prefect test server and run one feed per batch."""
    from prefect.settings import PREFECT_API_URL

    return {
        **os.environ,
        "PREFECT_API_URL": PREFECT_API_URL.value(),
        "DRILLWATCH_FEEDS_PER_BATCH": "1",
        "COLUMNS": "200",
    }


def start_run(feeds: Path, db: Path, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        run_command(feeds, db),
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def kill_when(proc: subprocess.Popen, condition: Callable[[], bool], timeout_s: float) -> str:
    """SIGKILL `proc` the moment `condition` holds; say why the wait ended."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return "exited"
        if condition():
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            return "killed"
        time.sleep(0.0005)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    return "timeout"


def query(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as conn:
        return conn.execute(sql).fetchall()


def assert_state_commits_with_articles(db: Path) -> dict[str, int]:
    """Per feed: either state and all its articles are stored, or neither is."""
    rows = query(
        db,
        """
        SELECT f.configured_url, f.last_polled_at IS NOT NULL,
               (SELECT count(*) FROM core.feed_entries e WHERE e.feed_id = f.feed_id),
               (SELECT count(*) FROM core.articles a WHERE a.feed_id = f.feed_id),
               (SELECT count(*) FROM core.poll_log p WHERE p.feed_id = f.feed_id)
        FROM core.feeds f""",
    )
    stored = {}
    for url, polled, entries, articles, logged in rows:
        assert (entries, articles, logged) == ((ENTRIES, ENTRIES, 1) if polled else (0, 0, 0)), url
        stored[url] = entries
    return stored


def assert_complete_and_unique(db: Path) -> None:
    assert query(db, "SELECT count(*), count(DISTINCT url_key) FROM core.articles") == [
        (2 * ENTRIES, 2 * ENTRIES)
    ]
    assert query(
        db, "SELECT count(*), count(DISTINCT (feed_id, entry_key)) FROM core.feed_entries"
    ) == [(2 * ENTRIES, 2 * ENTRIES)]
    assert query(db, "SELECT count(*) FROM core.feeds WHERE last_outcome = 'ok'") == [(2,)]


def test_killed_after_the_first_batch_committed(faults, tmp_path, run_env):
    site = Site(faults)
    site.hold_second_feed = True
    feeds = write_feeds(tmp_path / "feeds.yaml", site.feed_urls)
    db = tmp_path / "dw.duckdb"

    proc = start_run(feeds, db, run_env)
    why = kill_when(proc, site.second_feed_reached.is_set, timeout_s=120)
    assert why == "killed", proc.stderr.read() if proc.stderr else why

    stored = assert_state_commits_with_articles(db)
    first = site.feeds_requested()[0]
    assert sorted(stored.values()) == [0, ENTRIES]  # the first batch is in, the second is not

    site.hold_second_feed = False
    faults.clear_log()
    again = start_run(feeds, db, run_env)
    out, err = again.communicate(timeout=180)
    assert again.returncode == 0, err
    assert_complete_and_unique(db)
    # the committed feed was not due again, so neither it nor its pages were fetched twice
    assert site.pages_served(first) == 0
    assert [r.path for r in faults.requests() if r.path.endswith(".xml")] == [
        f"/{'b' if first == 'a' else 'a'}.xml"
    ]


@pytest.mark.parametrize("moment", ["log-created", "log-written"])
def test_killed_while_the_warehouse_is_being_written(faults, tmp_path, run_env, moment):
    """Killed as DuckDB's write-ahead log appears, or once it holds data, during the store.

    Depending on the exact instant the commit is either incomplete (recovery discards it) or
    complete but not yet checkpointed (recovery replays it); both must leave a consistent file.
    The second feed is held as a backstop, so the run cannot finish before the kill even if
    the log came and went between two looks.
    """
    site = Site(faults)
    site.hold_second_feed = True
    feeds = write_feeds(tmp_path / "feeds.yaml", site.feed_urls)
    db = tmp_path / "dw.duckdb"
    wal = Path(f"{db}.wal")

    def storing_first_batch() -> bool:
        seen = site.feeds_requested()
        if not seen or site.pages_served(seen[0]) < ENTRIES:
            return False
        try:
            size = wal.stat().st_size
        except FileNotFoundError:
            return site.second_feed_reached.is_set()
        return size > 0 or moment == "log-created"

    proc = start_run(feeds, db, run_env)
    why = kill_when(proc, storing_first_batch, timeout_s=120)
    assert why == "killed", proc.stderr.read() if proc.stderr else why

    # the file opens (DuckDB replays or discards the log) and the batch is all or nothing
    assert_state_commits_with_articles(db)

    site.hold_second_feed = False
    again = start_run(feeds, db, run_env)
    out, err = again.communicate(timeout=180)
    assert again.returncode == 0, err
    assert_complete_and_unique(db)
