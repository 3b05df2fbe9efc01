"""The fetcher against servers that misbehave below HTTP: trickles, hangs, resets, floods, bombs.

Each case checks three things: the fetch ends with a one-line error instead of an exception, it
ends within the configured timeouts (plus slack for a busy machine), and the client process's
memory stays far below what the server tried to make it hold. Timeouts come from conftest
(read 1 s, total 4 s) unless a case needs the read timeout out of the way.
"""

from __future__ import annotations

import asyncio
import time
import zlib

import pytest
from faultserver import (
    PeakRss,
    drip,
    drip_head,
    endless,
    garbage,
    gzip_bomb,
    hang_after_headers,
    head,
    reset,
    respond,
)

from flows.fetch import Fetcher, FetchResult
from flows.settings import Settings

SETTINGS = Settings(allow_private_networks=True)
SLACK_S = 2.0
MEMORY_BOUND_MIB = 100  # "well under 200 MB" of growth for anything a server sends
FEED_CAP = 2 * 1024 * 1024


def fetch(url: str, settings: Settings = SETTINGS, max_bytes: int = FEED_CAP) -> FetchResult:
    async def go() -> FetchResult:
        async with Fetcher(settings) as fetcher:
            return await fetcher.get(url, max_bytes=max_bytes, accept="*/*")

    return asyncio.run(go())


def timed_fetch(url: str, settings: Settings = SETTINGS) -> tuple[FetchResult, float]:
    started = time.monotonic()
    result = fetch(url, settings)
    return result, time.monotonic() - started


def assert_one_line(result: FetchResult) -> None:
    assert result.error and "\n" not in result.error and len(result.error) <= 500


def test_body_dripped_at_one_byte_a_second_stops_at_the_total_timeout(faults):
    """Every read succeeds within the read timeout, so only the total timeout can stop this."""
    patient_reads = Settings(allow_private_networks=True, read_timeout_s=2.5, total_timeout_s=4)
    url = faults.route("/drip.xml", drip(b"<rss>" + b" " * 200 + b"</rss>", interval_s=1.0))
    result, elapsed = timed_fetch(url, patient_reads)
    assert result.error_kind == "timeout" and "in total" in result.error
    assert_one_line(result)
    assert elapsed < patient_reads.total_timeout_s + SLACK_S
    assert 0 < faults.sent["/drip.xml"] < 300


def test_headers_dripped_slowly_stop_at_the_total_timeout(faults):
    url = faults.route("/slowloris.xml", drip_head(interval_s=0.3))
    result, elapsed = timed_fetch(url)
    assert result.error_kind == "timeout" and result.status is None
    assert elapsed < SETTINGS.total_timeout_s + SLACK_S


def test_hang_after_headers_stops_at_the_read_timeout(faults):
    url = faults.route("/hang.xml", hang_after_headers())
    result, elapsed = timed_fetch(url)
    assert result.error_kind == "timeout" and result.body is None
    assert_one_line(result)
    assert elapsed < SETTINGS.read_timeout_s + SLACK_S


@pytest.mark.parametrize(
    "prefix",
    [b"", head(200, {"Content-Length": "5000", "Content-Type": "application/rss+xml"}) + b"<rss"],
    ids=["before-response", "mid-body"],
)
def test_connection_reset_is_a_network_error(faults, prefix):
    url = faults.route("/reset.xml", reset(prefix))
    result, elapsed = timed_fetch(url)
    assert result.error_kind == "network" and result.body is None
    assert_one_line(result)
    assert elapsed < SETTINGS.read_timeout_s + SLACK_S


def test_a_reply_that_is_not_http_is_a_network_error(faults):
    result = fetch(faults.route("/ssh", garbage()))
    assert result.error_kind == "network" and result.status is None
    assert_one_line(result)


def test_a_60_mb_body_is_streamed_and_cut_at_the_cap(faults):
    """Chunked, so no length warns the client: it must count while reading, then hang up."""
    size = 60 * 1024 * 1024
    url = faults.route("/huge.xml", endless(size))
    with PeakRss() as memory:
        result = fetch(url)
    assert result.error_kind == "too_large" and result.body is None
    assert FEED_CAP < result.bytes_read < FEED_CAP + 1024 * 1024
    # the server stopped soon after the client did: what it sent is the cap plus socket buffers
    assert faults.sent["/huge.xml"] < size // 3
    assert memory.growth_mib < MEMORY_BOUND_MIB


def test_a_declared_60_mb_body_is_refused_before_reading(faults):
    url = faults.route("/declared.xml", endless(60 * 1024 * 1024, declare_length=True))
    result = fetch(url)
    assert result.error_kind == "too_large" and result.bytes_read == 0


@pytest.mark.parametrize("layers", [1, 2], ids=["gzip", "gzip-twice"])
def test_gzip_bomb_costs_at_most_the_cap_in_memory(faults, layers):
    """256 MiB of zeros in about 1 MB (one layer) or 3 KB (two layers).

    Inflating a whole network read at once would hold up to 256 MiB in one buffer before any
    cap could be checked; the fetcher must inflate in bounded steps instead.
    """
    url = faults.route("/bomb.xml", gzip_bomb(256, layers))
    with PeakRss() as memory:
        result = fetch(url)
    assert result.error_kind == "too_large" and result.body is None
    assert result.bytes_read <= FEED_CAP + 256 * 1024
    assert memory.growth_mib < MEMORY_BOUND_MIB


def test_compressed_bodies_still_decode_and_corrupt_ones_fail_cleanly(faults):
    text = b"<rss version='2.0'>" + b"<item>drill</item>" * 5000 + b"</rss>"
    raw_deflate = zlib.compressobj(6, zlib.DEFLATED, -15)
    encodings = {
        "/gzip.xml": ("gzip", zlib.compress(text, wbits=31)),
        "/zlib.xml": ("deflate", zlib.compress(text)),
        "/raw.xml": ("deflate", raw_deflate.compress(text) + raw_deflate.flush()),
        "/plain.xml": ("identity", text),
    }
    for path, (encoding, body) in encodings.items():
        faults.route(path, respond(body, headers={"Content-Encoding": encoding}))
        result = fetch(faults.url(path))
        assert result.ok and result.body == text, path
    faults.route(
        "/corrupt.xml",
        respond(b"\x1f\x8b\x08\x00garbage" * 50, headers={"Content-Encoding": "gzip"}),
    )
    broken = fetch(faults.url("/corrupt.xml"))
    assert broken.error and broken.body is None
    assert_one_line(broken)


def test_waiting_for_a_host_slot_does_not_count_against_the_timeout(faults):
    """Two slow-but-honest responses hold the only slot of the host for about 5 s in all.

    The third request to that host is healthy; it must not be failed as a timeout because it
    spent longer than the total timeout queued behind the others.
    """
    one_slot = Settings(allow_private_networks=True, per_host_concurrency=1)
    body = b"<rss>" + b" " * 4 + b"</rss>"  # 15 bytes at 0.17 s: about 2.5 s each
    slow = [faults.route(f"/slow{i}.xml", drip(body, interval_s=0.17)) for i in range(2)]
    fast = faults.route("/fast.xml", respond(b"<rss/>"))

    async def go() -> list[FetchResult]:
        async with Fetcher(one_slot) as fetcher:
            return await asyncio.gather(
                *(fetcher.get(url, max_bytes=FEED_CAP, accept="*/*") for url in [*slow, fast])
            )

    results = asyncio.run(go())
    assert [r.error for r in results] == [None, None, None]
    assert [r.body for r in results] == [body, body, b"<rss/>"]
