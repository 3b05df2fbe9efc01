"""Articles stored per second: 1, 2 and 4 lake workers against the single DuckDB file.

A local site answers every request after 100-300 ms (simulated network latency), spread over
16 host addresses on the loopback range (127.0.0.1-16, one server each), so per-host
politeness matters as it does on the web. Each variant gets fresh URLs and a fresh
warehouse, and runs real `drillwatch run` processes (the poll flow, Prefect included) against
one local Prefect server:

    file     one process, all feeds, the DuckDB file (today's default)
    lake xN  N processes, the feeds split by host as the sharded poll splits them, one lake
             (PostgreSQL catalog on a throwaway local server, Parquet on local disk)

Then the catalog: `--catalog-articles` synthetic articles are written in batches of
`--catalog-batch` straight through warehouse.writes (no network), and the PostgreSQL
database's size is measured before and after `lake upkeep`, per million articles.

    .venv/bin/python bench/bench_lake.py [--feeds 64] [--entries 10] [--workers 1 2 4]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pages import make_pages  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
HOSTS = 16
LATENCY = (0.1, 0.3)


class Site(BaseHTTPRequestHandler):
    """/v/<variant>/feed/<f>.xml and /v/<variant>/p/<f>/<n>.html, each after 100-300 ms."""

    pages: list[str] = []
    entries = 10
    protocol_version = "HTTP/1.0"
    first_request: dict[str, float] = {}  # variant -> when its first request arrived
    last_answer: dict[str, float] = {}  # variant -> when its last answer went out

    def do_GET(self) -> None:  # noqa: N802
        parts = self.path.strip("/").split("/")
        variant_seen = parts[1] if len(parts) > 1 else ""
        self.first_request.setdefault(variant_seen, time.time())
        time.sleep(random.uniform(*LATENCY))
        host = self.headers.get("Host", "")
        if len(parts) == 4 and parts[2] == "feed":
            variant, feed = parts[1], parts[3].removesuffix(".xml")
            items = "".join(
                f"<item><title>Story {variant}-{feed}-{n}</title>"
                f"<link>http://{host}/v/{variant}/p/{feed}/{n}.html</link>"
                f"<guid>{variant}-{feed}-{n}</guid><description>Summary {n}.</description></item>"
                for n in range(self.entries)
            )
            body = f'<rss version="2.0"><channel><title>{feed}</title>{items}</channel></rss>'
            ctype = "application/rss+xml"
        else:
            index = hash(self.path) % len(self.pages)
            body = self.pages[index].replace("</h1>", f" ({self.path})</h1>", 1)
            ctype = "text/html; charset=utf-8"
        data = body.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        self.last_answer[variant_seen] = time.time()

    def log_message(self, format: str, *args: object) -> None:
        return


def start_site(port: int) -> list[ThreadingHTTPServer]:
    servers = []
    for h in range(1, HOSTS + 1):
        server = ThreadingHTTPServer((f"127.0.0.{h}", port), Site)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    return servers


def feed_urls(variant: str, feeds: int, port: int) -> list[str]:
    return [f"http://127.0.0.{1 + f % HOSTS}:{port}/v/{variant}/feed/{f}.xml" for f in range(feeds)]


def shard_files(urls: list[str], shards: int, folder: Path) -> list[Path]:
    """Split by host, as flows.shard.shard_by_host does (hosts round-robin over shards)."""
    groups: list[list[str]] = [[] for _ in range(shards)]
    for url in urls:
        host = int(url.split("//")[1].split(":")[0].rsplit(".", 1)[1])
        groups[(host - 1) % shards].append(url)
    files = []
    for i, group in enumerate(groups):
        path = folder / f"shard-{i}.yaml"
        feeds = [{"name": u, "url": u, "language": "en"} for u in group]
        path.write_text(yaml.safe_dump({"feeds": feeds}), encoding="utf-8")
        files.append(path)
    return files


def run_variant(target: str, files: list[Path], env: dict[str, str]) -> float:
    started = time.perf_counter()
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "flows", "run", "--feeds", str(f), "--db", target],
            cwd=REPO,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for f in files
    ]
    for proc in procs:
        _out, err = proc.communicate(timeout=1800)
        if proc.returncode != 0:
            raise SystemExit(f"a worker failed: {err[-500:]}")
    return time.perf_counter() - started


def stored(target: str) -> tuple[int, int, float]:
    """(articles, duplicate rows, when the last poll log row was written, as epoch seconds)."""
    from warehouse import open_reader

    with open_reader(target) as conn:
        count, dups = conn.execute(
            "SELECT count(*), count(*) - count(DISTINCT url_key) FROM core.articles"
        ).fetchone()
        last = conn.execute("SELECT epoch(max(finished_at)) FROM core.poll_log").fetchone()[0]
    return count, dups, float(last or 0)


def synthetic_batch(start: int, size: int, now: datetime) -> object:
    from warehouse.writes import PollBatch

    text = "The harbour council met to discuss the ferry timetable and the sea wall. " * 14
    articles = [
        {
            "url_key": f"https://s{n % 500}.example/a/{n}",
            "url": f"https://s{n % 500}.example/a/{n}",
            "canonical_url": None,
            "feed_id": f"feed{n % 500}",
            "entry_key": f"e{n}",
            "title": f"Story {n}",
            "author": None,
            "sitename": "Example",
            "language": "en",
            "published_at": now,
            "first_seen_at": now,
            "run_id": "bench",
            "http_status": 200,
            "content_type": "text/html",
            "text": f"{text} Story {n}.",
            "summary": "",
            "extraction_status": "full",
            "extraction_reason": None,
            "fingerprint": random.getrandbits(64),
            "duplicate_of": None,
            "word_count": 190,
        }
        for n in range(start, start + size)
    ]
    entries = [
        {
            "feed_id": a["feed_id"],
            "entry_key": a["entry_key"],
            "url_key": a["url_key"],
            "guid": a["entry_key"],
            "link": a["url"],
            "first_seen_at": now,
            "run_id": "bench",
        }
        for a in articles
    ]
    checks = [
        {
            "url_key": a["url_key"],
            "detector_version": "bench",
            "checked_at": now,
            "is_exercise": False,
            "score": 0.1,
        }
        for a in articles
    ]
    return PollBatch(run_id="bench", articles=articles, feed_entries=entries, checks=checks)


def catalog_size(pg, total: int, batch: int) -> None:
    from warehouse import open_writer
    from warehouse.lake_upkeep import live_files, upkeep
    from warehouse.writes import write_poll_batch

    pg.create_database("catalog_bench")
    address = pg.lake_address("catalog_bench")
    with open_writer(address):
        pass
    pg.psql("VACUUM FULL", dbname="catalog_bench")
    empty = pg.database_bytes("catalog_bench")
    now = datetime.now(UTC)
    started = time.perf_counter()
    for start in range(0, total, batch):
        with open_writer(address) as conn:
            write_poll_batch(conn, synthetic_batch(start, batch, now))
    elapsed = time.perf_counter() - started
    pg.psql("VACUUM FULL", dbname="catalog_bench")
    grown = pg.database_bytes("catalog_bench") - empty
    with open_writer(address) as conn:
        files_before, _ = live_files(conn)
        result = upkeep(conn, keep_days=0)
    pg.psql("VACUUM FULL", dbname="catalog_bench")
    after = pg.database_bytes("catalog_bench") - empty
    per_million = 1_000_000 / total
    print(f"\ncatalog: {total} synthetic articles in {total // batch} commits of {batch}")
    print(f"  write rate, one writer (no network)   : {total / elapsed:8.0f} articles/s")
    print(f"  catalog growth before upkeep (VACUUM) : {grown / 1e6:8.1f} MB")
    print(f"    per million articles                : {grown * per_million / 1e6:8.1f} MB")
    print(f"  Parquet files before -> after upkeep  : {files_before} -> {result.files_after}")
    print(f"  catalog growth after upkeep + VACUUM  : {after / 1e6:8.1f} MB")
    print(f"    per million articles                : {after * per_million / 1e6:8.1f} MB")
    print(f"  Parquet bytes after upkeep            : {result.bytes_after / 1e6:8.1f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=64)
    parser.add_argument("--entries", type=int, default=10)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--catalog-articles", type=int, default=20_000)
    parser.add_argument("--catalog-batch", type=int, default=250)
    args = parser.parse_args()

    from flows.pgserver import throwaway_server
    from flows.serve import free_port, local_prefect_server

    Site.pages = [html for _url, html in make_pages(200)]
    Site.entries = args.entries
    port = free_port()
    start_site(port)
    articles = args.feeds * args.entries
    print(
        f"{args.feeds} feeds x {args.entries} entries = {articles} articles per variant,"
        f" {HOSTS} hosts, {LATENCY[0] * 1000:.0f}-{LATENCY[1] * 1000:.0f} ms per request,"
        f" {os.cpu_count()} cores"
    )
    with tempfile.TemporaryDirectory() as tmp, throwaway_server(fsync=True) as pg:
        folder = Path(tmp)
        with local_prefect_server(folder / "prefect") as api_url:
            env = {
                **os.environ,
                "PREFECT_API_URL": api_url,
                "DRILLWATCH_ALLOW_PRIVATE_NETWORKS": "1",
                "DRILLWATCH_LAKE_DATA": str(folder / "lake-data"),
                "PREFECT_LOGGING_LEVEL": "WARNING",
            }
            os.environ["DRILLWATCH_LAKE_DATA"] = env["DRILLWATCH_LAKE_DATA"]
            results = []
            variants = [("file", 1)] + [("lake", n) for n in args.workers]
            for kind, workers in variants:
                name = f"{kind}{workers}"
                sub = folder / name
                sub.mkdir()
                if kind == "file":
                    target = str(sub / "dw.duckdb")
                else:
                    pg.create_database(name)
                    target = pg.lake_address(name)
                files = shard_files(feed_urls(name, args.feeds, port), workers, sub)
                elapsed = run_variant(target, files, env)
                finished = time.time()
                count, dups, _last = stored(target)
                # Without process start-up: from the first request to the last worker's exit
                # (the last batch's extraction and commit included).
                steady = finished - Site.first_request[name]
                results.append((name, workers, count, dups, elapsed, steady))
                print(
                    f"  {name:6s} {count:5d} articles ({dups} duplicates), {args.feeds} feeds:"
                    f" {elapsed:6.1f} s wall, {steady:6.1f} s from the first request"
                )
        unit, per = ("articles", 2) if articles else ("feeds", None)
        print(f"\nvariant   workers  {unit}/s wall  vs file  {unit}/s steady  vs file")
        base_wall = base_steady = None
        for name, workers, count, _dups, elapsed, steady in results:
            done = count if per else args.feeds
            wall, stead = done / elapsed, done / steady
            base_wall, base_steady = base_wall or wall, base_steady or stead
            print(
                f"{name:8s}  {workers:7d}  {wall:13.1f}  {wall / base_wall:7.2f}"
                f"  {stead:15.1f}  {stead / base_steady:7.2f}"
            )
        if args.catalog_articles:
            catalog_size(pg, args.catalog_articles, args.catalog_batch)


if __name__ == "__main__":
    main()
