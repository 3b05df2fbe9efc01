"""Feed bytes -> entries.

feedparser is handed bytes and the response headers, never a URL: its own fetcher has no
timeout and no size cap. Before feedparser sees anything, documents that declare XML entities
are refused, because entity expansion (billion laughs) and external entities (XXE) are the two
classic ways a hostile feed attacks its reader, and no genuine feed needs either. The check
reads the document both as raw bytes and as the UTF-8 text feedparser will actually parse, so
neither a long prolog nor an exotic encoding (UTF-7, UTF-32, EBCDIC) hides a declaration.
"""

from __future__ import annotations

import calendar
import codecs
import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import feedparser
from charset_normalizer import from_bytes
from feedparser.encodings import convert_to_utf8

from extractors.text import html_to_text
from extractors.urls import clean_url

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_PROLOG_ITEM = re.compile(rb"\s*(?:<\?.*?\?>|<!--.*?-->)", re.DOTALL)
_DOCTYPE = re.compile(rb"\s*<!DOCTYPE", re.IGNORECASE)
_ROOT_START = re.compile(rb"\s*<[^!?]")
# What matters inside a DOCTYPE: literals, comments and PIs are opaque (a "]" or ">" inside
# them cannot end it early), and an unterminated one runs to the end of the document, so every
# byte is scanned once. Before the internal subset `[` opens, a `>` ends the DOCTYPE; inside
# it only `]>` does (an internal subset has no nested brackets).
_OPAQUE = rb"\"[^\"]*(?:\"|\Z)|'[^']*(?:'|\Z)|<!--.*?(?:-->|\Z)|<\?.*?(?:\?>|\Z)"
_DOCTYPE_TOKEN = re.compile(_OPAQUE + rb"|<!ENTITY|\[|>", re.DOTALL | re.IGNORECASE)
_SUBSET_TOKEN = re.compile(_OPAQUE + rb"|<!ENTITY|\]\s*>", re.DOTALL | re.IGNORECASE)
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


def _doctype_declares_entities(data: bytes, start: int) -> bool:
    """Walk a DOCTYPE from `start` to its end: does its internal subset declare entities?"""
    tokens, pos = _DOCTYPE_TOKEN, start
    while token := tokens.search(data, pos):
        text, pos = token.group(), token.end()
        if text == b"[" and tokens is _DOCTYPE_TOKEN:
            tokens = _SUBSET_TOKEN
        elif text == b">" or (text[:1] == b"]" and text[-1:] == b">"):
            return False
        elif text.upper() == b"<!ENTITY":
            return True
    return _ENTITY_DECL.search(data, start) is not None  # never closed: judge by all of it


def _declares_entities(data: bytes) -> bool:
    """True if the document has a DOCTYPE that declares (or might declare) an entity.

    Entity declarations can only live in a DOCTYPE, which follows the XML declaration, comments
    and processing instructions of the prolog. The prolog is walked item by item whatever its
    length, so padding cannot push the DOCTYPE out of sight, and a comment holding `<a` cannot
    pass for the root element (which is how feedparser's own DOCTYPE scrubber is fooled). Text
    after the DOCTYPE is content, where `<!ENTITY` in a CDATA section is harmless; a prolog
    that cannot be walked falls back to searching the whole document.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    pos = 0
    while item := _PROLOG_ITEM.match(data, pos):
        pos = item.end()
    doctype = _DOCTYPE.match(data, pos)
    if doctype:
        return _doctype_declares_entities(data, doctype.end())
    if _ROOT_START.match(data, pos):
        return False
    return _ENTITY_DECL.search(data) is not None


def _raw_view(body: bytes) -> bytes:
    """The bytes with UTF-32/UTF-16 undone, so ASCII markup can be matched as ASCII."""
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if body.startswith(bom):
            return body.decode(codec, errors="ignore").encode("utf-8")
    if b"\x00" in body[:4]:
        return body.replace(b"\x00", b"")
    return body


def check_xml_safety(body: bytes, headers: dict[str, str] | None = None) -> None:
    """Raise UnsafeFeedError if the document declares XML entities.

    Two readings are checked: the raw bytes, and the UTF-8 text that feedparser's own encoding
    detection produces from these bytes and headers (the text its XML parser will see). Both
    are linear scans, a few milliseconds for a feed at the size cap.
    """
    parsed_view = convert_to_utf8({k.lower(): v for k, v in (headers or {}).items()}, body, {})
    for view in (_raw_view(body), parsed_view):
        if _declares_entities(view):
            raise UnsafeFeedError(
                "XML entity declarations are refused (entity expansion / XXE risk)"
            )


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
    headers = {k.lower(): v for k, v in headers.items()}
    check_xml_safety(body, headers)
    body, headers, repaired = repair_charset(body, headers)
    if repaired:
        check_xml_safety(body, headers)  # the transcoded text is what feedparser will parse
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
