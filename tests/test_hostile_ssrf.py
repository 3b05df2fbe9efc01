"""The address guard: feeds and article links never become a way into the local network.

Two layers are tested. The decision (`is_public_address`) over a table of addresses, and the
network backend that applies it at connect time. For the backend, a resolver the test controls
plays DNS and an address policy under which only 127.0.0.1 counts as "public" plays the
internet, so "a public host that redirects to an intranet host" and "a name whose answer changes
between lookups" are real connections (or refusals) with no traffic leaving 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket

import pytest
from faultserver import redirect, respond

from flows.batch import PAGE_ACCEPT, PAGE_TYPES
from flows.fetch import Fetcher, FetchResult
from flows.netguard import guarded_transport, is_public_address
from flows.settings import Settings

GUARDED = Settings(allow_private_networks=False)

BLOCKED = [
    "127.0.0.1",
    "127.255.0.9",
    "::1",  # loopback
    "10.1.2.3",
    "172.16.0.1",
    "192.168.1.1",
    "fd12:3456::1",  # private
    "169.254.169.254",
    "fe80::1%eth0",  # link-local (cloud metadata lives here)
    "224.0.0.1",
    "239.255.255.250",
    "ff02::1",  # multicast
    "0.0.0.0",
    "::",
    "100.64.0.1",
    "192.0.0.1",
    "198.18.0.1",
    "240.0.0.1",  # special
    "255.255.255.255",
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
    "64:ff9b::a9fe:a9fe",  # IPv4 inside IPv6
    "2002:7f00:1::",
    "2002:a9fe:a9fe::1",  # 6to4 carrying loopback / link-local
]
PUBLIC = ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "::ffff:8.8.8.8", "2002:808:808::1"]


def only_test_server(address: str) -> bool:
    """The policy of these tests: 127.0.0.1 plays the public internet, nothing else is."""
    return address == "127.0.0.1"


class FakeDns:
    """Fixed answers per name; a list of answers is served in turn (DNS rebinding)."""

    def __init__(self, answers: dict[str, list[list[str]]]) -> None:
        self.answers = {name: list(seq) for name, seq in answers.items()}
        self.lookups: list[str] = []

    async def __call__(self, host: str, port: int) -> list[str]:
        self.lookups.append(host)
        try:
            return [str(ipaddress.ip_address(host))]
        except ValueError:
            pass
        answers = self.answers.get(host)
        if not answers:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return answers.pop(0) if len(answers) > 1 else answers[0]


def fetch_all(
    urls: list[str], settings: Settings = GUARDED, dns: FakeDns | None = None, **kwargs
) -> list[FetchResult]:
    """Fetch one after another (so each gets its own connection and its own lookup)."""
    transport = None
    if dns is not None:
        transport = guarded_transport(
            allow_private=settings.allow_private_networks,
            resolver=dns,
            address_allowed=only_test_server,
        )

    async def go() -> list[FetchResult]:
        async with Fetcher(settings, transport=transport) as fetcher:
            return [
                await fetcher.get(url, max_bytes=1 << 20, accept="*/*", **kwargs) for url in urls
            ]

    return asyncio.run(go())


@pytest.mark.parametrize("address", BLOCKED)
def test_non_public_addresses_are_refused(address):
    assert not is_public_address(address)


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_are_allowed(address):
    assert is_public_address(address)


def test_every_spelling_of_loopback_is_refused_before_connecting(faults):
    faults.route("/feed.xml", respond(b"<rss/>"))
    hosts = [
        "localhost",
        "LOCALHOST",
        "127.1",
        "2130706433",
        "0x7f000001",
        "017700000001",
        "0.0.0.0",
        "[::1]",
        "[::ffff:127.0.0.1]",
        "[::ffff:7f00:1]",
        "127.0.0.1",
    ]
    results = fetch_all([f"http://{host}:{faults.port}/feed.xml" for host in hosts])
    for host, result in zip(hosts, results, strict=True):
        assert result.error_kind == "blocked", (host, result.error)
        assert "non-public address" in result.error and "\n" not in result.error
    assert faults.requests() == []  # not one connection reached the server


def test_an_article_link_to_the_metadata_service_is_refused():
    """The page fetch (same fetcher, body_types set) is guarded like the feed fetch."""
    [result] = fetch_all(["http://169.254.169.254/latest/meta-data/iam/"], body_types=PAGE_TYPES)
    assert result.error_kind == "blocked" and "169.254.169.254" in result.error
    assert PAGE_ACCEPT  # the page fetch's own Accept header exists; the guard ignores it


def test_a_redirect_from_an_allowed_host_to_a_blocked_one_is_refused(faults):
    dns = FakeDns({"news.example": [["127.0.0.1"]], "intranet.example": [["10.0.0.7"]]})
    port = faults.port
    faults.route("/to-intranet.xml", redirect(f"http://intranet.example:{port}/admin", 301))
    faults.route("/to-metadata.xml", redirect("http://169.254.169.254/latest/meta-data/", 302))
    faults.route("/fine.xml", respond(b"<rss/>"))
    urls = [
        f"http://news.example:{port}{p}"
        for p in ("/to-intranet.xml", "/to-metadata.xml", "/fine.xml")
    ]
    intranet, metadata, fine = fetch_all(urls, dns=dns)
    assert intranet.error_kind == "blocked" and "10.0.0.7" in intranet.error
    assert intranet.final_url == urls[0] and intranet.permanent_url is None
    assert metadata.error_kind == "blocked" and "169.254.169.254" in metadata.error
    assert fine.ok and fine.body == b"<rss/>"
    assert [r.path for r in faults.requests()] == [
        "/to-intranet.xml",
        "/to-metadata.xml",
        "/fine.xml",
    ]


def test_a_name_that_rebinds_to_a_private_address_is_refused_on_the_next_connection(faults):
    dns = FakeDns({"rebind.example": [["127.0.0.1"], ["169.254.169.254"]]})
    url = f"http://rebind.example:{faults.port}/feed.xml"
    faults.route("/feed.xml", respond(b"<rss/>"))
    first, second = fetch_all([url, url], dns=dns)
    assert first.ok and second.error_kind == "blocked"
    assert dns.lookups == ["rebind.example", "rebind.example"]  # one lookup per connection
    # the socket went to the vetted address, while the request still named the host
    assert [r.headers["host"] for r in faults.requests()] == [f"rebind.example:{faults.port}"]


def test_a_name_with_any_private_answer_is_refused_outright(faults):
    dns = FakeDns({"mixed.example": [["127.0.0.1", "10.0.0.7"]]})
    faults.route("/feed.xml", respond(b"<rss/>"))
    [result] = fetch_all([f"http://mixed.example:{faults.port}/feed.xml"], dns=dns)
    assert result.error_kind == "blocked" and "10.0.0.7" in result.error
    assert faults.requests() == []


def test_an_unknown_name_is_a_dns_error_not_a_crash():
    dns = FakeDns({})
    [result] = fetch_all(["http://nowhere.example/feed.xml"], dns=dns)
    assert result.error_kind == "dns" and "nowhere.example" in result.error


def test_the_environment_setting_lifts_the_guard(faults, monkeypatch):
    faults.route("/feed.xml", respond(b"<rss/>"))
    url = faults.url("/feed.xml", host="localhost")
    monkeypatch.setenv("DRILLWATCH_ALLOW_PRIVATE_NETWORKS", "1")
    [allowed] = fetch_all([url], Settings())
    monkeypatch.setenv("DRILLWATCH_ALLOW_PRIVATE_NETWORKS", "0")
    [refused] = fetch_all([url], Settings())
    assert allowed.ok and refused.error_kind == "blocked"
    assert len(faults.requests()) == 1
