"""Feed bytes -> entries.

feedparser is handed bytes and the response headers, never a URL: its own fetcher has no
timeout and no size cap. Before feedparser sees anything, documents that declare XML entities
are refused, because entity expansion (billion laughs) and external entities (XXE) are the two
classic ways a hostile feed attacks its reader, and no genuine feed needs either.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import feedparser
from charset_normalizer import from_bytes

from extractors.text import html_to_text
from extractors.urls import clean_url

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_XML_DECL_ENCODING = re.compile(rb"^(\s*<\?xml[^>]*?encoding\s*=\s*)([\"'])([A-Za-z0-9._-]+)\2")
_PROLOG_SCAN_BYTES = 256 * 1024


class UnsafeFeedError(ValueError):
    """The document tries something no genuine feed needs (entity declarations)."""


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed, with an identity that survives re-polls."""

    entry_key: str
    guid: str | None
    link: str | None
    title: str
    summary: str
    published: datetime | None
    authors: tuple[str, ...] = ()


@dataclass
class ParsedFeed:
    """What a feed document says about itself and its entries."""

    version: str
    title: str
    entries: list[FeedEntry] = field(default_factory=list)
    ttl_minutes: int | None = None
    bozo: bool = False
    bozo_message: str | None = None
    charset_repaired: str | None = None

    @property
    def is_feed(self) -> bool:
        """An HTML page or an empty body parses without error but has no version."""
        return bool(self.version) or bool(self.entries)


def check_xml_safety(body: bytes) -> None:
    """Raise UnsafeFeedError if the document prolog declares entities.

    Entity declarations can only appear in the DOCTYPE internal subset, which precedes the root
    element, so scanning the head of the document is enough and costs nothing on large feeds.
    UTF-16 documents are decoded first so the check cannot be dodged by the encoding.
    """
    head = body[:_PROLOG_SCAN_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    elif b"\x00" in head[:4]:
        head = head.replace(b"\x00", b"")
    if _ENTITY_DECL.search(head):
        raise UnsafeFeedError("XML entity declarations are refused (entity expansion / XXE risk)")


def _declared_encoding(body: bytes, headers: dict[str, str]) -> str | None:
    content_type = headers.get("content-type", "")
    match = re.search(r"charset=([\w.-]+)", content_type, re.IGNORECASE)
    if match:
        return match.group(1).lower()
    decl = _XML_DECL_ENCODING.match(body[:200])
    return decl.group(3).decode("ascii").lower() if decl else None


def repair_charset(
    body: bytes, headers: dict[str, str]
) -> tuple[bytes, dict[str, str], str | None]:
    """Re-encode a feed as UTF-8 when its declared charset cannot decode it.

    feedparser trusts a wrong declaration and returns garbled text without flagging it. When the
    declared codec fails on the bytes, we let charset_normalizer name the real one, transcode, and
    rewrite the declaration; the returned note says what was repaired.
    """
    declared = _declared_encoding(body, headers)
    if not declared:
        return body, headers, None
    try:
        body.decode(declared)
        return body, headers, None
    except (UnicodeDecodeError, LookupError):
        pass
    best = from_bytes(body[:_PROLOG_SCAN_BYTES]).best()
    if best is None or not best.encoding:
        return body, headers, None
    try:
        text = body.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return body, headers, None
    fixed = text.encode("utf-8")
    fixed = _XML_DECL_ENCODING.sub(rb"\1\2utf-8\2", fixed, count=1)
    new_headers = {k: v for k, v in headers.items() if k != "content-type"}
    new_headers["content-type"] = "application/xml; charset=utf-8"
    return fixed, new_headers, f"declared {declared}, decoded as {best.encoding}"


def _as_datetime(struct: Any) -> datetime | None:
    if not struct:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(struct), tz=UTC)
    except (OverflowError, ValueError, TypeError):
        return None


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def _entry_text(entry: Any) -> str:
    content = entry.get("content") or []
    html = content[0].get("value", "") if content else ""
    if not html:
        html = entry.get("summary", "") or ""
    return html_to_text(html)


def parse_feed(body: bytes, headers: dict[str, str], url: str) -> ParsedFeed:
    """Parse feed bytes into entries with stable identities.

    Identity is the GUID; a GUID repeated within one document (some CMSs reuse one) is combined
    with the link, and entries without a GUID fall back to the cleaned link, then to a hash of
    title and date. HTML sanitising is switched off because we only keep plain text, which halves
    feedparser's time on typical feeds.
    """
    check_xml_safety(body)
    headers = {k.lower(): v for k, v in headers.items()}
    body, headers, repaired = repair_charset(body, headers)
    headers.setdefault("content-location", url)
    parsed = feedparser.parse(
        body,
        response_headers=headers,
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    feed_meta = parsed.get("feed", {})
    raw_entries = parsed.get("entries", [])
    guid_counts: dict[str, int] = {}
    for entry in raw_entries:
        guid = (entry.get("id") or "").strip()
        if guid:
            guid_counts[guid] = guid_counts.get(guid, 0) + 1

    entries: list[FeedEntry] = []
    seen: set[str] = set()
    for entry in raw_entries:
        guid = (entry.get("id") or "").strip() or None
        link = clean_url(entry.get("link"))
        title = html_to_text(entry.get("title", "") or "")
        published = _as_datetime(entry.get("published_parsed") or entry.get("updated_parsed"))
        if guid and guid_counts.get(guid, 0) > 1:
            key = _digest("guid+link", guid, link or title)
        elif guid:
            key = _digest("guid", guid)
        elif link:
            key = _digest("link", link)
        else:
            key = _digest("title", title, published.isoformat() if published else "")
        if key in seen:
            continue
        seen.add(key)
        authors = tuple(a.get("name", "") for a in entry.get("authors", []) if a.get("name"))
        entries.append(
            FeedEntry(
                entry_key=key,
                guid=guid,
                link=link,
                title=title,
                summary=_entry_text(entry),
                published=published,
                authors=authors,
            )
        )

    ttl = feed_meta.get("ttl")
    try:
        ttl_minutes = int(ttl) if ttl else None
    except (TypeError, ValueError):
        ttl_minutes = None
    bozo_exc = parsed.get("bozo_exception")
    return ParsedFeed(
        version=parsed.get("version", "") or "",
        title=html_to_text(feed_meta.get("title", "") or ""),
        entries=entries,
        ttl_minutes=ttl_minutes,
        bozo=bool(parsed.get("bozo")),
        bozo_message=f"{type(bozo_exc).__name__}: {bozo_exc}"[:300] if bozo_exc else None,
        charset_repaired=repaired,
    )
