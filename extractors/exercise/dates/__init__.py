"""Dates of an exercise: the grammar (grammar.py), the cue tables (cues.py), resolution against
the publication date (mentions.py, with its records in records.py), the days of one sentence
read together (pairing.py), which sentences are read (sentences.py) and the choice of one
schedule per article (schedule.py).

Also the two things the detector needs before it reads any date: the edition year carried by
an exercise's name ("Zapad-2021", "Red Flag-Alaska 21-02", "Strait Thunder-2025A") and, for an
article that arrives without a publication date, the date its own header or dateline shows.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from . import cues
from .grammar import find_raw
from .mentions import DateContext, DateMention, find_mentions, resolve_weekday, resolve_year
from .schedule import Schedule, choose_schedule

__all__ = [
    "DateContext",
    "DateMention",
    "DateSpan",
    "Schedule",
    "choose_schedule",
    "dateline_day",
    "edition_iteration",
    "edition_year",
    "find_dates",
    "find_mentions",
    "find_range",
    "infer_published",
    "resolve_weekday",
    "resolve_year",
]

_EDITION = re.compile(
    r"(?<![\d])(?:(?P<four>(?:19|20)\d\d)(?:[A-Z]|-[IVX]+)?|'?(?P<two>\d\d)(?:[-/.](?P<sub>\d{1,2}))?"
    r"(?:[A-Z])?)\s*$"
)


def edition_year(name: str | None) -> tuple[int | None, bool]:
    """(year, written with four digits) of an exercise name's edition, if it has one.

    "Zapad-2021" -> (2021, True); "Strait Thunder-2025A" -> (2025, True); "Red Flag-Alaska
    21-02" -> (2021, False); "Saber Strike 15" -> (2015, False); "Iron Wolf 2021-II" -> (2021,
    True); "Vostok" -> (None, False). Ordinals ("Garuda VII") carry no year.
    """
    if not name:
        return None, False
    m = _EDITION.search(name.strip())
    if not m:
        return None, False
    if m.group("four"):
        return int(m.group("four")), True
    two = int(m.group("two"))
    if m.group("sub") is None and two > 40:
        return None, False  # "Exercise Talisman 99"? too old to be an edition we meet
    return 2000 + two, False


_HEADER = re.compile(
    r"(?:published|updated|posted|publication date|date)\s*:?\s*(?:on\s+)?|^\s*|\n\s*"
    r"|\b[A-Z]{3,}(?:[ ,]+[A-Z][\w.'-]*){0,3},\s+",
    re.IGNORECASE,
)
_NUMERIC = re.compile(
    r"\b(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)\b|\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b"
)


def infer_published(text: str) -> dt.date | None:
    """The date an article's own header or dateline shows, for articles that arrive without
    a publication date: "Published: Jun. 23, 2016", "WASHINGTON, Nov. 4, 2011 -", a line
    that is only "March 1, 2023", "Publication date 15.3.2024", "date 2020-03-02"."""
    head = text[:400]
    for line in head.splitlines()[:12]:
        line = line.strip()
        if not line:
            continue
        for raw in find_raw(line):
            if raw.shape != "single" or not raw.y1:
                continue
            before = line[: raw.start]
            if len(before) > 60 or not (_HEADER.fullmatch(before) or before.strip() == ""):
                continue
            try:
                return dt.date(raw.y1, raw.m1, raw.d1)  # type: ignore[arg-type]
            except (TypeError, ValueError):
                continue
        m = _NUMERIC.search(line)
        if m and re.search(r"(?i)\b(?:publication date|published|date)\b", line[: m.start()]):
            try:
                if m.group(3):
                    return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
                return dt.date(int(m.group(4)), int(m.group(5)), int(m.group(6)))
            except ValueError:
                continue
    return None


def dateline_day(sentences: list[str], year: int | None) -> dt.date | None:
    """The day of a wire dateline written without a year ("CANBERRA, Sept 6: ..."), in the
    year the article's exercise carries, for articles that arrive with no date at all. It is
    the day the story was filed: the reference for "began on Sunday" and "today"."""
    if year is None:
        return None
    for sentence in sentences:
        line = cues.DATELINE.match(sentence)
        if not line:
            continue
        for raw in find_raw(sentence[: line.end()]):
            if raw.shape == "single" and raw.y1 is None and raw.m1 and raw.d1:
                try:
                    return dt.date(year, raw.m1, raw.d1)
                except ValueError:
                    return None
        return None
    return None


_ITERATION = re.compile(
    r"(?:(?:19|20)\d\d|\d\d)(?:(?P<letter>[A-Z])|-(?P<roman>[IVX]{1,4})|[-/.](?P<sub>\d{1,2}))\s*$"
)


def edition_iteration(name: str | None) -> str | None:
    """Which of a year's editions a name means: "Joint Sword-2024A" -> "A", "Iron Wolf
    2021-II" -> "II", "Red Flag-Alaska 21-02" -> "2"; None for a yearly exercise."""
    if not name:
        return None
    m = _ITERATION.search(name.strip())
    if not m:
        return None
    if m.group("sub"):
        return str(int(m.group("sub")))
    return m.group("letter") or m.group("roman")


@dataclass(frozen=True, slots=True)
class DateSpan:
    """The single best date of one sentence (the shape the earlier API returned)."""

    start: dt.date | None
    end: dt.date | None
    start_precision: str | None
    end_precision: str | None
    kind: str  # range, start, end, month, relative


def find_dates(sentence: str, published: dt.date | None) -> DateSpan | None:
    """The best date of one sentence, for callers that look at one sentence at a time."""
    mentions = [
        m
        for m in find_mentions(sentence, DateContext(published))
        if not m.report and _plausible(m.start or m.end, published)
    ]
    if not mentions:
        return None
    rank = {"range": 0, "start": 1, "end": 1, "point": 2, "month": 3, "relative": 4}
    best = min(mentions, key=lambda m: (rank[m.role], m.position))
    if best.kind == "day":
        kind = best.role if best.role in ("range", "end") else "start"
        return DateSpan(
            best.start, best.end, "day" if best.start else None, "day" if best.end else None, kind
        )
    precision = (
        "month"
        if best.kind == "month"
        else "day"
        if best.end and best.start and (best.end - best.start).days == 6
        else "month"
        if best.end and best.start and best.end.day > 27
        else "year"
    )
    return DateSpan(best.start, best.end, precision, precision, best.role)


def find_range(sentence: str, published: dt.date | None) -> DateSpan | None:
    """The day range of a sentence; several ranges (the phases of one event) are joined."""
    ranges = [m for m in find_mentions(sentence, DateContext(published)) if m.role == "range"]
    if not ranges:
        return None
    start = min(m.start for m in ranges if m.start)  # type: ignore[type-var]
    end = max(m.end for m in ranges if m.end)  # type: ignore[type-var]
    return DateSpan(start, end, "day", "day", "range")


def _plausible(day: dt.date | None, published: dt.date | None) -> bool:
    """Within a year and a half of publication: anything further is history."""
    return day is None or published is None or abs((day - published).days) <= 550
