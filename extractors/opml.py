"""OPML (what feed readers export) -> feed definitions.

Parsed with defusedxml: an OPML file is user-supplied XML and must not expand entities.
Nested outlines become tags, which is how readers express folders.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException


class OpmlError(ValueError):
    """The file is not an OPML document we can read."""


def _walk(node: Element, folders: list[str], out: list[dict]) -> None:
    for outline in node.findall("outline"):
        url = (outline.get("xmlUrl") or "").strip()
        label = (outline.get("title") or outline.get("text") or "").strip()
        if url:
            feed = {"name": label or url, "url": url, "tags": [f.lower() for f in folders]}
            lang = outline.get("language")
            if lang:
                feed["language"] = lang
            out.append(feed)
        else:
            _walk(outline, [*folders, label] if label else folders, out)


def parse_opml(data: bytes) -> list[dict]:
    """Feeds listed in an OPML document, in document order."""
    try:
        root = SafeET.fromstring(data)
    except DefusedXmlException as exc:
        raise OpmlError(f"refused unsafe XML: {type(exc).__name__}") from exc
    except SafeET.ParseError as exc:
        raise OpmlError(f"not well-formed XML: {exc}") from exc
    if root.tag != "opml":
        raise OpmlError(f"root element is <{root.tag}>, not <opml>")
    body = root.find("body")
    if body is None:
        raise OpmlError("OPML has no <body>")
    feeds: list[dict] = []
    _walk(body, [], feeds)
    return feeds
