"""Soak and hostile input: 500 feeds on 127.0.0.1 (good, 304 and faulty), ten poll cycles.

The site runs in its own process, built from tests/faultserver.py so its faults are exactly the
ones the tests use (trickling, hanging, resetting, 60 MB, gzip bombs, entity attacks, ...). The
poll runs in this process: the flow's own stages (the `.fn` of each Prefect task, in the flow's
order), so the figures are drillwatch's, not the server's or Prefect's orchestration. Before
every cycle `next_poll_at` is cleared, so every active feed is due every cycle (this ignores
the backoff and Retry-After a real schedule would honour, which makes the soak harsher).

Every feed is on one host, so the per-host limit (2 by default) is the limit of the whole poll:
the server records how many requests it ever answered at once.

    .venv/bin/python bench/soak.py [--feeds 500] [--cycles 10] [--workers 2] [--json out.json]

Prints a Markdown table for docs/benchmarks.md. Exits 1 on any duplicate, lost entry or crash.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

import psutil  # noqa: E402
from faultserver import (  # noqa: E402
    FaultServer,
    Request,
    drip,
    dynamic,
    endless,
    garbage,
    gzip_bomb,
    hang_after_headers,
    redirect,
    reset,
    respond,
)

BASE_ENTRIES = 4
GROW_EVERY = 3  # one conditional feed in three gains an entry every cycle
FAULTS = (
    "http500",
    "http429",
    "http404",
    "gone410",
    "reset",
    "garbage",
    "hang",
    "drip",
    "html",
    "malformed",
    "empty",
    "bomb",
    "huge",
    "loop",
    "laughs",
    "xxe",
)
SERVER_LIFETIME_S = 3600  # the site stops by itself even if this process is killed


def kind_of(i: int) -> str:
    """Feed i's behaviour: 60 % conditional (ETag), 20 % static, 10 % Last-Modified, 10 % faulty."""
    slot = i % 10
    if slot <= 5:
        return "etag"
    if slot <= 7:
        return "static"
    if slot == 8:
        return "lastmod"
    return FAULTS[(i // 10) % len(FAULTS)]


def entries_at(i: int, cycle: int) -> int:
    """How many entries feed i lists in `cycle` (0 for feeds that never list any)."""
    kind = kind_of(i)
    if kind == "etag":
        return BASE_ENTRIES + (cycle + 1 if i % GROW_EVERY == 0 else 0)
    if kind in ("static", "lastmod"):
        return BASE_ENTRIES
    return 1 if kind == "malformed" else 0


def rss_items(base: str, i: int, count: int) -> str:
    return "".join(
        f"<item><title>Feed {i} story {n}</title><link>{base}/p/{i}/{n}</link>"
        f'<guid isPermaLink="false">soak-{i}-{n}</guid>'
        f"<description>Summary of story {n} from feed {i}.</description></item>"
        for n in range(count - 1, -1, -1)  # newest first, like real feeds
    )


def rss(items: str, prolog: str = '<?xml version="1.0" encoding="utf-8"?>') -> bytes:
    return (
        f'{prolog}<rss version="2.0"><channel><title>Soak</title><link>http://127.0.0.1/'
        f"</link><description>d</description>{items}</channel></rss>"
    ).encode()


def laughs() -> bytes:
    levels = ['<!ENTITY l0 "lol">']
    levels += [f'<!ENTITY l{k} "{f"&l{k - 1};" * 10}">' for k in range(1, 10)]
    return rss(
        "<item><title>&l9;</title><guid>x</guid></item>",
        prolog='<?xml version="1.0"?><!DOCTYPE rss [' + "".join(levels) + "]>",
    )


def build_site(server: FaultServer, feeds: int, state: dict) -> None:
    """Route every feed and page; `state["cycle"]` is set by the bench through /_cycle/N."""
    from pages import make_pages

    base = server.url("")
    pool = [html.encode() for _, html in make_pages(600)]
    server.route(
        "/p/*",
        dynamic(
            lambda r: (
                200,
                {"Content-Type": "text/html; charset=utf-8"},
                pool[hash(r.path) % len(pool)],
            )
        ),
    )

    def set_cycle(request: Request) -> tuple[int, dict[str, str], bytes]:
        state["cycle"] = int(request.path.rsplit("/", 1)[1])
        return 200, {}, b"ok"

    def stats(_request: Request) -> tuple[int, dict[str, str], bytes]:
        body = json.dumps({"requests": len(server.log), "peak_active": server.peak_active})
        return 200, {"Content-Type": "application/json"}, body.encode()

    server.route("/_cycle/*", dynamic(set_cycle))
    server.route("/_stats", dynamic(stats))

    def conditional(i: int, header: str, validator) -> object:
        def answer(request: Request) -> tuple[int, dict[str, str], bytes]:
            count = entries_at(i, state["cycle"])
            value = validator(count)
            if request.headers.get(header) == value:
                return 304, {}, b""
            name = "ETag" if header == "if-none-match" else "Last-Modified"
            return (
                200,
                {name: value, "Content-Type": "application/rss+xml"},
                rss(rss_items(base, i, count)),
            )

        return dynamic(answer)

    faulty = {
        "http500": respond(b"oops", status=500, content_type="text/plain"),
        "http429": respond(b"", status=429, headers={"Retry-After": "3600"}),
        "http404": respond(b"gone?", status=404, content_type="text/plain"),
        "gone410": respond(b"", status=410),
        "reset": reset(),
        "garbage": garbage(),
        "hang": hang_after_headers(),
        "drip": drip(rss(""), interval_s=0.5),
        "html": respond(b"<html><body><h1>Welcome</h1></body></html>", content_type="text/html"),
        "empty": respond(b""),
        "bomb": gzip_bomb(256, layers=2),
        "huge": endless(60 << 20),
        "laughs": respond(laughs()),
        "xxe": respond(
            rss(
                "<item><title>&x;</title><guid>x</guid></item>",
                prolog='<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM '
                '"file:///etc/passwd">]>',
            )
        ),
    }
    for i in range(feeds):
        kind = kind_of(i)
        path = f"/feed/{i}.xml"
        if kind == "etag":
            server.route(path, conditional(i, "if-none-match", lambda c, i=i: f'"{i}-{c}"'))
        elif kind == "lastmod":
            server.route(
                path, conditional(i, "if-modified-since", lambda c: "Mon, 01 Jun 2026 08:00:00 GMT")
            )
        elif kind == "static":
            server.route(path, respond(rss(rss_items(base, i, BASE_ENTRIES))))
        elif kind == "malformed":
            broken = rss(rss_items(base, i, 1)).replace(b"</channel></rss>", b"<item><title>x &")
            server.route(path, respond(broken))
        elif kind == "loop":
            server.route(path, redirect(f"/loop/{i}/b"))
            server.route(f"/loop/{i}/b", redirect(path))
        else:
            server.route(path, faulty[kind])


def serve(feeds: int) -> None:
    """Server mode: print the port, serve until stdin closes or the lifetime ends."""
    state = {"cycle": 0}
    with FaultServer() as server:
        build_site(server, feeds, state)
        print(f"PORT {server.port}", flush=True)
        done = threading.Event()
        threading.Thread(target=lambda: (sys.stdin.read(), done.set()), daemon=True).start()
        done.wait(SERVER_LIFETIME_S)


@dataclass
class Cycle:
    number: int
    seconds: float = 0.0
    fetch_seconds: float = 0.0
    requests: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    articles_added: int = 0
    peak_rss_mib: float = 0.0
    error: str | None = None


class MemoryWatch:
    """Peak RSS of this process and, separately, of its worker processes (not the site's)."""

    def __init__(self, exclude: int) -> None:
        self.proc = psutil.Process()
        self.exclude = exclude
        self.peak_self = 0
        self.peak_workers = 0
        self.window_peak = 0  # since the last call of window()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            rss = self.proc.memory_info().rss
            self.peak_self = max(self.peak_self, rss)
            self.window_peak = max(self.window_peak, rss)
            workers = 0
            for child in self.proc.children(recursive=True):
                if child.pid != self.exclude:
                    with contextlib.suppress(psutil.Error):
                        workers += child.memory_info().rss
            self.peak_workers = max(self.peak_workers, workers)
            self._stop.wait(0.01)

    def window(self) -> int:
        """Peak RSS of this process since the previous call."""
        peak, self.window_peak = self.window_peak, 0
        return peak

    def __enter__(self) -> MemoryWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


def control(port: int, path: str) -> dict | str:
    import httpx

    response = httpx.get(f"http://127.0.0.1:{port}{path}", timeout=10, trust_env=False)
    return response.json() if path == "/_stats" else response.text


def write_feeds_file(path: Path, port: int, feeds: int) -> None:
    import yaml

    entries = [
        {
            "name": f"soak {i} ({kind_of(i)})",
            "url": f"http://127.0.0.1:{port}/feed/{i}.xml",
            "language": "en",
        }
        for i in range(feeds)
    ]
    path.write_text(yaml.safe_dump({"feeds": entries}), encoding="utf-8")


def run(args: argparse.Namespace) -> int:
    import duckdb

    from flows import poll  # noqa: F401 - imported before the baseline is measured
    from flows.extract import make_pool
    from flows.settings import Settings

    settings = Settings(
        allow_private_networks=True,
        connect_timeout_s=2,
        read_timeout_s=2,
        total_timeout_s=5,
        max_feed_bytes=2 << 20,
        max_page_bytes=1 << 20,
        extraction_workers=args.workers,
        lock_wait_s=30,
    )
    site = subprocess.Popen(
        [sys.executable, __file__, "--serve", "--feeds", str(args.feeds)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    scratch = tempfile.TemporaryDirectory(prefix="drillwatch-soak-")
    pool = None
    try:
        port = int(site.stdout.readline().split()[1])
        work = Path(scratch.name)
        db, feeds_file = work / "soak.duckdb", work / "feeds.yaml"
        write_feeds_file(feeds_file, port, args.feeds)
        cycles: list[Cycle] = []
        pool = make_pool(args.workers) if args.workers > 1 else None
        baseline = psutil.Process().memory_info().rss
        started = time.monotonic()
        with MemoryWatch(exclude=site.pid) as memory:
            for number in range(args.cycles):
                memory.window()
                cycles.append(one_cycle(number, port, db, feeds_file, settings, pool, args))
                cycles[-1].peak_rss_mib = memory.window() / 2**20
                print(
                    f"cycle {number + 1}: {cycles[-1].seconds:.1f} s, {cycles[-1].outcomes}, "
                    f"{cycles[-1].articles_added} new articles"
                    + (f", CRASH {cycles[-1].error}" if cycles[-1].error else ""),
                    file=sys.stderr,
                )
        total_s = time.monotonic() - started
        stats = control(port, "/_stats")
        with duckdb.connect(str(db), read_only=True) as conn:
            checks = verify(conn, port, args)
        report(args, settings, cycles, memory, stats, checks, total_s, baseline)
        failed = (
            checks["lost"]
            or checks["extra"]
            or checks["duplicate_rows"]
            or any(c.error for c in cycles)
        )
        return 1 if failed else 0
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        site.stdin.close()
        try:
            site.wait(timeout=30)
        except subprocess.TimeoutExpired:
            site.kill()
        scratch.cleanup()


def one_cycle(
    number: int, port: int, db: Path, feeds_file: Path, settings, pool, args: argparse.Namespace
) -> Cycle:
    import duckdb

    from flows import poll
    from flows.feedlist import load_feeds
    from flows.politeness import PollPoliteness

    cycle = Cycle(number + 1)
    control(port, f"/_cycle/{number}")
    if db.exists():
        with duckdb.connect(str(db)) as conn:
            conn.execute("UPDATE core.feeds SET next_poll_at = NULL")
    before = control(port, "/_stats")["requests"]
    started = time.monotonic()
    run_id = str(uuid.uuid4())
    try:
        feeds = load_feeds(feeds_file)
        due = poll.select_due_feeds.fn(feeds, str(db), settings)
        polite = PollPoliteness(settings)  # robots.txt and Crawl-delay memory of this poll
        for jobs in poll.plan_batches(due, settings):
            batch_started = datetime.now(UTC)
            fetch_started = time.monotonic()
            fetched = poll.fetch_feeds_and_pages.fn(jobs, str(db), settings, polite)
            cycle.fetch_seconds += time.monotonic() - fetch_started
            results = poll.analyse_batch.fn(fetched, args.workers, pool)
            stored = poll.store_batch.fn(run_id, fetched, results, batch_started, str(db), settings)
            if isinstance(stored, tuple):  # (BatchResult, new mentions to notify)
                stored = stored[0]
            cycle.articles_added += stored.articles_added
            for outcome in fetched.outcomes:
                cycle.outcomes[outcome.outcome] = cycle.outcomes.get(outcome.outcome, 0) + 1
    except Exception as exc:  # a crash is a result to report, not the end of the soak
        cycle.error = f"{type(exc).__name__}: {exc}"
        traceback.print_exc()
    cycle.seconds = time.monotonic() - started
    cycle.requests = control(port, "/_stats")["requests"] - before - 1
    return cycle


def verify(conn, port: int, args: argparse.Namespace) -> dict:
    """Every entry the site listed by the last cycle is stored exactly once."""
    expected = {
        f"http://127.0.0.1:{port}/feed/{i}.xml": entries_at(i, args.cycles - 1)
        for i in range(args.feeds)
    }
    stored = dict(
        conn.execute(
            "SELECT f.configured_url, count(e.entry_key) FROM core.feeds f "
            "LEFT JOIN core.feed_entries e USING (feed_id) GROUP BY 1"
        ).fetchall()
    )
    lost = sum(max(0, n - stored.get(url, 0)) for url, n in expected.items())
    extra = sum(max(0, stored.get(url, 0) - n) for url, n in expected.items())
    one = conn.execute
    return {
        "expected_entries": sum(expected.values()),
        "lost": lost,
        "extra": extra,
        "articles": one("SELECT count(*) FROM core.articles").fetchone()[0],
        "feed_entries": one("SELECT count(*) FROM core.feed_entries").fetchone()[0],
        "mentions": one("SELECT count(*) FROM core.exercise_mentions").fetchone()[0],
        "poll_log": one("SELECT count(*) FROM core.poll_log").fetchone()[0],
        "duplicate_rows": one(
            "SELECT (SELECT count(*) - count(DISTINCT url_key) FROM core.articles)"
            " + (SELECT count(*) - count(DISTINCT (feed_id, entry_key)) FROM core.feed_entries)"
            " + (SELECT count(*) - count(DISTINCT (feed_id, url_key)) FROM core.feed_entries)"
        ).fetchone()[0],
        "retired": one("SELECT count(*) FROM core.feeds WHERE NOT active").fetchone()[0],
        "db_mib": os.path.getsize(conn.execute("PRAGMA database_list").fetchone()[2]) / 2**20,
    }


def report(
    args,
    settings,
    cycles: list[Cycle],
    memory: MemoryWatch,
    stats: dict,
    checks: dict,
    total_s: float,
    baseline: int,
) -> None:
    mib = 2**20
    times = sorted(c.seconds for c in cycles)
    print(
        f"\n{args.feeds} feeds, {args.cycles} cycles, {args.workers} extraction workers, "
        f"per-host concurrency {settings.per_host_concurrency}, timeouts read "
        f"{settings.read_timeout_s:.0f} s / total {settings.total_timeout_s:.0f} s; "
        f"{total_s:.0f} s in all\n"
    )
    print(
        "| cycle | time (s) | fetch (s) | requests | requests/s (one host) | ok | 304 | "
        "unchanged | failed | gone | new articles | peak RSS (MiB) |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for c in cycles:
        o = c.outcomes
        rate = c.requests / c.fetch_seconds if c.fetch_seconds else 0.0
        print(
            f"| {c.number} | {c.seconds:.1f} | {c.fetch_seconds:.1f} | {c.requests} | "
            f"{rate:.0f} | {o.get('ok', 0)} | {o.get('not_modified', 0)} | "
            f"{o.get('unchanged', 0)} | {o.get('error', 0)} | {o.get('gone', 0)} | "
            f"{c.articles_added} | {c.peak_rss_mib:.0f} |"
            + (f" CRASH: {c.error}" if c.error else "")
        )
    print(
        f"\n- poll-cycle time: first {cycles[0].seconds:.1f} s, then median "
        f"{times[len(times) // 2]:.1f} s (min {times[0]:.1f}, max {times[-1]:.1f})"
    )
    print(
        f"- peak RSS: {memory.peak_self / mib:.0f} MiB (poll process; "
        f"{baseline / mib:.0f} MiB with everything imported, before the first cycle), "
        f"{memory.peak_workers / mib:.0f} MiB (extraction workers together)"
    )
    print(
        f"- most requests in progress at the server at once: {stats['peak_active']} (the "
        "server counts a request until its thread ends, a moment after the last byte)"
    )
    print(
        f"- rows: {checks['articles']} articles, {checks['feed_entries']} feed entries, "
        f"{checks['mentions']} exercise mentions, {checks['poll_log']} poll-log rows; "
        f"{checks['retired']} feeds retired; warehouse {checks['db_mib']:.1f} MiB"
    )
    print(
        f"- entries expected {checks['expected_entries']}, lost {checks['lost']}, extra "
        f"{checks['extra']}; duplicate rows {checks['duplicate_rows']}; crashes "
        f"{sum(1 for c in cycles if c.error)}"
    )
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "cycles": [c.__dict__ for c in cycles],
                    "peak_rss_mib": memory.peak_self / mib,
                    "baseline_rss_mib": baseline / mib,
                    "peak_workers_mib": memory.peak_workers / mib,
                    "server": stats,
                    **checks,
                },
                indent=2,
                default=str,
            )
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--cycles", type=int, default=10)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--json", help="also write the figures to this JSON file")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.feeds)
        return 0
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
