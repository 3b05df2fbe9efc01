"""Hostile and broken feeds on the whole poll path: nothing crashes, nothing is lost or doubled.

One poll runs over a site where almost every feed misbehaves in its own way (trickling, hanging,
resetting, 60 MB, gzip bombs, redirect loops, HTML, broken XML, a wrong charset, an empty body,
entity attacks) next to one good feed whose article links misbehave too. The run must record a
one-line reason for each bad feed, store the good feed's articles, and stay within the timeouts
and far below 200 MB of extra memory. Separate tests cover the entity refusals in detail and a
5,000-entry feed with repeated GUIDs polled until every entry has landed exactly once.
"""

from __future__ import annotations

import contextlib
import socket
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest
from conftest import write_feeds
from faultserver import (
    FaultServer,
    PeakRss,
    Request,
    drip,
    drip_head,
    dynamic,
    endless,
    gzip_bomb_bytes,
    hang_after_headers,
    redirect,
    reset,
    respond,
)

from extractors.feeds import UnsafeFeedError, parse_feed
from flows import poll
from flows.feedlist import load_feeds
from flows.settings import Settings

SECRET = "TOPSECRET-drillwatch-xxe-canary"
ARTICLE_TEXT = (
    "Warships from the two neighbouring navies sailed before dawn to begin a five-day joint "
    "patrol exercise in the northern strait, the defence ministry said on Wednesday. The drill "
    "involves twelve vessels, four maritime patrol aircraft and about two thousand sailors, "
    "and will rehearse convoy escort, mine clearance and search and rescue at sea. Officials "
    "said the exercise had been planned for months and was not aimed at any third country."
)


def rss(items: str, prolog: str = '<?xml version="1.0" encoding="utf-8"?>') -> str:
    return (
        f'{prolog}\n<rss version="2.0"><channel><title>Hostile fixture</title>'
        f"<link>http://127.0.0.1/</link><description>d</description>{items}</channel></rss>"
    )


def item(guid: str, link: str, title: str, summary: str = "A short summary of the story.") -> str:
    return (
        f'<item><title>{title}</title><link>{link}</link><guid isPermaLink="false">{guid}'
        f"</guid><description>{summary}</description></item>"
    )


def page(title: str, canonical: str | None = None) -> bytes:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return (
        f'<!DOCTYPE html><html lang="en"><head><title>{title}</title>{link}</head><body>'
        f"<nav>Home | World | Defence</nav><article><h1>{title}</h1><p>{ARTICLE_TEXT}</p>"
        f"<p>{ARTICLE_TEXT}</p></article><footer>Fixture Times</footer></body></html>"
    ).encode()


def laughs_dtd() -> str:
    levels = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    return "<!DOCTYPE rss [\n" + "\n".join(levels) + "\n]>"


def entity_documents(secret_file: Path) -> dict[str, bytes]:
    """Entity attacks, including the disguises that got past the first version of the check."""
    laughs_item = item("l1", "http://127.0.0.1/x", "&lol9;")
    xxe_dtd = f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret_file}">]>'
    xxe_item = item("x1", "http://127.0.0.1/x", "leak &xxe; here", "&xxe;")
    # A long comment holding "<a" before the DOCTYPE: past a fixed-size prolog scan, and it
    # makes feedparser's DOCTYPE scrubber think the root element has started.
    padding = "<!-- <a> " + "padding " * 40_000 + "-->"
    utf7_dtd = "+ADw-!DOCTYPE rss +AFs-+ADw-!ENTITY a +ACI-AAAA+ACI-+AD4-+AF0-+AD4-"
    return {
        "billion-laughs": rss(
            laughs_item, prolog=f'<?xml version="1.0"?>\n{laughs_dtd()}'
        ).encode(),
        "laughs-after-long-prolog": rss(
            laughs_item, prolog=f'<?xml version="1.0"?>\n{padding}\n{laughs_dtd()}'
        ).encode(),
        "xxe": rss(xxe_item, prolog=f'<?xml version="1.0"?>\n{xxe_dtd}').encode(),
        "xxe-after-long-prolog": rss(
            xxe_item, prolog=f'<?xml version="1.0"?>\n{padding}\n{xxe_dtd}'
        ).encode(),
        # a fake end of the internal subset inside a comment or a literal, then the attack
        "subset-end-in-comment": rss(
            laughs_item,
            prolog='<?xml version="1.0"?>' + laughs_dtd().replace("[", "[<!-- ]> -->", 1),
        ).encode(),
        "subset-end-in-literal": rss(
            laughs_item,
            prolog='<?xml version="1.0"?>'
            + laughs_dtd().replace("[", '[<!ATTLIST rss v CDATA "]>">', 1),
        ).encode(),
        "parameter-entity": rss(
            item("p1", "http://127.0.0.1/x", "p"),
            prolog='<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % remote SYSTEM '
            '"http://127.0.0.1:9/evil.dtd"> %remote;]>',
        ).encode(),
        "utf-16": rss(
            laughs_item, prolog=f'<?xml version="1.0" encoding="utf-16"?>{laughs_dtd()}'
        ).encode("utf-16"),
        "utf-7": rss(
            item("u1", "http://127.0.0.1/x", "&a;"),
            prolog=f'<?xml version="1.0" encoding="utf-7"?>{padding}{utf7_dtd}',
        ).encode(),
        "ebcdic": rss(
            item("e1", "http://127.0.0.1/x", "&lol9;"),
            prolog=f'<?xml version="1.0" encoding="cp037"?>{laughs_dtd()}',
        ).encode("cp037"),
    }


@pytest.mark.parametrize("name", list(entity_documents(Path("/x"))))
def test_entity_attacks_are_refused_in_bounded_time_and_memory(name, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    body = entity_documents(secret)[name]
    started = time.monotonic()
    with PeakRss() as memory, pytest.raises(UnsafeFeedError, match="entity"):
        parse_feed(body, {"content-type": "application/rss+xml"}, "http://127.0.0.1/feed")
    assert time.monotonic() - started < 2.0
    assert memory.growth_mib < 50


@pytest.mark.parametrize("unit", [b"<?x ", b"<!-- ", b"[]", b'"a" ', b"<!--a-->"])
def test_the_entity_check_stays_linear_on_hostile_doctypes(unit):
    """A megabyte of unterminated PIs in a DOCTYPE once cost the check minutes (a re-scan
    from every `<?`); every byte must be looked at a bounded number of times."""
    flood = unit * ((1 << 20) // len(unit))
    body = b'<?xml version="1.0"?><!DOCTYPE rss [' + flood + b"]><rss/>"
    started = time.monotonic()
    with contextlib.suppress(UnsafeFeedError):
        parse_feed(body, {"content-type": "application/rss+xml"}, "http://127.0.0.1/feed")
    assert time.monotonic() - started < 5.0


def test_legitimate_documents_that_mention_entities_are_not_refused():
    cdata = item(
        "c1",
        "http://127.0.0.1/c",
        "XML tips",
        '<![CDATA[<p>Write <!ENTITY name "value"> in a DTD.</p>]]>',
    )
    escaped = item("c2", "http://127.0.0.1/d", "More tips", "Never use &lt;!ENTITY&gt; in feeds")
    netscape = (
        '<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS'
        ' 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">'
    )
    for body in (rss(cdata + escaped), rss(cdata, prolog=netscape)):
        parsed = parse_feed(body.encode(), {"content-type": "application/rss+xml"}, "http://x/")
        assert parsed.is_feed and parsed.entries


def build_hostile_site(faults: FaultServer, secret_file: Path) -> dict[str, str]:
    """Route every hostile feed and the good feed with its pages; return feed name -> URL."""
    base = faults.url("")
    good_items = "".join(
        [
            item("g1", f"{base}/pages/drill.html", "Navies begin joint patrol exercise"),
            item("g2", f"{base}/pages/report.pdf", "Institute publishes 60 MB report"),
            item("g3", f"{base}/pages/copy.html", "Syndicated copy of the patrol story"),
            item("g4", f"{base}/pages/elsewhere.html", "Story claiming another site's address"),
            item("g5", f"{base}/pages/loop-a.html", "Story behind a redirect loop"),
            item("g6", f"{base}/pages/bomb.html", "Story behind a gzip bomb"),
            item("g7", f"{base}/pages/binary.html", "Story whose page is binary noise"),
            item("g8", f"{base}/pages/hang.html", "Story whose page never arrives"),
        ]
    )
    html = "text/html"
    faults.route("/pages/drill.html", respond(page("Navies begin patrol"), content_type=html))
    faults.route("/pages/report.pdf", endless(60 << 20, content_type="application/pdf"))
    faults.route(
        "/pages/copy.html",
        respond(page("Copy", canonical=f"{base}/pages/drill.html"), content_type="text/html"),
    )
    faults.route(
        "/pages/elsewhere.html",
        respond(
            page("Elsewhere", canonical="https://elsewhere.example.net/story"),
            content_type="text/html",
        ),
    )
    faults.route("/pages/loop-a.html", redirect("/pages/loop-b.html"))
    faults.route("/pages/loop-b.html", redirect("/pages/loop-a.html"))
    faults.route(
        "/pages/bomb.html",
        respond(
            gzip_bomb_body(), content_type="text/html", headers={"Content-Encoding": "gzip, gzip"}
        ),
    )
    faults.route("/pages/binary.html", respond(bytes(range(256)) * 400, content_type="text/html"))
    faults.route("/pages/hang.html", hang_after_headers(content_type=html))

    entity_docs = entity_documents(secret_file)
    cyrillic = rss(
        item("cyr-1", f"{base}/pages/cyrillic.html", "Учения флота", "Корабли вышли в море")
    ).encode("cp1251")  # declared utf-8: wrong
    broken = rss(item("b1", f"{base}/pages/broken.html", "Only item before the damage"))
    broken = broken.replace("</channel></rss>", "<item><title>Unclosed <b>tag & stray")
    routes = {
        "good": ("/good.xml", respond(rss(good_items).encode())),
        "drip": ("/drip.xml", drip(rss("").encode(), interval_s=0.5)),
        "slowloris": ("/slowloris.xml", drip_head(interval_s=0.3)),
        "hang": ("/hang.xml", hang_after_headers()),
        "reset": ("/reset.xml", reset()),
        "huge": ("/huge.xml", endless(60 << 20)),
        "bomb": (
            "/bomb.xml",
            respond(gzip_bomb_body(), headers={"Content-Encoding": "gzip, gzip"}),
        ),
        "loop": ("/loop-a.xml", redirect("/loop-b.xml")),
        "html": ("/page.html", respond(page("Not a feed"), content_type="text/html")),
        "garbage": ("/garbage.xml", respond(b"this is not xml at all < & >")),
        "malformed": ("/malformed.xml", respond(broken.encode())),
        "charset": ("/charset.xml", respond(cyrillic)),
        "empty": ("/empty.xml", respond(b"")),
        "laughs": ("/laughs.xml", respond(entity_docs["laughs-after-long-prolog"])),
        "xxe": ("/xxe.xml", respond(entity_docs["xxe-after-long-prolog"])),
        "utf7": ("/utf7.xml", respond(entity_docs["utf-7"], content_type="application/xml")),
    }
    faults.route("/loop-b.xml", redirect("/loop-a.xml"))
    return {name: faults.route(path, behaviour) for name, (path, behaviour) in routes.items()}


def gzip_bomb_body() -> bytes:
    return gzip_bomb_bytes(256, layers=2)


def query(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as conn:
        return conn.execute(sql).fetchall()


@pytest.mark.usefixtures("prefect_harness")
def test_a_poll_over_hostile_feeds_records_every_failure_and_keeps_the_good(
    faults, tmp_path, db_path
):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    urls = build_hostile_site(faults, secret)
    feeds = write_feeds(tmp_path / "feeds.yaml", list(urls.values()))
    settings = Settings()
    started = time.monotonic()
    with PeakRss() as memory:
        summary = poll.poll_feeds(str(feeds), str(db_path), allow_private_networks=True)
    elapsed = time.monotonic() - started

    # bounded: the slow cases overlap two at a time (per-host limit), nothing waits longer
    assert elapsed < 3 * settings.total_timeout_s + 30
    assert memory.growth_mib < 200

    state = {
        url: (outcome, error)
        for url, outcome, error in query(
            db_path, "SELECT configured_url, last_outcome, last_error FROM feed_status"
        )
    }
    by_name = {name: state[url] for name, url in urls.items()}
    expected_errors = {
        "drip": "in total",
        "slowloris": "in total",
        "hang": "Timeout",
        "reset": "",
        "huge": "larger than the 2 MiB cap",
        "bomb": "larger than the 2 MiB cap",
        "loop": "more than 5 redirects",
        "html": "not an RSS/Atom feed (an HTML page)",
        "garbage": "not an RSS/Atom feed",
        "empty": "empty response body",
        "laughs": "entity declarations are refused",
        "xxe": "entity declarations are refused",
        "utf7": "entity declarations are refused",
    }
    for name, fragment in expected_errors.items():
        outcome, error = by_name[name]
        assert outcome == "error" and error and fragment in error, (name, error)
        assert "\n" not in error and "Traceback" not in error
    assert by_name["good"] == ("ok", None)
    assert by_name["malformed"][0] == "ok" and "parsed with errors" in by_name["malformed"][1]
    assert by_name["charset"][0] == "ok" and "charset repaired" in by_name["charset"][1]
    assert summary.count("error") == len(expected_errors)

    titles = dict(query(db_path, "SELECT title, extraction_status FROM articles"))
    assert titles["Учения флота"] == "summary"  # repaired, not mojibake
    assert "Only item before the damage" in titles
    reasons = dict(query(db_path, "SELECT title, extraction_reason FROM articles"))
    assert titles["Navies begin joint patrol exercise"] == "full"
    assert reasons["Institute publishes 60 MB report"] == "not HTML: application/pdf"
    assert "redirects" in reasons["Story behind a redirect loop"]
    assert "larger than the 1 MiB cap" in reasons["Story behind a gzip bomb"]
    assert "Timeout" in reasons["Story whose page never arrives"]
    assert (
        "canonical link to another site ignored" in reasons["Story claiming another site's address"]
    )
    assert "Story whose page is binary noise" in titles
    assert faults.sent["/pages/report.pdf"] < (60 << 20) // 4  # the PDF was never read

    # the syndicated copy named the drill page as canonical: one article, two entries
    drill_key = f"{faults.url('')}/pages/drill.html"
    assert query(db_path, f"SELECT count(*) FROM core.articles WHERE url_key = '{drill_key}'") == [
        (1,)
    ]
    assert query(
        db_path, f"SELECT count(*) FROM core.feed_entries WHERE url_key = '{drill_key}'"
    ) == [(2,)]
    assert "Syndicated copy of the patrol story" not in titles
    good_entries = 8
    extra_entries = 2  # the malformed and the charset feeds' items
    assert query(db_path, "SELECT count(*) FROM core.feed_entries") == [
        (good_entries + extra_entries,)
    ]
    assert query(db_path, "SELECT count(*), count(DISTINCT url_key) FROM core.articles") == [
        (good_entries - 1 + extra_entries, good_entries - 1 + extra_entries)
    ]
    leaked = query(
        db_path,
        "SELECT count(*) FROM core.articles WHERE text LIKE "
        f"'%{SECRET}%' OR title LIKE '%{SECRET}%' OR summary LIKE '%{SECRET}%'",
    )
    assert leaked == [(0,)]


def long_feed(base: str, entries: int, shared_guids: int, repeats: int) -> bytes:
    """`entries` items; the first `2 * shared_guids` reuse a GUID in pairs (with different
    links), and the last `repeats` items are exact copies of earlier ones."""
    items = []
    for n in range(entries):
        guid = f"shared-{n // 2}" if n < 2 * shared_guids else f"entry-{n}"
        items.append(item(guid, f"{base}/a/{n}", f"Entry number {n}"))
    items += items[:repeats]
    return rss("".join(items)).encode()


def poll_directly(feeds_file: Path, db_path: Path, settings: Settings) -> None:
    """The flow's own stages, in the flow's order, without Prefect around them."""
    feeds = load_feeds(feeds_file)
    due = poll.select_due_feeds.fn(feeds, str(db_path), settings)
    run_id = str(uuid.uuid4())
    for jobs in poll.plan_batches(due, settings):
        started = datetime.now(UTC)
        fetched = poll.fetch_feeds_and_pages.fn(jobs, str(db_path), settings)
        results = poll.analyse_batch.fn(fetched, 1)
        poll.store_batch.fn(run_id, fetched, results, started, str(db_path), settings)


def closed_port() -> int:
    """A loopback port with nothing listening (bound once, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_5000_entries_with_repeated_guids_all_land_exactly_once(faults, tmp_path, db_path):
    """The per-poll cap takes the next slice each poll; validators wait for the last slice.

    The feed answers If-None-Match with 304, so a validator advanced too early would strand
    every entry after the first slice. Article links point at a closed loopback port, so each
    page costs one refused connection and the entry is stored from its summary.
    """
    body = long_feed(
        f"http://127.0.0.1:{closed_port()}", entries=5000, shared_guids=100, repeats=50
    )

    def feed(request: Request) -> tuple[int, dict[str, str], bytes]:
        if request.headers.get("if-none-match") == '"v1"':
            return 304, {"ETag": '"v1"'}, b""
        return 200, {"ETag": '"v1"', "Content-Type": "application/rss+xml"}, body

    url = faults.route("/long.xml", dynamic(feed))
    feeds = write_feeds(tmp_path / "feeds.yaml", [url])
    settings = Settings(allow_private_networks=True, max_entries_per_feed=2500)

    counts, etags = [], []
    for _ in range(3):
        poll_directly(feeds, db_path, settings)
        counts.append(query(db_path, "SELECT count(*) FROM core.feed_entries")[0][0])
        etags.append(query(db_path, "SELECT etag FROM core.feeds")[0][0])
        with duckdb.connect(str(db_path)) as conn:
            conn.execute("UPDATE core.feeds SET next_poll_at = NULL")
    assert counts == [2500, 5000, 5000]
    assert etags == [None, '"v1"', '"v1"']
    assert [r.headers.get("if-none-match") for r in faults.requests("/long.xml")] == [
        None,
        None,
        '"v1"',
    ]
    assert query(db_path, "SELECT count(*), count(DISTINCT url_key) FROM core.articles") == [
        (5000, 5000)
    ]
    # 100 GUIDs were each shared by two different stories: both stories landed
    assert query(db_path, "SELECT count(DISTINCT guid) FROM core.feed_entries") == [(4900,)]
    outcomes = query(
        db_path, "SELECT outcome, entries_total, entries_new FROM core.poll_log ORDER BY started_at"
    )
    assert outcomes == [("ok", 5000, 2500), ("ok", 5000, 2500), ("not_modified", 0, 0)]
