"""The poll flow end to end: real HTTP server, real DuckDB file, Prefect's test harness."""

from __future__ import annotations

import duckdb
import pytest
from conftest import serve_fixture, serve_pages, write_feeds
from werkzeug import Response

from flows.poll import poll_feeds

pytestmark = pytest.mark.usefixtures("prefect_harness")


def rows(db, sql):
    with duckdb.connect(str(db), read_only=True) as conn:
        return conn.execute(sql).fetchall()


def good_feeds(server):
    serve_fixture(server, "/rss20.xml", "rss20.xml", headers={"ETag": '"rss-v1"'})
    serve_fixture(server, "/rss10.rdf", "rss10.rdf")
    serve_fixture(
        server, "/atom.xml", "atom.xml", headers={"Last-Modified": "Fri, 05 Jun 2026 10:00:00 GMT"}
    )
    serve_pages(server)
    return [server.url_for(p) for p in ("/rss20.xml", "/rss10.rdf", "/atom.xml")]


def test_every_article_lands_once_and_rerun_adds_nothing(server, tmp_path, db_path):
    feeds = write_feeds(tmp_path / "feeds.yaml", good_feeds(server))
    first = poll_feeds(str(feeds), str(db_path), allow_private_networks=True)
    assert first.count("ok") == 3 and first.articles_added == 6
    assert rows(db_path, "SELECT count(*) FROM articles") == [(6,)]
    statuses = dict(rows(db_path, "SELECT title, extraction_status FROM articles"))
    assert statuses["Navies of two neighbours begin joint patrol drill"] == "full"
    assert statuses["Institute releases annual arms survey"] == "summary"  # PDF link
    assert statuses["Shipyard strike enters second week"] == "summary"  # 404 page
    reasons = dict(rows(db_path, "SELECT title, extraction_reason FROM articles"))
    assert reasons["Institute releases annual arms survey"] == "not HTML: application/pdf"
    # the canonical link to another site is not allowed to replace the key
    keys = [r[0] for r in rows(db_path, "SELECT article_id FROM articles")]
    assert not any("elsewhere.example.net" in k for k in keys)
    assert all("utm_" not in k for k in keys)

    # due again immediately: force it by clearing next_poll_at
    with duckdb.connect(str(db_path)) as conn:
        conn.execute("UPDATE core.feeds SET next_poll_at = NULL")
    server.clear_log()
    second = poll_feeds(str(feeds), str(db_path), allow_private_networks=True)
    assert second.articles_added == 0
    assert rows(db_path, "SELECT count(*) FROM articles") == [(6,)]
    assert {f.outcome for f in second.feeds} <= {"unchanged", "not_modified"}
    sent = {req.path: req.headers for req, _ in server.log}
    assert sent["/rss20.xml"].get("If-None-Match") == '"rss-v1"'
    assert sent["/atom.xml"].get("If-Modified-Since") == "Fri, 05 Jun 2026 10:00:00 GMT"
    assert not any(path.startswith("/pages/") for path in sent)  # no page refetched


def test_faulty_feeds_are_recorded_and_good_ones_still_land(server, tmp_path, db_path):
    urls = good_feeds(server)
    server.expect_request("/500.xml").respond_with_data("oops", status=500)
    server.expect_request("/gone.xml").respond_with_data("", status=410)
    server.expect_request("/busy.xml").respond_with_data(
        "", status=429, headers={"Retry-After": "600"}
    )
    serve_fixture(server, "/broken.xml", "garbage.xml")
    serve_fixture(server, "/bomb.xml", "entities.xml")
    server.expect_request("/moved.xml").respond_with_data(
        "", status=301, headers={"Location": "/rss20.xml"}
    )
    server.expect_request("/slow.xml").respond_with_handler(
        lambda _r: (__import__("time").sleep(2.5), Response("late"))[1]
    )
    bad = [
        "/500.xml",
        "/gone.xml",
        "/busy.xml",
        "/broken.xml",
        "/bomb.xml",
        "/slow.xml",
        "/nowhere.xml",
    ]
    feeds = write_feeds(
        tmp_path / "feeds.yaml",
        urls + [server.url_for(p) for p in bad] + [server.url_for("/moved.xml")],
    )
    summary = poll_feeds(str(feeds), str(db_path), allow_private_networks=True)
    assert summary.articles_added == 6
    status = {
        r[0]: r[1:]
        for r in rows(
            db_path, "SELECT configured_url, url, active, last_outcome, last_error FROM feed_status"
        )
    }
    by_path = {url.split(server.url_for("/"))[-1]: value for url, value in status.items()}
    assert by_path["500.xml"][2:] == ("error", "HTTP 500")
    assert by_path["gone.xml"][1] is False
    assert "Retry-After: 600" in by_path["busy.xml"][3]
    assert "not an RSS/Atom feed" in by_path["broken.xml"][3]
    assert "entity" in by_path["bomb.xml"][3]
    assert "timed out" in by_path["slow.xml"][3].lower() or "Timeout" in by_path["slow.xml"][3]
    assert by_path["nowhere.xml"][2:] == ("error", "HTTP 404")
    assert by_path["moved.xml"][0] == server.url_for("/rss20.xml")
    log = rows(db_path, "SELECT count(*), count(DISTINCT feed_id) FROM core.poll_log")
    assert log == [(11, 11)]


def test_overlapping_and_repeated_runs_never_duplicate(server, tmp_path, db_path):
    from concurrent.futures import ThreadPoolExecutor

    feeds = write_feeds(tmp_path / "feeds.yaml", good_feeds(server))
    with ThreadPoolExecutor(2) as pool:
        runs = [pool.submit(poll_feeds, str(feeds), str(db_path), True) for _ in range(2)]
        [r.result() for r in runs]
    assert rows(db_path, "SELECT count(*), count(DISTINCT article_id) FROM articles") == [(6, 6)]
    assert rows(db_path, "SELECT count(*) FROM core.feed_entries") == [(6,)]


def test_a_duplicate_or_late_run_refetches_nothing_that_is_not_due(server, tmp_path, db_path):
    feeds = write_feeds(tmp_path / "feeds.yaml", good_feeds(server))
    poll_feeds(str(feeds), str(db_path), allow_private_networks=True)
    server.clear_log()
    again = poll_feeds(str(feeds), str(db_path), allow_private_networks=True)
    assert again.feeds_due == 0 and again.articles_added == 0
    assert server.log == []  # nothing was due, so nothing was requested
