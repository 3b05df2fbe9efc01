"""The feeds file and OPML import."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from extractors.opml import OpmlError, parse_opml
from flows.feedlist import FeedsFileError, import_opml, load_feeds

REPO = Path(__file__).resolve().parents[1]


def test_default_feeds_file_is_valid_and_sized():
    feeds = load_feeds(REPO / "feeds.yaml")
    assert 15 <= len(feeds) <= 30
    assert all(f.url.startswith("https://") and f.language == "en" and f.tags for f in feeds)
    assert len({f.feed_id for f in feeds}) == len(feeds)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("feeds: [", "invalid YAML"),
        ("something: else", "expected a mapping with a 'feeds:' list"),
        ("feeds:\n  - name: x\n", "'url' is missing"),
        ("feeds:\n  - name: x\n    url: ftp://example.org/feed\n", "invalid URL"),
        ("feeds:\n  - url: https://a.org/f\n    interval_minutes: -3\n", "interval_minutes"),
        ("feeds:\n  - url: https://a.org/f\n    robots: no thanks\n", "'robots' must be true"),
        ("feeds:\n  - url: https://a.org/f\n    robot: false\n", "did you mean 'robots'"),
    ],
)
def test_bad_feeds_files_get_one_clear_line(tmp_path: Path, text: str, message: str):
    path = tmp_path / "feeds.yaml"
    path.write_text(text)
    with pytest.raises(FeedsFileError, match=message) as info:
        load_feeds(path)
    assert "\n" not in str(info.value)


def test_robots_key_opts_a_feed_out_of_robots_txt(tmp_path: Path):
    path = tmp_path / "feeds.yaml"
    path.write_text(
        "feeds:\n  - url: https://mine.example/f\n    robots: false\n"
        "  - url: https://theirs.example/f\n"
    )
    mine, theirs = load_feeds(path)
    assert mine.robots is False and theirs.robots is True


def test_missing_feeds_file(tmp_path: Path):
    with pytest.raises(FeedsFileError, match="no such feeds file"):
        load_feeds(tmp_path / "absent.yaml")


OPML = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>reader export</title></head><body>
  <outline text="Defence" title="Defence">
    <outline type="rss" text="Alpha Defence" xmlUrl="https://alpha.example.org/rss"/>
    <outline type="rss" text="Beta Navy" xmlUrl="https://beta.example.org/atom.xml"/>
  </outline>
  <outline type="rss" text="Gamma World" xmlUrl="https://gamma.example.org/feed"/>
  <outline type="rss" text="Broken" xmlUrl="javascript:alert(1)"/>
</body></opml>"""


def test_opml_import_adds_new_feeds_with_folder_tags(tmp_path: Path):
    feeds_path = tmp_path / "feeds.yaml"
    feeds_path.write_text(
        yaml.safe_dump(
            {"feeds": [{"name": "Gamma World", "url": "https://gamma.example.org/feed"}]}
        )
    )
    opml = tmp_path / "export.opml"
    opml.write_bytes(OPML)
    added, skipped = import_opml(opml, feeds_path)
    assert (added, skipped) == (2, 2)
    feeds = load_feeds(feeds_path)
    assert [f.name for f in feeds] == ["Gamma World", "Alpha Defence", "Beta Navy"]
    assert feeds[1].tags == ("defence",)
    assert import_opml(opml, feeds_path) == (0, 4)


COMMENTED_FEEDS = """\
# Feeds our desk reads every morning.
desk: morning   # a key of our own beside the list must survive
feeds:
  # --- wires ---
  - name: Gamma World   # the desk's main wire
    url: "https://gamma.example.org/feed"
    tags: [world, wire]

  - name: Delta Review
    url: https://delta.example.org/rss.xml   # checked 2026-11-02
"""

FLUSH_LEFT_FEEDS = """\
feeds:
- name: Gamma World
  url: https://gamma.example.org/feed
# the list ends here; a second section follows
settings_note: unchanged
"""


@pytest.mark.parametrize("original", [COMMENTED_FEEDS, FLUSH_LEFT_FEEDS])
def test_opml_import_keeps_comments_quoting_and_indentation(tmp_path: Path, original: str):
    feeds_path = tmp_path / "feeds.yaml"
    feeds_path.write_text(original, encoding="utf-8")
    opml = tmp_path / "export.opml"
    opml.write_bytes(OPML)
    assert import_opml(opml, feeds_path) == (2, 2)
    written = feeds_path.read_text(encoding="utf-8")
    lines = written.splitlines()
    kept = iter(lines)
    assert all(line in kept for line in original.splitlines())  # every line, in order
    names = [f.name for f in load_feeds(feeds_path)]
    assert names[-2:] == ["Alpha Defence", "Beta Navy"] and "Gamma World" in names
    indent = "  - " if original is COMMENTED_FEEDS else "- "
    assert f"{indent}name: Alpha Defence" in lines
    assert any(line.strip() == "tags: [defence]" for line in lines)


def test_opml_import_into_a_new_file(tmp_path: Path):
    feeds_path = tmp_path / "new.yaml"
    opml = tmp_path / "export.opml"
    opml.write_bytes(OPML)
    assert import_opml(opml, feeds_path) == (3, 1)
    assert [f.name for f in load_feeds(feeds_path)] == ["Alpha Defence", "Beta Navy", "Gamma World"]


def test_opml_import_refuses_a_broken_feeds_file_and_leaves_it(tmp_path: Path):
    feeds_path = tmp_path / "feeds.yaml"
    feeds_path.write_text("feeds: [\n", encoding="utf-8")
    opml = tmp_path / "export.opml"
    opml.write_bytes(OPML)
    with pytest.raises(FeedsFileError, match="invalid YAML"):
        import_opml(opml, feeds_path)
    assert feeds_path.read_text(encoding="utf-8") == "feeds: [\n"


def test_opml_refuses_entities_and_non_opml():
    with pytest.raises(OpmlError, match="unsafe"):
        parse_opml(b'<!DOCTYPE o [<!ENTITY a "x">]><opml><body/></opml>')
    with pytest.raises(OpmlError, match="not <opml>"):
        parse_opml(b"<rss/>")
