"""Fetcher limits and feed policy against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import gzip
import time
from datetime import UTC, datetime, timedelta

from conftest import base_url, serve_fixture
from werkzeug import Response

from flows.feedlist import FeedConfig
from flows.feedpoll import FeedJob, evaluate_response
from flows.fetch import Fetcher
from flows.schedule import next_poll_after_failure, next_poll_after_success, retry_after_seconds
from flows.settings import Settings

SETTINGS = Settings(allow_private_networks=True)
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def fetch(url: str, settings: Settings = SETTINGS, **kwargs):
    async def go():
        async with Fetcher(settings) as fetcher:
            return await fetcher.get(
                url, max_bytes=kwargs.pop("max_bytes", 1 << 20), accept="*/*", **kwargs
            )

    return asyncio.run(go())


def job_for(feed_url: str, **state) -> FeedJob:
    config = FeedConfig(name="f", url=feed_url)
    return FeedJob(config=config, state={"url": feed_url, "interval_minutes": 30, **state})


def test_permanent_redirect_updates_the_stored_url(server):
    serve_fixture(server, "/new-feed.xml", "rss20.xml")
    server.expect_request("/old-feed.xml").respond_with_data(
        "", status=301, headers={"Location": "/new-feed.xml"}
    )
    old = server.url_for("/old-feed.xml")
    result = fetch(old)
    assert result.ok and result.permanent_url == server.url_for("/new-feed.xml")
    outcome = evaluate_response(job_for(old), result, NOW, SETTINGS)
    assert outcome.outcome == "ok" and outcome.state["url"].endswith("/new-feed.xml")


def test_temporary_redirect_keeps_the_url(server):
    serve_fixture(server, "/real.xml", "rss20.xml")
    server.expect_request("/tmp.xml").respond_with_data(
        "", status=302, headers={"Location": "/real.xml"}
    )
    result = fetch(server.url_for("/tmp.xml"))
    assert result.ok and result.permanent_url is None


def test_redirect_loop_is_capped(server):
    server.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    server.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/a"})
    result = fetch(server.url_for("/a"))
    assert result.error_kind == "redirects" and "redirects" in result.error


def test_gone_retires_the_feed(server):
    server.expect_request("/gone.xml").respond_with_data("gone", status=410)
    url = server.url_for("/gone.xml")
    outcome = evaluate_response(job_for(url), fetch(url), NOW, SETTINGS)
    assert outcome.outcome == "gone" and outcome.state["active"] is False


def test_429_honours_retry_after_and_counts_a_soft_failure(server):
    server.expect_request("/busy.xml").respond_with_data(
        "slow down", status=429, headers={"Retry-After": "7200"}
    )
    url = server.url_for("/busy.xml")
    outcome = evaluate_response(job_for(url), fetch(url), NOW, SETTINGS)
    assert outcome.outcome == "error" and "Retry-After: 7200" in outcome.error
    assert outcome.state["failure_score"] == 0.5
    assert outcome.state["next_poll_at"] >= NOW + timedelta(hours=2)


def test_read_timeout_is_recorded_quickly(server):
    def slow(_request):
        time.sleep(2.5)
        return Response("late", content_type="application/rss+xml")

    server.expect_request("/slow.xml").respond_with_handler(slow)
    started = time.monotonic()
    result = fetch(server.url_for("/slow.xml"))
    assert result.error_kind == "timeout"
    assert time.monotonic() - started < 2.4


def test_oversized_body_is_cut_at_the_cap(server):
    server.expect_request("/huge.xml").respond_with_data(b"<rss>" + b"x" * 300_000)
    result = fetch(server.url_for("/huge.xml"), max_bytes=100_000)
    assert result.error_kind == "too_large" and result.body is None


def test_gzip_bomb_is_cut_after_decompression(server):
    bomb = gzip.compress(b"\0" * 20_000_000)
    server.expect_request("/bomb.xml").respond_with_data(
        bomb, headers={"Content-Encoding": "gzip"}, content_type="application/rss+xml"
    )
    result = fetch(server.url_for("/bomb.xml"), max_bytes=1_000_000)
    assert result.error_kind == "too_large" and len(bomb) < 100_000


def test_non_html_page_is_not_downloaded(server):
    server.expect_request("/report.pdf").respond_with_data(
        b"%PDF" + b"0" * 50_000, content_type="application/pdf"
    )
    result = fetch(server.url_for("/report.pdf"), body_types=("text/html",))
    assert result.skipped_type == "application/pdf" and result.body is None


def test_loopback_is_refused_without_the_override(server):
    serve_fixture(server, "/rss20.xml", "rss20.xml")
    result = fetch(server.url_for("/rss20.xml"), Settings(allow_private_networks=False))
    assert result.error_kind == "blocked" and "non-public address" in result.error


def test_conditional_headers_and_body_hash(server):
    serve_fixture(server, "/feed.xml", "rss20.xml", headers={"ETag": '"v1"'})
    url = server.url_for("/feed.xml")
    first = evaluate_response(job_for(url), fetch(url), NOW, SETTINGS)
    assert first.outcome == "ok" and first.state["etag"] == '"v1"'
    again = evaluate_response(job_for(url, **first.state), fetch(url), NOW, SETTINGS)
    assert again.outcome == "unchanged" and not again.entries
    assert job_for(url, **first.state).conditional_headers() == {"If-None-Match": '"v1"'}


def test_html_instead_of_feed_and_empty_body_are_failures(server):
    server.expect_request("/page").respond_with_data(
        "<html><body>hi</body></html>", content_type="text/html"
    )
    server.expect_request("/empty").respond_with_data("", content_type="application/rss+xml")
    html = evaluate_response(job_for("x"), fetch(server.url_for("/page")), NOW, SETTINGS)
    empty = evaluate_response(job_for("x"), fetch(server.url_for("/empty")), NOW, SETTINGS)
    assert "not an RSS/Atom feed" in html.error and empty.error == "empty response body"
    assert base_url(server).startswith("http://127.0.0.1")


def test_next_poll_takes_the_largest_hint_within_caps():
    headers = {"cache-control": "public, max-age=7200"}
    assert next_poll_after_success(NOW, 30, 60, headers, SETTINGS) == NOW + timedelta(hours=2)
    assert next_poll_after_success(NOW, 30, None, {}, SETTINGS) == NOW + timedelta(minutes=30)
    capped = next_poll_after_success(NOW, 30, 100_000, {}, SETTINGS)
    assert capped == NOW + timedelta(minutes=SETTINGS.max_interval_minutes)


def test_backoff_grows_linearly_and_caps_at_a_day():
    delays = [
        next_poll_after_failure(NOW, 30, score, 500, {}, SETTINGS) - NOW for score in (1, 2, 3, 100)
    ]
    assert delays[1] - delays[0] == delays[2] - delays[1] == timedelta(hours=1)
    assert delays[3] == timedelta(hours=24)


def test_retry_after_forms():
    assert retry_after_seconds("120", NOW) == 120
    assert retry_after_seconds("Mon, 01 Jun 2026 13:00:00 GMT", NOW) == 3600
    assert retry_after_seconds("soon", NOW) is None
