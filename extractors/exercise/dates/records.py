"""The two records of the date rules: what dates are read against, and one date as read.

Kept apart from mentions.py so that the rules that read a sentence (mentions.py) and those
that pair its dates (pairing.py) share them without importing each other.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DateContext:
    """The reference an article's dates are read against."""

    published: dt.date | None = None
    edition_year: int | None = None  # from the exercise's name ("Vostok 2022", "Saber Strike 15")
    edition_explicit: bool = False  # written with four digits
    # Without a publication date: the latest year the article's exercise sentences write.
    document_year: int | None = None


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date of a sentence, resolved. `role` is range, start, end, point, month or relative;
    `kind` is day (a calendar day, weekdays and "yesterday" included), month or relative;
    `report` marks the day of a statement, a dateline, a page header or a photo caption."""

    start: dt.date | None
    end: dt.date | None
    role: str
    kind: str
    report: bool
    tense: int  # +1 future, -1 past, 0 not said
    position: int
    # A start read off the day it was told ("has begun, the ministry said on Tuesday"): the
    # exercise may have begun earlier, so a start stated outright elsewhere wins over it.
    told: bool = False
