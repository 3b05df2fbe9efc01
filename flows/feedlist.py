"""The feeds file: load, validate, and merge in OPML imports.

Configuration errors are reported as one line naming the file and the entry, because the
feeds file is hand-edited and a traceback helps nobody fix a missing colon.
"""

from __future__ import annotations

import difflib
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.util import load_yaml_guess_indent

from extractors.opml import parse_opml


class FeedsFileError(ValueError):
    """The feeds file cannot be used; the message says where and why."""


@dataclass(frozen=True)
class FeedConfig:
    """One feed as configured by the user."""

    name: str
    url: str
    language: str | None = "en"
    tags: tuple[str, ...] = field(default_factory=tuple)
    interval_minutes: int | None = None
    # False for a feed whose site the user owns: its pages are fetched without consulting
    # robots.txt (and without its Crawl-delay).
    robots: bool = True

    @property
    def feed_id(self) -> str:
        """Stable identity: derived from the configured URL, so redirects keep the history."""
        return hashlib.sha1(self.url.encode("utf-8")).hexdigest()[:16]


def _validate_url(url: object, where: str) -> str:
    if not isinstance(url, str) or not url.strip():
        raise FeedsFileError(f"{where}: 'url' is missing")
    url = url.strip()
    try:
        parts = urlsplit(url)
        hostname = parts.hostname
    except ValueError as exc:  # e.g. an unclosed IPv6 literal
        raise FeedsFileError(f"{where}: invalid URL {url!r} ({exc})") from exc
    if parts.scheme not in ("http", "https") or not hostname:
        raise FeedsFileError(f"{where}: invalid URL {url!r} (need http:// or https://)")
    return url


FEED_KEYS = ("name", "url", "language", "tags", "interval_minutes", "robots")


def _check_keys(item: dict, where: str) -> None:
    """A misspelt key (`interval_minute: 5`) would be ignored and the feed polled on the
    default schedule without a word; refuse it, naming the nearest key we know."""
    for key in item:
        if key not in FEED_KEYS:
            close = difflib.get_close_matches(str(key), FEED_KEYS, n=1, cutoff=0.5)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise FeedsFileError(
                f"{where}: unknown key {key!r}{hint}; known keys: {', '.join(FEED_KEYS)}"
            )


def parse_feeds(data: object, source: str) -> list[FeedConfig]:
    """Validate the parsed YAML document and return its feeds, dropping repeated URLs."""
    if not isinstance(data, dict) or not isinstance(data.get("feeds"), list):
        raise FeedsFileError(f"{source}: expected a mapping with a 'feeds:' list")
    feeds: list[FeedConfig] = []
    seen: set[str] = set()
    for index, item in enumerate(data["feeds"], start=1):
        where = f"{source}: feed #{index}"
        if isinstance(item, str):
            item = {"url": item}
        if not isinstance(item, dict):
            raise FeedsFileError(f"{where}: expected a mapping with name and url")
        _check_keys(item, where)
        url = _validate_url(item.get("url"), where)
        if url in seen:
            continue
        seen.add(url)
        tags = item.get("tags") or []
        if isinstance(tags, str):
            tags = [tags]
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise FeedsFileError(f"{where}: 'tags' must be a list of strings")
        interval = item.get("interval_minutes")
        if interval is not None and (not isinstance(interval, int) or interval <= 0):
            raise FeedsFileError(f"{where}: 'interval_minutes' must be a positive integer")
        robots = item.get("robots", True)
        if not isinstance(robots, bool):
            raise FeedsFileError(f"{where}: 'robots' must be true or false")
        language = item.get("language", "en")
        feeds.append(
            FeedConfig(
                name=str(item.get("name") or urlsplit(url).hostname),
                url=url,
                language=str(language) if language else None,
                tags=tuple(tags),
                interval_minutes=interval,
                robots=robots,
            )
        )
    return feeds


def load_feeds(path: str | Path) -> list[FeedConfig]:
    """Read and validate a feeds file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise FeedsFileError(f"{path}: no such feeds file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise FeedsFileError(f"{path}: cannot read: {exc}") from exc
    return parse_feeds(_safe_yaml(text, path), str(path))


def _safe_yaml(text: str, path: Path) -> object:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark else ""
        raise FeedsFileError(f"{path}: invalid YAML{at}: {getattr(exc, 'problem', exc)}") from exc


def import_opml(opml_path: str | Path, feeds_path: str | Path) -> tuple[int, int]:
    """Append the OPML's feeds to the feeds file; return (added, already present or invalid).

    The feeds file is hand-written and commented (the default one explains where each URL was
    checked), so it is edited round-trip with ruamel.yaml: comments, blank lines, key order,
    quoting and indentation stay as they were, and new feeds go at the end of the list. The
    file is replaced through a temporary file and a rename, so an interrupted import never
    leaves half a YAML document behind.
    """
    feeds_path = Path(feeds_path)
    try:
        incoming = parse_opml(Path(opml_path).read_bytes())
    except OSError as exc:
        raise FeedsFileError(f"{opml_path}: cannot read: {exc.strerror}") from exc
    except ValueError as exc:
        raise FeedsFileError(f"{opml_path}: {exc}") from exc
    document, editor = _load_round_trip(feeds_path)
    feeds = document.get("feeds")
    if feeds is None:
        feeds = document["feeds"] = CommentedSeq()
    known = {(f["url"] if isinstance(f, dict) else f).strip() for f in feeds if f}
    added = 0
    for feed in incoming:
        try:
            _validate_url(feed["url"], f"{opml_path}: outline {feed['name']!r}")
        except FeedsFileError:
            continue
        if feed["url"] in known:
            continue
        known.add(feed["url"])
        feeds.append(_new_entry(feed))
        added += 1
    if added:
        tmp = feeds_path.with_suffix(feeds_path.suffix + ".tmp")
        with tmp.open("w", encoding="utf-8") as out:
            editor.dump(document, out)
        load_feeds(tmp)  # what we wrote must read back as a valid feeds file
        tmp.replace(feeds_path)
    return added, len(incoming) - added


def _load_round_trip(feeds_path: Path) -> tuple[CommentedMap, YAML]:
    """The feeds file as an editable document, validated, with its own indentation."""
    editor = YAML()  # round-trip mode
    editor.preserve_quotes = True
    editor.width = 4096  # never re-wrap a long URL or comment
    if not feeds_path.exists():
        editor.indent(mapping=2, sequence=4, offset=2)
        return CommentedMap(feeds=CommentedSeq()), editor
    text = feeds_path.read_text(encoding="utf-8")
    parse_feeds(_safe_yaml(text, feeds_path), str(feeds_path))  # one-line errors, as for a poll
    _, mapping_indent, sequence_indent = load_yaml_guess_indent(text)
    document = editor.load(text)
    if document is None:
        document = CommentedMap(feeds=CommentedSeq())
    sequence_indent = sequence_indent or 0
    editor.indent(
        mapping=mapping_indent or 2,
        sequence=max(sequence_indent + 2, mapping_indent or 2),
        offset=sequence_indent,
    )
    return document, editor


def _new_entry(feed: dict) -> CommentedMap:
    entry = CommentedMap(name=feed["name"], url=feed["url"], language=feed.get("language", "en"))
    if feed["tags"]:
        tags = CommentedSeq(feed["tags"])
        tags.fa.set_flow_style()  # "tags: [a, b]", as the default feeds file writes them
        entry["tags"] = tags
    return entry
