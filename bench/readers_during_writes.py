"""Readers during scheduled writes: 100 `drillwatch sql` queries over 60 s while polls write.

Starts `drillwatch serve` (which starts its own local Prefect server) with a 5-second poll
schedule against a local site whose feeds gain new entries on every request, so every scheduled
run writes. Meanwhile a reader runs `drillwatch sql` in fresh processes, as a user or a cron job
would, and records how long each took and whether it failed.

    .venv/bin/python bench/readers_during_writes.py [--queries 100] [--seconds 60]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
COUNTER = itertools.count()
FEEDS = 20
ENTRIES_PER_REQUEST = 5


class Site(BaseHTTPRequestHandler):
    """Feeds that grow by a few entries on every request, and a page for every entry."""

    def do_GET(self) -> None:  # noqa: N802
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        if self.path.startswith("/feed/"):
            items = []
            for _ in range(ENTRIES_PER_REQUEST):
                n = next(COUNTER)
                items.append(
                    f"<item><title>Harbour story {n}</title><link>{base}/page/{n}</link>"
                    f"<guid>story-{n}</guid><description>Story number {n}.</description></item>"
                )
            body = (
                '<?xml version="1.0"?><rss version="2.0"><channel><title>grow</title>'
                + "".join(items)
                + "</channel></rss>"
            ).encode()
            ctype = "application/rss+xml"
        else:
            n = self.path.rsplit("/", 1)[-1]
            paragraphs = "".join(
                f"<p>Paragraph {k} of story {n}: the harbour council met to discuss the new "
                f"ferry timetable, the price of moorings and repairs to the old sea wall.</p>"
                for k in range(8)
            )
            body = (
                f"<html><head><title>Story {n}</title></head><body><article>"
                f"<h1>Story {n}</h1>{paragraphs}</article></body></html>"
            ).encode()
            ctype = "text/html"
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        return


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()

    site = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    threading.Thread(target=site.serve_forever, daemon=True).start()
    port = site.server_address[1]
    tmp = Path(tempfile.mkdtemp(prefix="dw-readers-"))
    feeds = tmp / "feeds.yaml"
    db = tmp / "dw.duckdb"
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(
        {
            "DRILLWATCH_ALLOW_PRIVATE_NETWORKS": "1",
            "DRILLWATCH_MIN_INTERVAL_MINUTES": "0",
            "DRILLWATCH_DEFAULT_INTERVAL_MINUTES": "0",
        }
    )
    # A zero interval makes every feed due on every scheduled run, so every run writes.
    feeds.write_text(
        yaml.safe_dump(
            {
                "feeds": [
                    {"name": f"grow {i}", "url": f"http://127.0.0.1:{port}/feed/{i}"}
                    for i in range(FEEDS)
                ]
            }
        )
    )
    log = (tmp / "serve.log").open("wb")
    serve = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "flows",
            "serve",
            "--feeds",
            str(feeds),
            "--db",
            str(db),
            "--poll-interval",
            "5",
            "--prefect-home",
            str(tmp / "prefect"),
        ],
        cwd=REPO,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        started = time.monotonic()
        while not db.exists() and time.monotonic() - started < 180:
            time.sleep(1)
        if not db.exists():
            raise SystemExit(f"no warehouse after 180 s; see {tmp / 'serve.log'}")
        gap = args.seconds / args.queries
        timings, failures, counts = [], [], []
        began = time.monotonic()
        for i in range(args.queries):
            t0 = time.monotonic()
            result = subprocess.run(
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
                capture_output=True,
                text=True,
                cwd=REPO,
                env=env,
                timeout=300,
            )
            timings.append(time.monotonic() - t0)
            if result.returncode != 0:
                failures.append(result.stderr.strip())
            else:
                counts.append(json.loads(result.stdout)["n"])
            time.sleep(max(0.0, began + (i + 1) * gap - time.monotonic()))
        elapsed = time.monotonic() - began
    finally:
        os.killpg(serve.pid, signal.SIGINT)
        try:
            serve.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(serve.pid, signal.SIGKILL)
        site.shutdown()
        log.close()
    timings.sort()
    print(f"{args.queries} read-only queries over {elapsed:.0f} s while scheduled polls wrote")
    print(f"succeeded {len(counts)}, failed {len(failures)}")
    print(
        f"query time: median {timings[len(timings) // 2]:.2f} s, "
        f"p95 {timings[int(len(timings) * 0.95) - 1]:.2f} s, max {timings[-1]:.2f} s"
    )
    print(
        f"articles seen by the reader: {counts[0] if counts else 0} -> "
        f"{counts[-1] if counts else 0} (the warehouse grew during the test)"
    )
    for failure in failures[:5]:
        print("failure:", failure)


if __name__ == "__main__":
    main()
