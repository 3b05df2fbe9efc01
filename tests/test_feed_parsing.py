"""Feed bytes -> entries: formats, identities, broken and hostile documents."""

from __future__ import annotations

import pytest
from conftest import fixture_bytes

from extractors.feeds import UnsafeFeedError, parse_feed

BASE = "http://feeds.test"


def parse(name: str, headers: dict[str, str] | None = None):
    return parse_feed(fixture_bytes(name, BASE), headers or {}, f"{BASE}/{name}")


def test_rss20_entries_links_cleaned_and_ttl_read():
    feed = parse("rss20.xml", {"Content-Type": "application/rss+xml"})
    assert feed.version == "rss20"
    assert feed.ttl_minutes == 45
    assert [e.title for e in feed.entries][0] == "Navies of two neighbours begin joint patrol drill"
    first = feed.entries[0]
    assert first.link == f"{BASE}/pages/naval-drill.html"  # utm_* removed
    assert first.published is not None and first.published.year == 2026
    assert len({e.entry_key for e in feed.entries}) == 3


def test_rss10_and_atom_parse():
    rdf = parse("rss10.rdf")
    assert rdf.version == "rss10" and len(rdf.entries) == 1
    assert rdf.entries[0].published is not None
    atom = parse("atom.xml")
    assert atom.version.startswith("atom") and len(atom.entries) == 2
    assert atom.entries[1].summary.startswith("Workers at the northern yard")


def test_entry_keys_are_stable_across_parses():
    assert [e.entry_key for e in parse("rss20.xml").entries] == [
        e.entry_key for e in parse("rss20.xml").entries
    ]


def test_repeated_guid_within_a_feed_keeps_both_entries():
    body = (
        b'<rss version="2.0"><channel><title>t</title>'
        b"<item><title>one</title><link>http://a.test/1</link><guid>same</guid></item>"
        b"<item><title>two</title><link>http://a.test/2</link><guid>same</guid></item>"
        b"</channel></rss>"
    )
    feed = parse_feed(body, {}, "http://a.test/feed")
    assert len(feed.entries) == 2
    assert feed.entries[0].entry_key != feed.entries[1].entry_key


def test_entry_without_guid_or_link_gets_title_date_identity():
    body = (
        b'<rss version="2.0"><channel><title>t</title>'
        b"<item><title>headline only</title><pubDate>Mon, 01 Jun 2026 10:00:00 GMT</pubDate>"
        b"</item></channel></rss>"
    )
    feed = parse_feed(body, {}, "http://a.test/feed")
    assert len(feed.entries) == 1 and feed.entries[0].link is None


def test_wrong_declared_charset_is_repaired_not_garbled():
    feed = parse("wrong-charset.xml", {"Content-Type": "application/rss+xml; charset=utf-8"})
    assert feed.charset_repaired and "utf-8" in feed.charset_repaired
    assert "Новости" in feed.entries[0].title


def test_malformed_feed_keeps_what_precedes_the_damage():
    feed = parse("malformed.xml")
    assert feed.bozo
    assert any(e.title == "Only item before the damage" for e in feed.entries)


def test_garbage_and_html_are_not_feeds():
    assert not parse("garbage.xml").is_feed
    html = b"<!DOCTYPE html><html><head><title>x</title></head><body>hi</body></html>"
    assert not parse_feed(html, {"content-type": "text/html"}, "http://a.test/").is_feed
    assert not parse_feed(b"", {}, "http://a.test/").is_feed


def test_entity_declarations_are_refused_before_parsing():
    with pytest.raises(UnsafeFeedError):
        parse("entities.xml")
    external = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r/>'
    with pytest.raises(UnsafeFeedError):
        parse_feed(external, {}, "http://a.test/")
    utf16 = external.decode().replace('"1.0"?>', '"1.0" encoding="utf-16"?>').encode("utf-16")
    with pytest.raises(UnsafeFeedError):
        parse_feed(utf16, {}, "http://a.test/")
