"""One download per page per poll, robots.txt and Crawl-delay, end to end.

Sites are served by the fault server on 127.0.0.1, which counts and timestamps every request
it receives; polls write real DuckDB files. Feeds sit on different host names for 127.0.0.1
(`127.0.0.1`, `localhost`, `127.1`), so with two feeds per batch a poll runs several batches,
while their article pages all live on one site, as syndicated stories do.

Most polls run the flow's own stages in the flow's order without Prefect (as the soak does);
one test runs the Prefect flow itself, to check that the flow hands one robots.txt memory to
all of its batches.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest
import yaml
from faultserver import FaultServer, Request, dynamic, hang_after_headers, respond

from flows import poll
from flows.feedlist import load_feeds
from flows.politeness import PollPoliteness
from flows.settings import Settings, get_settings

SETTINGS = Settings(allow_private_networks=True, feeds_per_batch=2, extraction_workers=1)
HOSTS = ("127.0.0.1", "localhost", "127.1")
STORY = (
    "Troops from four countries began a two-week land exercise near the border on Monday, "
    "with armoured units, artillery and helicopters taking part in live-fire drills. The "
    "defence ministry said about three thousand soldiers were involved. "
)


class Site:
    """Article pages on 127.0.0.1 and feeds (on any host name) that list them.

    Every page names its clean URL as canonical, as news sites do. `listings[name]` holds a
    feed's items as (guid or None, link); a feed's body changes whenever `edition` does, so a
    later poll parses every feed again.
    """

    def __init__(self, faults: FaultServer, robots: bytes | None = None) -> None:
        self.faults = faults
        self.base = faults.url("")
        self.listings: dict[str, list[tuple[str | None, str]]] = {}
        self.edition = 1
        self.canonical = True
        faults.route("/story/*", dynamic(self._page))
        faults.route("/private/*", dynamic(self._page))
        if robots is not None:
            faults.route("/robots.txt", respond(robots, content_type="text/plain"))

    def _page(self, request: Request) -> tuple[int, dict[str, str], bytes]:
        path = request.path.split("?", 1)[0]
        canonical = f'<link rel="canonical" href="{self.base}{path}">' if self.canonical else ""
        html = (
            f"<html><head><title>Page {path}</title>{canonical}</head><body><article>"
            f"<h1>Page {path}</h1><p>{STORY * 3}</p><p>About {path}.</p></article></body></html>"
        )
        return 200, {"Content-Type": "text/html; charset=utf-8"}, html.encode()

    def page(self, path: str, query: str = "") -> str:
        return self.base + path + (f"?{query}" if query else "")

    def feed(self, name: str, host: str, items: list[tuple[str | None, str]]) -> dict:
        """Serve feed `name` and return its feeds-file entry."""
        self.listings[name] = items

        def answer(_request: Request) -> tuple[int, dict[str, str], bytes]:
            body = "".join(
                f"<item><title>{name} {n}</title><link>{link}</link>"
                + (f'<guid isPermaLink="false">{guid}</guid>' if guid else "")
                + f"<description>Summary {name} {n}.</description></item>"
                for n, (guid, link) in enumerate(self.listings[name])
            )
            return (
                200,
                {"Content-Type": "application/rss+xml"},
                (
                    f'<?xml version="1.0"?><rss version="2.0"><channel><title>{name}</title>'
                    f"<lastBuildDate>edition {self.edition}</lastBuildDate>{body}"
                    "</channel></rss>"
                ).encode(),
            )

        self.faults.route(f"/feeds/{name}.xml", dynamic(answer))
        return {"name": name, "url": self.faults.url(f"/feeds/{name}.xml", host=host)}

    def downloads(self) -> Counter:
        """Requests per page (query string dropped), since the log was last cleared."""
        return Counter(
            r.path.split("?", 1)[0]
            for r in self.faults.requests()
            if r.path.startswith(("/story/", "/private/"))
        )

    def robots_requests(self) -> int:
        return len(self.faults.requests("/robots.txt"))


def write_feeds(path: Path, feeds: list[dict]) -> Path:
    path.write_text(yaml.safe_dump({"feeds": feeds}), encoding="utf-8")
    return path


def poll_directly(feeds_file: Path, db_path: Path, settings: Settings = SETTINGS) -> int:
    """One poll of every feed through the flow's stages, in its order; returns batches run."""
    feeds = load_feeds(feeds_file)
    due = poll.select_due_feeds.fn(feeds, str(db_path), settings, every=True)
    polite = PollPoliteness(settings)
    run_id = str(uuid.uuid4())
    batches = poll.plan_batches(due, settings)
    for jobs in batches:
        started = datetime.now(UTC)
        fetched = poll.fetch_feeds_and_pages.fn(jobs, str(db_path), settings, polite)
        results = poll.analyse_batch.fn(fetched, 1)
        poll.store_batch.fn(run_id, fetched, results, started, str(db_path), settings)
    return len(batches)


def query(db_path: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db_path), read_only=True) as conn:
        return conn.execute(sql).fetchall()


def syndicated(site: Site) -> list[dict]:
    """Six feeds on three host names (three batches) sharing five pages, mostly tracked."""
    p = site.page
    return [
        site.feed("a", HOSTS[0], [("a1", p("/story/1")), ("a2", p("/story/2", "wt_mc=rss.a"))]),
        site.feed(
            "b",
            HOSTS[0],
            [("b1", p("/story/1", "cmpid=rss_b")), ("b2", p("/story/2")), ("b3", p("/story/3"))],
        ),
        site.feed(
            "c",
            HOSTS[1],
            [("c1", p("/story/1", "ocid=msn")), ("c2", p("/story/4", "sr_share=c"))],
        ),
        site.feed(
            "d",
            HOSTS[1],
            [("d1", p("/story/2", "at_medium=rss&at_campaign=d")), ("d2", p("/story/5"))],
        ),
        site.feed(
            "e",
            HOSTS[2],
            [("e1", p("/story/3", "ncid=e")), ("e2", p("/story/5", "wt_zmc=nl.e"))],
        ),
        site.feed(
            "f",
            HOSTS[2],
            [("f1", p("/story/4", "WT.mc_id=f")), ("f2", p("/story/1", "utm_source=f"))],
        ),
    ]


def test_each_page_is_downloaded_once_per_poll_across_feeds_and_batches(faults, tmp_path, db_path):
    site = Site(faults)
    feeds = write_feeds(tmp_path / "feeds.yaml", syndicated(site))
    assert poll_directly(feeds, db_path) == 3
    assert site.downloads() == {f"/story/{n}": 1 for n in range(1, 6)}
    assert query(db_path, "SELECT count(*) FROM core.articles") == [(5,)]
    # every listing is indexed, under the one article of its page
    listed = query(
        db_path,
        "SELECT e.guid, a.url FROM core.feed_entries e JOIN core.articles a USING (url_key)"
        " ORDER BY e.guid",
    )
    expected = {
        **dict.fromkeys(["a1", "b1", "c1", "f2"], "/story/1"),
        **dict.fromkeys(["a2", "b2", "d1"], "/story/2"),
        **dict.fromkeys(["b3", "e1"], "/story/3"),
        **dict.fromkeys(["c2", "f1"], "/story/4"),
        **dict.fromkeys(["d2", "e2"], "/story/5"),
    }
    assert {guid: url.removeprefix(site.base) for guid, url in listed} == expected


def test_a_repoll_downloads_no_known_page(faults, tmp_path, db_path):
    """New entries for stored pages, behind tracking parameters never seen before."""
    site = Site(faults)
    site.canonical = False  # stored under the link itself, not a canonical URL
    p = site.page
    feeds = [
        site.feed("a", HOSTS[0], [("a1", p("/story/1")), ("a2", p("/story/2", "cmpid=x"))]),
        site.feed("b", HOSTS[1], [("b1", p("/story/3"))]),
    ]
    feeds_file = write_feeds(tmp_path / "feeds.yaml", feeds)
    poll_directly(feeds_file, db_path)
    assert site.downloads() == {"/story/1": 1, "/story/2": 1, "/story/3": 1}

    faults.clear_log()
    site.edition = 2
    site.listings["a"] += [("a3", p("/story/3", "ocid=new")), ("a4", p("/story/1", "ncid=y"))]
    site.listings["b"] += [("b2", p("/story/2", "sr_share=z")), (None, p("/story/1", "icid=q"))]
    poll_directly(feeds_file, db_path)
    assert site.downloads() == {}
    assert site.robots_requests() == 0  # nothing to fetch, so no robots.txt either
    assert query(db_path, "SELECT count(*) FROM core.articles") == [(3,)]
    assert query(db_path, "SELECT count(*) FROM core.feed_entries") == [(7,)]


def test_a_warehouse_keyed_under_tracking_parameters_gets_no_duplicates(
    faults, tmp_path, db_path, monkeypatch
):
    """Articles stored before the cleaning rules knew `wt_mc` keep their keys; the next poll
    finds them whether a feed lists the page with that parameter, without it or with another."""
    import courlan.clean

    from extractors.urls import COURLAN_OWN_TRACKERS_RE

    site = Site(faults)
    site.canonical = False  # so the old key keeps the parameter: the harmful case
    p = site.page
    old_links = [(None, p("/story/1", "wt_mc=rss.a")), ("a2", p("/story/2", "wt_mc=rss.a"))]
    feeds_file = write_feeds(tmp_path / "feeds.yaml", [site.feed("a", HOSTS[0], old_links)])
    with monkeypatch.context() as old_rules:  # poll as drillwatch did before this change
        old_rules.setattr(courlan.clean, "TRACKERS_RE", COURLAN_OWN_TRACKERS_RE)
        poll_directly(feeds_file, db_path)
    with duckdb.connect(str(db_path)) as conn:
        # as before this change: no url_rules table, and its migration not yet applied
        conn.execute("DROP TABLE IF EXISTS core.url_rules")
        conn.execute("DELETE FROM main.schema_migrations WHERE version = 4")
    keys = sorted(r[0] for r in query(db_path, "SELECT url_key FROM core.articles"))
    assert keys == [p("/story/1", "wt_mc=rss.a"), p("/story/2", "wt_mc=rss.a")]

    faults.clear_log()
    site.edition = 2
    feeds = [
        site.feed("a", HOSTS[0], old_links),
        site.feed("b", HOSTS[1], [("b1", p("/story/1")), ("b2", p("/story/2", "ocid=b"))]),
    ]
    write_feeds(feeds_file, feeds)
    poll_directly(feeds_file, db_path)
    assert site.downloads() == {}
    assert sorted(r[0] for r in query(db_path, "SELECT url_key FROM core.articles")) == keys
    # feed a's entries are the same entries (not re-indexed); feed b's point at the old keys
    assert query(
        db_path,
        "SELECT f.name, count(*), list(DISTINCT e.url_key ORDER BY e.url_key) FROM"
        " core.feed_entries e JOIN core.feeds f USING (feed_id) GROUP BY 1 ORDER BY 1",
    ) == [("a", 2, keys), ("b", 2, keys)]
    assert query(db_path, "SELECT version, links_changed FROM core.url_rules") == [(2, 2)]


ROBOTS = b"""# the site's rules: everyone is kept out, we are let in except for a few places
User-agent: *
Disallow: /

User-agent: drillwatch
Disallow: /private/
Allow: /private/press/
Disallow: /*?print=
"""


def test_robots_txt_keeps_disallowed_pages_unrequested_and_says_why(faults, tmp_path, db_path):
    site = Site(faults, robots=ROBOTS)
    p = site.page
    feeds = [
        site.feed("a", HOSTS[0], [("a1", p("/story/1")), ("a2", p("/private/2"))]),
        site.feed("b", HOSTS[1], [("b1", p("/private/press/3")), ("b2", p("/story/4", "print=1"))]),
        site.feed("c", HOSTS[2], [("c1", p("/private/5")), ("c2", p("/story/6"))]),
    ]
    poll_directly(write_feeds(tmp_path / "feeds.yaml", feeds), db_path)
    assert site.downloads() == {"/story/1": 1, "/private/press/3": 1, "/story/6": 1}
    assert site.robots_requests() == 1  # once per poll, for three batches
    stored = dict(
        query(
            db_path,
            "SELECT title, extraction_status || ': ' || coalesce(extraction_reason, '')"
            " FROM core.articles",
        )
    )
    refused = "summary: disallowed by robots.txt"
    assert stored["a 1"] == stored["b 1"] == stored["c 0"] == refused
    assert all(stored[t].startswith("full") for t in ("a 0", "b 0", "c 1"))
    # the feeds themselves are fine: refusing a page is the site's choice, not a failure
    assert query(db_path, "SELECT DISTINCT last_outcome FROM core.feeds") == [("ok",)]
    assert query(db_path, "SELECT sum(pages_failed) FROM core.poll_log") == [(0,)]


@pytest.mark.parametrize(
    ("robots", "reason"),
    [
        (respond(b"busy", status=503, content_type="text/plain"), "HTTP 503"),
        (respond(b"slow down", status=429, content_type="text/plain"), "HTTP 429"),
        (hang_after_headers(content_type="text/plain"), "Timeout"),
    ],
    ids=["503", "429", "hang"],
)
def test_an_unreadable_robots_txt_skips_the_site_for_this_poll(
    faults, tmp_path, db_path, robots, reason
):
    site = Site(faults)
    faults.route("/robots.txt", robots)
    p = site.page
    feeds = [site.feed("a", HOSTS[0], [("a1", p("/story/1")), ("a2", p("/story/2"))])]
    poll_directly(write_feeds(tmp_path / "feeds.yaml", feeds), db_path)
    assert site.downloads() == {}
    assert site.robots_requests() == 1
    reasons = [r[0] for r in query(db_path, "SELECT extraction_reason FROM core.articles")]
    assert len(reasons) == 2
    assert all(r.startswith("robots.txt unavailable (") and reason in r for r in reasons)
    assert all(r.endswith("; page not fetched this poll") for r in reasons)


def test_only_a_robots_txt_that_exists_restricts(faults, tmp_path, db_path):
    """The same "Disallow: /" served three ways: as a file (200) it applies; behind a 404 or a
    403 there is no robots.txt, and everything is allowed (Google: 4xx but 429)."""
    site = Site(faults)
    answers = {HOSTS[0]: 200, HOSTS[1]: 404, HOSTS[2]: 403}

    def robots(request: Request) -> tuple[int, dict[str, str], bytes]:
        return answers[request.host], {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /"

    faults.route("/robots.txt", dynamic(robots))
    feeds = [
        site.feed(f"on-{host}", host, [(host, faults.url("/story/1", host=host))]) for host in HOSTS
    ]
    poll_directly(write_feeds(tmp_path / "feeds.yaml", feeds), db_path)
    fetched = sorted(r.host for r in faults.requests() if r.path == "/story/1")
    assert fetched == sorted(HOSTS[1:])
    assert sorted(r.host for r in faults.requests("/robots.txt")) == sorted(HOSTS)


def page_starts(site: Site) -> list[float]:
    return sorted(
        r.received_at for r in site.faults.requests() if r.path.startswith(("/story/", "/private/"))
    )


def test_crawl_delay_spaces_page_requests_across_batches(faults, tmp_path, db_path):
    """Server-side arrival times: no two page requests closer than the delay (minus a hair of
    clock granularity). Nothing is asserted about how fast we are, only that we were not
    faster than asked."""
    site = Site(faults, robots=b"User-agent: *\nCrawl-delay: 0.4\n")
    p = site.page
    feeds = [
        site.feed("a", HOSTS[0], [(f"a{n}", p(f"/story/{n}")) for n in range(3)]),
        site.feed("b", HOSTS[1], [(f"b{n}", p(f"/story/{n}")) for n in range(3, 6)]),
    ]
    one_per_batch = SETTINGS.model_copy(update={"feeds_per_batch": 1})
    assert poll_directly(write_feeds(tmp_path / "feeds.yaml", feeds), db_path, one_per_batch) == 2
    starts = page_starts(site)
    assert len(starts) == 6
    gaps = [later - earlier for earlier, later in zip(starts, starts[1:], strict=False)]
    assert min(gaps) >= 0.4 - 0.02, gaps


def test_a_huge_crawl_delay_is_capped(faults, tmp_path, db_path):
    site = Site(faults, robots=b"User-agent: drillwatch\nCrawl-delay: 3600\n")
    p = site.page
    feeds = [site.feed("a", HOSTS[0], [(f"a{n}", p(f"/story/{n}")) for n in range(3)])]
    capped = SETTINGS.model_copy(update={"max_crawl_delay_s": 0.3})
    poll_directly(write_feeds(tmp_path / "feeds.yaml", feeds), db_path, capped)
    starts = page_starts(site)
    assert len(starts) == 3  # all fetched in this poll, an hour apart would not be
    assert min(b - a for a, b in zip(starts, starts[1:], strict=False)) >= 0.3 - 0.02


def test_robots_can_be_turned_off_everywhere(faults, tmp_path, db_path):
    site = Site(faults, robots=b"User-agent: *\nDisallow: /\nCrawl-delay: 3600\n")
    p = site.page
    feeds = write_feeds(tmp_path / "feeds.yaml", [site.feed("a", HOSTS[0], [("a1", p("/s/1"))])])
    poll_directly(feeds, db_path)  # the setting's default: robots.txt applies
    assert site.downloads() == {} and site.robots_requests() == 1

    faults.clear_log()
    site.edition = 2
    site.listings["a"] = [("a2", p("/story/2")), ("a3", p("/private/3"))]
    ignoring = SETTINGS.model_copy(update={"respect_robots": False})
    poll_directly(feeds, db_path, ignoring)
    assert site.downloads() == {"/story/2": 1, "/private/3": 1}
    assert site.robots_requests() == 0


def test_robots_can_be_turned_off_for_a_feed_the_user_owns(faults, tmp_path, db_path):
    site = Site(faults, robots=b"User-agent: *\nDisallow: /private/\n")
    p = site.page
    own = site.feed("own", HOSTS[0], [("o1", p("/private/1")), ("o2", p("/private/3"))])
    other = site.feed("other", HOSTS[1], [("x1", p("/private/2")), ("x2", p("/private/3"))])
    feeds_file = write_feeds(tmp_path / "feeds.yaml", [{**own, "robots": False}, other])
    poll_directly(feeds_file, db_path)
    # /private/3 is listed by both: the owner's feed may fetch it, once
    assert site.downloads() == {"/private/1": 1, "/private/3": 1}
    assert site.robots_requests() == 1  # for the other feed's page
    assert query(
        db_path, "SELECT title FROM core.articles WHERE extraction_reason LIKE '%robots.txt'"
    ) == [("other 0",)]


@pytest.fixture
def two_feeds_per_batch(monkeypatch) -> Iterator[None]:
    """The flow reads its settings from the environment (once per process)."""
    monkeypatch.setenv("DRILLWATCH_FEEDS_PER_BATCH", "2")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_the_flow_reads_robots_txt_once_and_each_page_once_per_poll(
    faults, tmp_path, db_path, prefect_harness, two_feeds_per_batch
):
    site = Site(faults, robots=b"User-agent: *\nDisallow: /private/\n")
    listed = syndicated(site)
    site.listings["f"].append(("f3", site.page("/private/9", "wt_mc=rss")))
    feeds = write_feeds(tmp_path / "feeds.yaml", listed)
    summary = poll.poll_feeds(str(feeds), str(db_path), allow_private_networks=True)
    assert summary.count("ok") == 6 and summary.articles_added == 6
    assert summary.pages_refused_by_robots == 1
    assert site.downloads() == {f"/story/{n}": 1 for n in range(1, 6)}
    assert site.robots_requests() == 1
    assert query(db_path, "SELECT count(DISTINCT run_id) FROM core.poll_log") == [(1,)]
    assert query(db_path, "SELECT count(*) FROM core.poll_log") == [(6,)]
