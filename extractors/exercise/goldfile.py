"""Gold files for `drillwatch eval`: read, check and (for real-news sets) join with texts.

A gold file that is wrong in shape must fail loudly: an eval that quietly scores zero items,
or items without a label, prints numbers that look like a result and are not. Real-news sets
keep no text in the repository (see ../shared/corpora/labels/FIELDS.md): each line carries a
URL and the query that finds the page again, and the texts are fetched into a scratch folder
at evaluation time as `<id>.txt`. Items whose text is missing there are counted, never
replaced.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

LABELS = ("exercise", "other")


class GoldError(ValueError):
    """The gold file cannot be scored; the message names the file and line."""


@dataclass
class GoldSet:
    """Items ready to score, and the ids whose text was not in the texts folder."""

    items: list[dict[str, Any]] = field(default_factory=list)
    missing_texts: list[str] = field(default_factory=list)


def read_lines(path: str | Path) -> list[str]:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise GoldError(f"cannot read {path}: {exc.strerror}") from exc
    try:
        return data.decode("utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise GoldError(f"{path}: not UTF-8 text (is it a JSONL gold file?)") from exc


def parse_gold(lines: Iterable[str], source: str, texts_dir: str | Path | None = None) -> GoldSet:
    """Check every line; attach `<id>.txt` from `texts_dir` to items that carry no text."""
    out = GoldSet()
    seen: set[str] = set()
    texts = Path(texts_dir) if texts_dir else None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{where}: invalid JSON: {exc.msg}") from exc
        if not isinstance(item, dict):
            raise GoldError(f"{where}: expected a JSON object, got {type(item).__name__}")
        gid = item.get("id")
        if not isinstance(gid, str) or not gid:
            raise GoldError(f"{where}: 'id' is missing or not a string")
        if gid in seen:
            raise GoldError(f"{where}: id {gid!r} appears twice")
        seen.add(gid)
        if item.get("label") not in LABELS:
            raise GoldError(
                f'{where}: \'label\' must be "exercise" or "other", got {item.get("label")!r}'
            )
        text = item.get("text")
        if not text and texts is not None:
            path = texts / f"{gid}.txt"
            if not path.is_file():
                out.missing_texts.append(gid)
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            item = {**item, "text": text}
        if not isinstance(text, str) or not text.strip():
            hint = " (or pass --texts DIR holding <id>.txt)" if texts is None else ""
            raise GoldError(f"{where}: item {gid!r} has no 'text'{hint}")
        if item.get("title") is not None and not isinstance(item.get("title"), str):
            raise GoldError(f"{where}: 'title' must be a string")
        out.items.append(item)
    if not out.items and not out.missing_texts:
        raise GoldError(f"{source}: no items")
    return out


def load_gold(path: str | Path, texts_dir: str | Path | None = None) -> GoldSet:
    return parse_gold(read_lines(path), str(path), texts_dir)
