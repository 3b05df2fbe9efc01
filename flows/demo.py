"""`drillwatch demo`: the whole chain, offline, against a bundled sample site.

The site (feeds and article pages written for the project) is served on 127.0.0.1 by this
process, a feeds file pointing at it is written next to the warehouse, and the real poll flow
runs over it with the private-network guard lifted for loopback only.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path

import yaml
from rich.console import Console
from rich.table import Table

CONTENT_TYPES = {
    ".xml": "application/rss+xml; charset=utf-8",
    ".atom": "application/atom+xml; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".pdf": "application/pdf",
}
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


@contextmanager
def serve_demo_site():
    """Serve the sample site on an ephemeral 127.0.0.1 port; yields its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
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


def run_demo(db: Path, verbose: bool, console: Console) -> int:
    """Serve, poll, and show what landed."""
    from flows.cli_poll import print_summary, run_poll
    from warehouse import open_reader

    with serve_demo_site() as base:
        feeds = write_demo_feeds(base, db.parent / "demo-feeds.yaml")
        console.print(f"Serving the sample site at {base}; warehouse: {db}")
        summary = run_poll(str(feeds), str(db), True, verbose, console)
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
    table = Table(title="Articles in the warehouse")
    for col in ("title", "feed", "extraction", "words", "duplicate"):
        table.add_column(col, overflow="fold")
    for row in articles:
        table.add_row(row[0], row[1] or "", row[2], str(row[3]), "yes" if row[4] else "")
    console.print(table)
    table = Table(title="Exercise mentions")
    for col in (
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
    ):
        table.add_column(col, overflow="fold")
    for row in mentions:
        table.add_row(
            *("" if v is None else (", ".join(v) if isinstance(v, list) else str(v)) for v in row)
        )
    console.print(table)
    console.print(f'Query it yourself: drillwatch sql --db {db} "SELECT * FROM exercise_mentions"')
    return 0
