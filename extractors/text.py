"""Small text helpers shared by the feed and article extractors."""

from __future__ import annotations

import html
import re

import lxml.html
from lxml.etree import ParserError

_WS = re.compile(r"\s+")
_TAG_HINT = re.compile(r"<[a-zA-Z/!]")


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (feed summaries, titles), whitespace folded.

    Most titles contain no markup at all, so the parser runs only when a tag is present.
    """
    if not fragment:
        return ""
    if _TAG_HINT.search(fragment):
        try:
            fragment = lxml.html.fromstring(fragment).text_content()
        except (ParserError, ValueError):
            fragment = re.sub(r"<[^>]+>", " ", fragment)
    return _WS.sub(" ", html.unescape(fragment)).strip()


def looks_like_html(body: bytes) -> bool:
    """Sniff an HTML document, for servers that label pages as text/plain or nothing at all."""
    head = body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Control characters other than tab, newline, form feed and carriage return: text has almost
# none; executables, images and archives are full of them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class NotTextError(ValueError):
    """The bytes are not a text document; the message says what they look like."""


def decode_document(data: bytes) -> str:
    """Text of a file a user hands the detector, or NotTextError.

    A byte-order mark decides first (a UTF-16 copy of an article is still the article), then
    UTF-8, then charset-normalizer's best guess. Empty input and binary data (an executable,
    an image) are refused rather than quietly reported as "not an exercise".
    """
    if not data.strip():
        raise NotTextError("is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise NotTextError(
                    f"has a {encoding} byte-order mark but is not {encoding}"
                ) from exc
            break
    else:
        if b"\x00" in data[:8192]:
            raise NotTextError("is binary data, not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            from charset_normalizer import from_bytes

            best = from_bytes(data[:200_000]).best()
            if best is None:
                raise NotTextError("is binary data, not text") from None
            text = data.decode(best.encoding, errors="replace")
    sample = text[:8192]
    if not sample.strip():
        raise NotTextError("is empty")
    if len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise NotTextError("is binary data, not text")
    return text
