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
