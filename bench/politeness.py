"""Politeness on the fault harness: how often each article page is downloaded per poll.

A site on 127.0.0.1 (tests/faultserver.py) serves 40 feeds that share 184 article pages the way
news sites syndicate: each page is listed by two to five feeds, in different batches, often
behind a tracking parameter (`?wt_mc=rss.feedN`, `?cmpid=...`, `?ncid=...`, `?at_medium=...`)
that differs from feed to feed, and every page names its clean URL as `<link rel=canonical>`.
A few pages sit under /private/, which the site's robots.txt disallows for every crawler.

The real poll flow runs twice (five feeds per batch, so eight batches a poll). For the second
poll every page gains one more listing, in a feed that did not list it before and behind a
tracking parameter not seen before (`wt_zmc`, `ocid`, `sr_share`): every one of those pages is
already stored and must not be downloaded again. The server counts the requests for each page.

    .venv/bin/python bench/politeness.py [--json out.json]

Prints a Markdown table; exits 1 when a page was downloaded more than once in a poll, a
known page was downloaded again, or a path robots.txt disallows was requested.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

os.environ.setdefault("DRILLWATCH_FEEDS_PER_BATCH", "5")
os.environ.setdefault("DRILLWATCH_EXTRACTION_WORKERS", "1")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

from faultserver import FaultServer, Request, dynamic, respond  # noqa: E402

FEEDS = 40
PAGES = 184
PRIVATE = 8  # pages under /private/, disallowed by robots.txt
TRACKERS = ("wt_mc=rss.feed{f}", "cmpid=rss_{f}", "ncid=feed{f}", "at_medium=rss&at_campaign=f{f}")
LATE_TRACKERS = ("wt_zmc=nl.int.feed{f}", "ocid=msn{f}", "sr_share=rss{f}")
ROBOTS = b"User-agent: *\nDisallow: /private/\n"


def page_path(n: int) -> str:
    return f"/private/{n}" if n >= PAGES - PRIVATE else f"/world/{n}"


def listings(n: int) -> list[int]:
    """The feeds that list page n: two to five, spread over different batches."""
    count = 2 + n % 4
    return [(n * 7 + k * 11) % FEEDS for k in range(count)]


def late_listing(n: int) -> int:
    """A feed that lists page n only from the second poll on (syndicated a day later)."""
    return (
        next(f for f in range(n % FEEDS, n % FEEDS + FEEDS) if f % FEEDS not in listings(n)) % FEEDS
    )


def link(base: str, n: int, feed: int, k: int) -> str:
    """Feed `feed`'s link to page n: clean for the first lister, tracked for the others."""
    url = base + page_path(n)
    if k == 0:
        return url
    return url + "?" + TRACKERS[(n + k) % len(TRACKERS)].format(f=feed)


def build_site(server: FaultServer, state: dict) -> None:
    from pages import make_pages

    base = server.url("")
    html = {}
    for n, (_, page) in enumerate(make_pages(PAGES)):
        html[page_path(n)] = page.replace(
            f"https://news.bench.test/world/{n}", base + page_path(n)
        ).encode()

    def page(request: Request) -> tuple[int, dict[str, str], bytes]:
        body = html.get(request.path.split("?", 1)[0])
        if body is None:
            return 404, {"Content-Type": "text/plain"}, b"no such page"
        return 200, {"Content-Type": "text/html; charset=utf-8"}, body

    server.route("/world/*", dynamic(page))
    server.route("/private/*", dynamic(page))
    server.route("/robots.txt", respond(ROBOTS, content_type="text/plain"))
    items: dict[int, list[str]] = {f: [] for f in range(FEEDS)}
    late: dict[int, list[str]] = {f: [] for f in range(FEEDS)}

    def item(feed: int, n: int, url: str) -> str:
        return (
            f"<item><title>Story {n}</title><link>{url}</link>"
            f'<guid isPermaLink="false">feed{feed}-story{n}</guid>'
            f"<description>Summary of story {n}.</description></item>"
        )

    for n in range(PAGES):
        for k, feed in enumerate(listings(n)):
            items[feed].append(item(feed, n, link(base, n, feed, k)))
        feed = late_listing(n)
        tracker = LATE_TRACKERS[n % len(LATE_TRACKERS)].format(f=feed)
        late[feed].append(item(feed, n, f"{base}{page_path(n)}?{tracker}"))

    def feed(request: Request) -> tuple[int, dict[str, str], bytes]:
        f = int(request.path.rsplit("/", 1)[1].split(".")[0])
        body = (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Feed {f}</title><link>{base}/</link><description>d</description>"
            f"<lastBuildDate>poll {state['poll']}</lastBuildDate>"
            + "".join(items[f])
            + ("".join(late[f]) if state["poll"] > 1 else "")
            + "</channel></rss>"
        )
        return 200, {"Content-Type": "application/rss+xml"}, body.encode()

    server.route("/feed/*", dynamic(feed))


def page_downloads(server: FaultServer) -> Counter:
    return Counter(
        r.path.split("?", 1)[0]
        for r in server.requests()
        if r.path.startswith(("/world/", "/private/"))
    )


def one_poll(server: FaultServer, feeds_file: Path, db: Path) -> dict:
    from flows.poll import poll_feeds

    server.clear_log()
    summary = poll_feeds(str(feeds_file), str(db), allow_private_networks=True, every_feed=True)
    counts = page_downloads(server)
    return {
        "feeds_polled": summary.feeds_due,
        "articles_added": summary.articles_added,
        "page_downloads": sum(counts.values()),
        "pages_downloaded": len(counts),
        "pages_downloaded_more_than_once": sum(1 for c in counts.values() if c > 1),
        "most_downloads_of_one_page": max(counts.values(), default=0),
        "robots_txt_requests": len(server.requests("/robots.txt")),
        "disallowed_requests": sum(c for p, c in counts.items() if p.startswith("/private/")),
    }


def stored(db: Path) -> dict:
    import duckdb

    with duckdb.connect(str(db), read_only=True) as conn:
        one = conn.execute
        return {
            "articles": one("SELECT count(*) FROM core.articles").fetchone()[0],
            "feed_entries": one("SELECT count(*) FROM core.feed_entries").fetchone()[0],
            "robots_reasons": one(
                "SELECT count(*) FROM core.articles WHERE extraction_reason LIKE '%robots.txt%'"
            ).fetchone()[0],
        }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", help="also write the figures to this JSON file")
    args = parser.parse_args()
    import yaml

    state = {"poll": 1}
    with tempfile.TemporaryDirectory(prefix="drillwatch-polite-") as scratch, FaultServer() as srv:
        build_site(srv, state)
        work = Path(scratch)
        feeds_file, db = work / "feeds.yaml", work / "polite.duckdb"
        feeds = [{"name": f"feed {f}", "url": srv.url(f"/feed/{f}.xml")} for f in range(FEEDS)]
        feeds_file.write_text(yaml.safe_dump({"feeds": feeds}), encoding="utf-8")
        first = one_poll(srv, feeds_file, db)
        state["poll"] = 2
        second = one_poll(srv, feeds_file, db)
        rows = stored(db)
    print(
        f"\n{FEEDS} feeds, {PAGES} distinct pages ({PRIVATE} disallowed by robots.txt), "
        f"{sum(len(listings(n)) for n in range(PAGES))} listings\n"
    )
    print(
        "| poll | page downloads | pages downloaded | more than once | most of one page "
        "| robots.txt requests | requests to disallowed paths | new articles |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for number, poll in enumerate((first, second), start=1):
        print(
            f"| {number} | {poll['page_downloads']} | {poll['pages_downloaded']} | "
            f"{poll['pages_downloaded_more_than_once']} | {poll['most_downloads_of_one_page']} | "
            f"{poll['robots_txt_requests']} | {poll['disallowed_requests']} | "
            f"{poll['articles_added']} |"
        )
    print(
        f"\n- stored: {rows['articles']} articles, {rows['feed_entries']} feed entries, "
        f"{rows['robots_reasons']} articles with a robots.txt reason"
    )
    if args.json:
        Path(args.json).write_text(json.dumps({"polls": [first, second], **rows}, indent=2))
    failed = (
        first["pages_downloaded_more_than_once"]
        or second["page_downloads"]
        or first["disallowed_requests"]
        or rows["articles"] != PAGES
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
