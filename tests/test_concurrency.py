"""Two `drillwatch run` processes at once (a duplicated scheduled run), with readers in between.

DuckDB lets one process hold the file at a time; every writer and reader opens late, closes
early and retries while the other holds it. The site makes the overlap certain: each feed
answers only once both runs have asked for it, so both runs have picked the same feeds as due
and fetch the same entries. The second store must then add nothing, and `drillwatch sql`,
started again and again meanwhile, must always answer.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
from conftest import run_command, write_feeds
from faultserver import Conn, FaultServer, Request, delayed, respond

REPO = Path(__file__).resolve().parents[1]
FEEDS = 2
ENTRIES = 5
RUNS = 2
BARRIER_TIMEOUT_S = 60.0
TEXT = (
    "Naval units from three countries opened a week-long exercise in the eastern sea on "
    "Tuesday, practising air defence, anti-submarine warfare and replenishment at sea. "
)


class Barrier:
    """A feed that answers only after `RUNS` requests arrived (or a bounded wait passed)."""

    def __init__(self, body: bytes) -> None:
        self._answer = respond(body)
        self._arrived = 0
        self._all_here = threading.Condition()

    def __call__(self, conn: Conn, request: Request) -> None:
        with self._all_here:
            self._arrived += 1
            self._all_here.notify_all()
            self._all_here.wait_for(lambda: self._arrived >= RUNS, timeout=BARRIER_TIMEOUT_S)
        self._answer(conn, request)


def build_site(faults: FaultServer) -> list[str]:
    urls = []
    for f in range(FEEDS):
        items = "".join(
            f"<item><title>Feed {f} story {n}</title><link>{faults.url(f'/p/{f}/{n}.html')}"
            f"</link><guid>f{f}-{n}</guid><description>Summary.</description></item>"
            for n in range(ENTRIES)
        )
        body = f'<rss version="2.0"><channel><title>f{f}</title>{items}</channel></rss>'
        urls.append(faults.route(f"/feed{f}.xml", Barrier(body.encode())))
        for n in range(ENTRIES):
            html = (
                f"<html><body><article><h1>Feed {f} story {n}</h1><p>{TEXT * 3}</p>"
                f"<p>Story {f}-{n}.</p></article></body></html>"
            ).encode()
            faults.route(f"/p/{f}/{n}.html", delayed(0.2, respond(html, content_type="text/html")))
    return urls


def test_two_runs_at_once_add_nothing_twice_and_readers_keep_working(
    faults, tmp_path, prefect_harness
):
    from prefect.settings import PREFECT_API_URL

    # The barrier holds each run's feed request until the other run's arrives; process start-up
    # under load can set them seconds apart, so the suite's 1 s read timeout is lifted here.
    env = {
        **os.environ,
        "PREFECT_API_URL": PREFECT_API_URL.value(),
        "COLUMNS": "200",
        "DRILLWATCH_READ_TIMEOUT_S": str(BARRIER_TIMEOUT_S + 10),
        "DRILLWATCH_TOTAL_TIMEOUT_S": str(BARRIER_TIMEOUT_S + 20),
    }
    feeds = write_feeds(tmp_path / "feeds.yaml", build_site(faults))
    db = tmp_path / "dw.duckdb"
    runs = [
        subprocess.Popen(
            run_command(feeds, db),
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(RUNS)
    ]

    readings: list[int] = []
    deadline = time.monotonic() + 180
    while any(run.poll() is None for run in runs) and time.monotonic() < deadline:
        if not db.exists():
            time.sleep(0.1)
            continue
        reader = subprocess.run(
            [
                sys.executable,
                "-m",
                "flows",
                "sql",
                "SELECT count(*) AS n FROM articles",
                "--db",
                str(db),
                "--format",
                "json",
            ],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert reader.returncode == 0 and "Traceback" not in reader.stderr, reader.stderr
        readings.append(json.loads(reader.stdout)["n"])

    outputs = [run.communicate(timeout=60) for run in runs]
    for run, (_out, err) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, err
    assert readings, "no reader ran while the writers did"
    assert readings == sorted(readings)  # readers see committed batches only, never a rollback

    total = FEEDS * ENTRIES
    with duckdb.connect(str(db), read_only=True) as conn:
        assert conn.execute(
            "SELECT count(*), count(DISTINCT url_key) FROM core.articles"
        ).fetchone() == (total, total)
        assert conn.execute(
            "SELECT count(*), count(DISTINCT (feed_id, entry_key)) FROM core.feed_entries"
        ).fetchone() == (total, total)
        assert conn.execute(
            "SELECT count(DISTINCT run_id), count(*) FROM core.poll_log"
        ).fetchone() == (RUNS, RUNS * FEEDS)
    # both runs fetched every feed (the barrier saw to that); between them they report each
    # new article once
    assert all(len(faults.requests(f"/feed{f}.xml")) == RUNS for f in range(FEEDS))
    reported = [
        int(re.search(r"(\d+) new articles,", " ".join(out.split())).group(1)) for out, _ in outputs
    ]
    assert sum(reported) == total
