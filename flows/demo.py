"""`drillwatch demo`: the whole chain, offline, against a bundled sample site.

The site (feeds and article pages written for the project) is served on 127.0.0.1 by this
process, a feeds file pointing at it is written to a temporary folder, and the real poll flow
runs over it with the private-network guard lifted for loopback only.

The site always listens on the same port (8737 unless `--port` says otherwise): the port is
part of every feed and article URL, and URLs are the warehouse's keys, so a demo re-run on a
random port would store every article a second time.
"""

from __future__ import annotations

import errno
import tempfile
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path

import yaml
from rich.console import Console

CONTENT_TYPES = {
    ".xml": "application/rss+xml; charset=utf-8",
    ".atom": "application/atom+xml; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".pdf": "application/pdf",
}
DEMO_PORT = 8737
DEMO_FEEDS = [
    ("Harbour Gazette: World", "world.xml", ["world"]),
    ("Ridgeline Defence Review", "defence.atom", ["defence", "trade-press"]),
]


def _site_file(path: str) -> bytes | None:
    root = resources.files("flows") / "demo_site"
    target = root
    for part in path.strip("/").split("/"):
        if part in ("", ".", ".."):
            return None
        target = target / part
    return target.read_bytes() if target.is_file() else None


class _Handler(BaseHTTPRequestHandler):
    base = ""

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        path = self.path.split("?", 1)[0]
        body = _site_file(path)
        if body is None:
            self.send_error(404)
            return
        suffix = Path(path).suffix
        if suffix != ".pdf":
            body = body.replace(b"{{BASE}}", self.base.encode())
        self.send_response(200)
        self.send_header("Content-Type", CONTENT_TYPES.get(suffix, "application/octet-stream"))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", f'"{hash(body) & 0xFFFFFFFF:x}"')
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # silence per-request logs
        return


class DemoPortBusyError(OSError):
    """The demo's port is taken; the message says how to pick another."""


@contextmanager
def serve_demo_site(port: int = 0):
    """Serve the sample site on 127.0.0.1 (`port` 0: any free port); yields its base URL."""
    try:
        server = ThreadingHTTPServer(("127.0.0.1", port), _Handler)
    except OSError as exc:
        if exc.errno != errno.EADDRINUSE:
            raise
        raise DemoPortBusyError(
            f"port {port} on 127.0.0.1 is in use; run the demo with --port N (rows are keyed by"
            " URL, so keep one port per demo warehouse)"
        ) from exc
    base = f"http://127.0.0.1:{server.server_address[1]}"
    handler = type("DemoHandler", (_Handler,), {"base": base})
    server.RequestHandlerClass = handler
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        server.shutdown()
        server.server_close()


def write_demo_feeds(base: str, path: Path) -> Path:
    """A feeds file for the sample site."""
    feeds = [
        {"name": name, "url": f"{base}/{file}", "language": "en", "tags": tags}
        for name, file, tags in DEMO_FEEDS
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump({"feeds": feeds}, sort_keys=False), encoding="utf-8")
    return path


def run_demo(db: str | Path, verbose: bool, console: Console, port: int = DEMO_PORT) -> int:
    """Serve, poll every feed, and show what landed; a re-run adds nothing new."""
    from flows.cli_poll import print_summary, run_poll
    from warehouse import describe, is_lake, open_reader

    with serve_demo_site(port) as base, tempfile.TemporaryDirectory() as scratch:
        feeds = write_demo_feeds(base, Path(scratch) / "demo-feeds.yaml")
        console.print(f"Serving the sample site at {base}; warehouse: {describe(db)}")
        summary = run_poll(str(feeds), str(db), True, verbose, console, every_feed=True)
    print_summary(summary, console)
    from warehouse.resolve import resolve_warehouse

    resolved = resolve_warehouse(db)
    console.print(f"Resolved {resolved.mentions} mentions into {resolved.exercises} exercises.")
    with open_reader(db) as conn:
        articles = conn.execute(
            "SELECT title, feed_name, extraction_status, word_count, is_duplicate"
            " FROM articles ORDER BY published_at DESC"
        ).fetchall()
        mentions = conn.execute(
            "SELECT name, phase, countries, host, start_date, end_date, troops, aircraft,"
            " ships, vehicles FROM exercise_mentions ORDER BY published_at DESC"
        ).fetchall()
    from flows.tables import print_rows

    print_rows(
        console,
        ("title", "feed", "extraction", "words", "duplicate"),
        [(r[0], r[1], r[2], r[3], "yes" if r[4] else "") for r in articles],
        title="Articles in the warehouse",
    )
    print_rows(
        console,
        (
            "name",
            "phase",
            "countries",
            "host",
            "start",
            "end",
            "troops",
            "aircraft",
            "ships",
            "vehicles",
        ),
        mentions,
        title="Exercise mentions",
    )
    shown = f"'{db}'" if is_lake(db) else str(db)
    query = '"SELECT * FROM exercise_mentions"'
    console.print(f"Query it yourself: drillwatch sql --db {describe(shown)} {query}")
    return 0
