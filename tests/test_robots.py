"""robots.txt as Google reads it: the rules, the answers that are not a file, the limits.

The rules and the status table are checked on the parser's and interpreter's own inputs (a
robots.txt text, a FetchResult); the fetch itself (once per origin, through the address guard,
cut at 500 KiB) against the fault server on 127.0.0.1.
"""

from __future__ import annotations

import asyncio

import pytest
from faultserver import redirect, respond
from test_hostile_ssrf import FakeDns, only_test_server

from flows.fetch import Fetcher, FetchResult
from flows.netguard import guarded_transport
from flows.politeness import PollPoliteness
from flows.robots import (
    ROBOTS_MAX_BYTES,
    RobotsPolicy,
    interpret,
    origin_of,
    user_agent_token,
)
from flows.settings import Settings

SETTINGS = Settings(allow_private_networks=True)
ORIGIN = "https://news.example"
TOKEN = "drillwatch"


def answered(body: str, status: int = 200) -> FetchResult:
    return FetchResult(
        url=f"{ORIGIN}/robots.txt",
        final_url=f"{ORIGIN}/robots.txt",
        status=status,
        body=body.encode(),
    )


def policy(text: str, cap_s: float = 30.0) -> RobotsPolicy:
    return interpret(ORIGIN, answered(text), TOKEN, cap_s)


def allowed(pol: RobotsPolicy, path: str) -> bool:
    return pol.refusal(ORIGIN + path, TOKEN) is None


def test_our_group_wins_over_the_star_group():
    pol = policy("User-agent: *\nDisallow: /\n\nUser-agent: drillwatch\nDisallow: /private/\n")
    assert allowed(pol, "/world/story-1")
    assert not allowed(pol, "/private/memo")
    other = policy("User-agent: *\nDisallow: /\n\nUser-agent: otherbot\nAllow: /\n")
    assert not allowed(other, "/world/story-1")


def test_the_longest_matching_rule_wins_and_wildcards_work():
    pol = policy(
        "User-agent: *\n"
        "Disallow: /private/\n"
        "Allow: /private/press/\n"
        "Disallow: /*?print=\n"
        "Disallow: /*.pdf$\n"
    )
    assert not allowed(pol, "/private/memo")
    assert allowed(pol, "/private/press/release-1")  # longer Allow beats shorter Disallow
    assert not allowed(pol, "/world/story?print=1")
    assert allowed(pol, "/world/story?page=2")
    assert not allowed(pol, "/files/report.pdf")
    assert allowed(pol, "/files/report.pdf.html")  # $ anchors the end


def test_user_agent_groups_match_our_product_token_case_insensitively():
    pol = policy("User-agent: DrillWatch\nDisallow: /\n")
    assert not allowed(pol, "/anything")
    assert user_agent_token("drillwatch/0.1 (+https://github.com/drillwatch/drillwatch)") == TOKEN
    assert user_agent_token("MyNewsBot/2.0 (ops@example.org)") == "mynewsbot"
    assert user_agent_token("  ") == TOKEN


@pytest.mark.parametrize(
    ("status", "fetches"),
    [(404, True), (410, True), (401, True), (403, True), (429, False), (500, False), (503, False)],
)
def test_status_codes_follow_google(status, fetches):
    """4xx but 429: no robots.txt, everything allowed. 429 and 5xx: the site is off-limits."""
    pol = interpret(ORIGIN, answered("User-agent: *\nDisallow: /\n", status), TOKEN, 30)
    refusal = pol.refusal(f"{ORIGIN}/story", TOKEN)
    assert (refusal is None) is fetches
    if not fetches:
        assert refusal.kind == "robots_unavailable"
        assert refusal.reason == (
            f"robots.txt unavailable (HTTP {status}); page not fetched this poll"
        )


def test_network_failures_close_the_site_and_too_many_redirects_open_it():
    timeout = FetchResult(ORIGIN, ORIGIN, error="timed out after 4s in total", error_kind="timeout")
    assert "timed out" in interpret(ORIGIN, timeout, TOKEN, 30).refusal(ORIGIN + "/a", TOKEN).reason
    loop = FetchResult(ORIGIN, ORIGIN, status=302, error="more than 5", error_kind="redirects")
    assert interpret(ORIGIN, loop, TOKEN, 30).refusal(ORIGIN + "/a", TOKEN) is None


def test_crawl_delay_and_request_rate_are_read_and_capped():
    assert policy("User-agent: *\nCrawl-delay: 2.5\n").crawl_delay_s == 2.5
    assert policy("User-agent: *\nRequest-rate: 1/10\n").crawl_delay_s == 10
    assert policy("User-agent: *\nCrawl-delay: 3600\n", cap_s=30).crawl_delay_s == 30
    assert policy("User-agent: *\nCrawl-delay: soon\n").crawl_delay_s == 0
    ours = "User-agent: *\nCrawl-delay: 9\n\nUser-agent: drillwatch\nCrawl-delay: 1\n"
    assert policy(ours).crawl_delay_s == 1


def test_origin_is_scheme_host_and_port():
    assert origin_of("https://News.Example:443/a/b?c=d") == "https://news.example"
    assert origin_of("http://news.example:8080/a") == "http://news.example:8080"
    assert origin_of("http://[::1]:8080/a") == "http://[::1]:8080"
    assert origin_of("mailto:desk@news.example") is None


def gate_fetch(urls: list[str], settings: Settings = SETTINGS, transport=None) -> list:
    """Fetch `urls` as pages through one poll's gate; returns the results in order."""

    async def go() -> list[FetchResult]:
        polite = PollPoliteness(settings)
        async with Fetcher(settings, transport=transport) as fetcher:
            gate = polite.gate(fetcher)
            return await asyncio.gather(
                *(fetcher.get(u, max_bytes=1 << 20, accept="*/*", gate=gate) for u in urls)
            )

    return asyncio.run(go())


def test_robots_txt_is_fetched_once_per_origin_even_when_pages_ask_at_once(faults):
    faults.route("/robots.txt", respond(b"User-agent: *\nDisallow: /private/\n", content_type=None))
    faults.route("/*", respond(b"<html>page</html>", content_type="text/html"))
    urls = [faults.url(f"/story/{n}") for n in range(6)] + [faults.url("/private/x")]
    urls += [faults.url("/story/7", host="localhost")]  # another origin: its own robots.txt
    results = gate_fetch(urls)
    assert [r.ok for r in results] == [True] * 6 + [False, True]
    assert results[6].error_kind == "robots" and results[6].error == "disallowed by robots.txt"
    assert sorted(r.headers["host"] for r in faults.requests("/robots.txt")) == [
        f"127.0.0.1:{faults.port}",
        f"localhost:{faults.port}",
    ]
    assert faults.requests("/private/x") == []


def test_a_redirect_to_a_disallowed_page_is_not_followed(faults):
    faults.route("/robots.txt", respond(b"User-agent: *\nDisallow: /private/\n", content_type=None))
    faults.route("/short/1", redirect("/private/1"))
    faults.route("/private/1", respond(b"<html>secret</html>", content_type="text/html"))
    [result] = gate_fetch([faults.url("/short/1")])
    assert result.error_kind == "robots" and result.final_url.endswith("/private/1")
    assert faults.requests("/private/1") == []


def test_only_the_first_500_kib_of_robots_txt_count(faults):
    """Google ignores a robots.txt past 500 KiB: a rule after that point does not apply."""
    padding = b"# " + b"x" * 1000 + b"\n"
    body = b"User-agent: *\nDisallow: /private/\n" + padding * 2000 + b"Disallow: /story/\n"
    assert len(body) > 3 * ROBOTS_MAX_BYTES
    faults.route("/robots.txt", respond(body, content_type="text/plain"))
    faults.route("/*", respond(b"<html>page</html>", content_type="text/html"))
    story, private = gate_fetch([faults.url("/story/1"), faults.url("/private/1")])
    assert story.ok and private.error_kind == "robots"


def test_robots_txt_goes_through_the_address_guard(faults):
    """A public site whose robots.txt redirects to the metadata address: the redirect is
    refused at connect time like any other hop, and the site's pages wait for the next poll."""
    dns = FakeDns({"news.example": [["127.0.0.1"]]})
    faults.route("/robots.txt", redirect("http://169.254.169.254/latest/meta-data/"))
    faults.route("/*", respond(b"<html>page</html>", content_type="text/html"))
    guarded = Settings(allow_private_networks=False)
    transport = guarded_transport(
        allow_private=False, resolver=dns, address_allowed=only_test_server
    )
    [page] = gate_fetch([f"http://news.example:{faults.port}/story/1"], guarded, transport)
    assert page.error_kind == "robots_unavailable"
    assert "169.254.169.254" in page.error and "not fetched this poll" in page.error
    assert [r.path for r in faults.requests()] == ["/robots.txt"]


def test_a_refused_origin_keeps_the_guards_own_reason(faults):
    faults.route("/*", respond(b"<html>page</html>", content_type="text/html"))
    [page] = gate_fetch([faults.url("/story/1")], Settings(allow_private_networks=False))
    assert page.error_kind == "blocked" and "non-public address" in page.error
    assert faults.requests() == []
