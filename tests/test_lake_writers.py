"""Several worker processes writing one DuckLake (Postgres catalog) at once, readers meanwhile.

Three `drillwatch run` processes poll overlapping subsets of four feeds into one lake, and the
feeds share stories (the same article link in two feeds). Each feed answers only once every
worker that polls it has asked, so the workers certainly fetch the same entries at the same
time and race to store them. Meanwhile `drillwatch sql` runs again and again on the lake.
Afterwards: every article once, every entry once, every feed's counters equal to what is
stored, and every reader answered.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
from conftest import REPO, write_feeds
from faultserver import Conn, FaultServer, Request, delayed, respond

FEEDS = 4
ENTRIES = 6
# worker -> the feeds it polls: every feed is polled by two or three workers
SUBSETS = [(0, 1, 2), (1, 2, 3), (0, 2, 3)]
WAIT_S = 60.0
TEXT = (
    "Naval units from three countries opened a week-long exercise in the eastern sea on "
    "Tuesday, practising air defence, anti-submarine warfare and replenishment at sea. "
)


class Barrier:
    """A feed that answers once `expected` requests have arrived (or a bounded wait passed)."""

    def __init__(self, body: bytes, expected: int) -> None:
        self._answer = respond(body)
        self._expected = expected
        self._arrived = 0
        self._cond = threading.Condition()

    def __call__(self, conn: Conn, request: Request) -> None:
        with self._cond:
            self._arrived += 1
            self._cond.notify_all()
            self._cond.wait_for(lambda: self._arrived >= self._expected, timeout=WAIT_S)
        self._answer(conn, request)


def story_link(faults: FaultServer, feed: int, n: int) -> str:
    # Stories 0 and 1 of every feed are the same articles as in the next feed (syndication).
    owner = (feed + 1) % FEEDS if n < 2 else feed
    return faults.url(f"/p/{owner}/{n}.html")


def build_site(faults: FaultServer, together: bool = True) -> tuple[list[str], set[str]]:
    """Feed URLs and every article link; with `together`, each feed waits for all its pollers."""
    urls, links = [], set()
    pollers = {f: sum(f in s for s in SUBSETS) if together else 1 for f in range(FEEDS)}
    for f in range(FEEDS):
        items = ""
        for n in range(ENTRIES):
            link = story_link(faults, f, n)
            links.add(link)
            items += (
                f"<item><title>Feed {f} story {n}</title><link>{link}</link>"
                f"<guid>f{f}-{n}</guid><description>Summary.</description></item>"
            )
        body = f'<rss version="2.0"><channel><title>f{f}</title>{items}</channel></rss>'
        urls.append(faults.route(f"/feed{f}.xml", Barrier(body.encode(), pollers[f])))
        for n in range(ENTRIES):
            html = (
                f"<html><body><article><h1>Story {f}-{n}</h1><p>{TEXT * 3}</p>"
                f"<p>Story {f}-{n} is its own.</p></article></body></html>"
            ).encode()
            faults.route(f"/p/{f}/{n}.html", delayed(0.2, respond(html, content_type="text/html")))
    return urls, links


def worker_env(prefect_env: dict[str, str]) -> dict[str, str]:
    return {
        **os.environ,
        **prefect_env,
        "COLUMNS": "200",
        "DRILLWATCH_READ_TIMEOUT_S": str(WAIT_S + 10),
        "DRILLWATCH_TOTAL_TIMEOUT_S": str(WAIT_S + 20),
        "DRILLWATCH_FEEDS_PER_BATCH": "1",  # a commit per feed: more commits to race
    }


def start_worker(feeds: Path, lake: str, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "flows", "run", "--feeds", str(feeds), "--db", lake]
        + ["--allow-private-networks"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def read_count(lake: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "flows", "sql", "SELECT count(*) AS n FROM articles"]
        + ["--db", lake, "--format", "json"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def lake_rows(lake: str, sql: str) -> list[tuple]:
    from warehouse import open_reader

    with open_reader(lake) as conn:
        return conn.execute(sql).fetchall()


def check_exactly_once(lake: str, links: set[str]) -> None:
    """Every article once, every (feed, entry) once, feed counters equal to what is stored."""
    articles = lake_rows(lake, "SELECT count(*), count(DISTINCT url_key) FROM core.articles")
    assert articles == [(len(links), len(links))]
    stored = {r[0] for r in lake_rows(lake, "SELECT url FROM core.articles")}
    assert stored == links
    entries = lake_rows(
        lake, "SELECT count(*), count(DISTINCT (feed_id, entry_key)) FROM core.feed_entries"
    )
    assert entries == [(FEEDS * ENTRIES, FEEDS * ENTRIES)]
    for table in ("exercise_mentions", "article_checks"):
        rows = lake_rows(lake, f"SELECT count(*), count(DISTINCT url_key) FROM core.{table}")
        assert rows[0][0] == rows[0][1], table
    assert lake_rows(lake, "SELECT count(*) FROM core.article_checks") == [(len(links),)]
    assert lake_rows(lake, "SELECT count(*), count(DISTINCT feed_id) FROM core.feeds") == [
        (FEEDS, FEEDS)
    ]
    inconsistent = lake_rows(
        lake,
        """
        SELECT f.feed_id FROM core.feeds f
        WHERE f.polls_total <> (SELECT count(*) FROM core.poll_log p WHERE p.feed_id = f.feed_id)
           OR f.entries_total <> (SELECT count(*) FROM core.feed_entries e
                                  WHERE e.feed_id = f.feed_id)
           OR f.articles_total <> (SELECT count(*) FROM core.articles a
                                   WHERE a.feed_id = f.feed_id)
           OR f.last_outcome <> 'ok' OR f.next_poll_at IS NULL
        """,
    )
    assert inconsistent == []


def test_three_workers_store_overlapping_feeds_exactly_once_while_readers_read(
    faults, lake, tmp_path, prefect_env
):
    urls, links = build_site(faults)
    env = worker_env(prefect_env)
    workers = [
        start_worker(write_feeds(tmp_path / f"w{i}.yaml", [urls[f] for f in s]), lake, env)
        for i, s in enumerate(SUBSETS)
    ]
    readings: list[int] = []
    deadline = time.monotonic() + 240
    while any(w.poll() is None for w in workers) and time.monotonic() < deadline:
        reader = read_count(lake, env)
        not_yet = ("no lake at", "no warehouse", "does not exist")
        if not readings and any(text in reader.stderr for text in not_yet):
            time.sleep(0.2)  # the first worker has not created the lake and its tables yet
            continue
        assert reader.returncode == 0 and "Traceback" not in reader.stderr, reader.stderr
        readings.append(json.loads(reader.stdout)["n"])
    outputs = [w.communicate(timeout=120) for w in workers]
    for worker, (out, err) in zip(workers, outputs, strict=True):
        assert worker.returncode == 0, err + out
    assert readings, "no reader ran while the workers wrote"
    assert readings == sorted(readings)  # committed snapshots only, never one rolled back
    check_exactly_once(lake, links)
    for f in range(FEEDS):
        polled_by = sum(f in s for s in SUBSETS)
        assert len(faults.requests(f"/feed{f}.xml")) == polled_by
    polls = lake_rows(lake, "SELECT count(DISTINCT run_id), count(*) FROM core.poll_log")
    assert polls == [(len(SUBSETS), sum(len(s) for s in SUBSETS))]


def test_a_worker_killed_mid_batch_loses_nothing_and_a_rerun_adds_nothing_twice(
    faults, lake, tmp_path, prefect_env
):
    urls, links = build_site(faults, together=False)
    env = worker_env(prefect_env)
    # Worker 0 and 1 poll together; worker 0 is killed while its pages are being fetched,
    # that is, in the middle of a batch and before that batch's commit.
    feeds = [
        write_feeds(tmp_path / f"w{i}.yaml", [urls[f] for f in s]) for i, s in enumerate(SUBSETS)
    ]
    doomed = start_worker(feeds[0], lake, env)
    survivor = start_worker(feeds[1], lake, env)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and doomed.poll() is None:
        pages = [r for r in faults.requests() if r.path.startswith("/p/")]
        if len(pages) >= 3:
            break
        time.sleep(0.02)
    assert doomed.poll() is None, "the worker finished before it could be killed"
    doomed.kill()
    doomed.communicate(timeout=30)
    assert doomed.returncode == -9
    _out, err = survivor.communicate(timeout=240)
    assert survivor.returncode == 0, err
    rerun = subprocess.run(
        [sys.executable, "-m", "flows", "run", "--feeds", str(feeds[0]), "--db", lake]
        + ["--allow-private-networks"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert rerun.returncode == 0, rerun.stderr
    check_exactly_once(lake, links)


def test_in_process_writers_race_on_one_batch_and_store_it_once(lake):
    """Four connections commit the very same batch at the same moment: one wins, the others
    retry on its snapshot and add nothing."""
    from datetime import UTC, datetime

    from warehouse import open_writer
    from warehouse.writes import PollBatch, write_poll_batch

    with open_writer(lake):
        pass  # create the lake first, so the race is about the rows
    now = datetime.now(UTC)
    article = {
        "url_key": "https://example.org/a",
        "url": "https://example.org/a",
        "canonical_url": None,
        "feed_id": "f1",
        "entry_key": "e1",
        "title": "A",
        "author": None,
        "sitename": None,
        "language": "en",
        "published_at": now,
        "first_seen_at": now,
        "run_id": "r",
        "http_status": 200,
        "content_type": "text/html",
        "text": "text",
        "summary": "",
        "extraction_status": "full",
        "extraction_reason": None,
        "fingerprint": None,
        "duplicate_of": None,
        "word_count": 1,
    }
    results: list[int] = []
    start = threading.Barrier(4)

    def write(i: int) -> None:
        conn = duckdb_connect(lake)
        try:
            start.wait()
            batch = PollBatch(run_id=f"r{i}", articles=[dict(article), dict(article)])
            results.append(write_poll_batch(conn, batch).articles_added)
        finally:
            conn.close()

    threads = [threading.Thread(target=write, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert sorted(results) == [0, 0, 0, 1]
    assert lake_rows(lake, "SELECT count(*) FROM core.articles") == [(1,)]


def duckdb_connect(lake: str) -> duckdb.DuckDBPyConnection:
    """A plain writer connection to the lake (no in-process writer guard: a real race)."""
    from warehouse import connect, migrate

    conn = connect(lake)
    migrate(conn)
    return conn
