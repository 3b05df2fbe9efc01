"""Days and day ranges in other languages: "del 1 al 7 de septiembre", "vom 1. bis 7. September".

Month names come from CLDR through babel, in the forms each language writes after a day
(Polish "września" is the genitive CLDR keeps for dates). A day without a year takes the year
that puts it nearest the publication day, the way the English reader does.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from babel import Locale

from .lexicon import WORD, Lexicon, cldr_locale

# Scripts whose month names may be two letters long ("మే", May): in Latin script a two-letter
# abbreviation is a word of its own ("ma", "de").
_SHORT_OK = frozenset({"te", "ta", "bn", "mr", "hi", "ar"})
# Spellings CLDR does not give but the press writes.
_MONTH_EXTRA = {"es": {"setiembre": 9}, "de": {"Jänner": 1}, "id": {"Pebruari": 2, "Nopember": 11}}


@dataclass(frozen=True)
class DaySpan:
    """A day or a range of days the text writes, with where it stands in the sentence."""

    start: dt.date
    end: dt.date | None
    at: int
    stop: int
    weekday: bool = False  # told by its weekday only ("el martes")


@cache
def _months(lang: str) -> dict[str, int]:
    loc = Locale(cldr_locale(lang))
    out: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for num, name in loc.months[context][width].items():
                name = name.rstrip(".")
                # "Mai" and "May" are long enough in Latin script; "మే" (Telugu May) is two.
                if len(name) >= (2 if lang in _SHORT_OK else 3):
                    out.setdefault(name.casefold(), num)
    for name, num in _MONTH_EXTRA.get(lang, {}).items():
        out[name.casefold()] = num
    return out


@cache
def _weekdays(lang: str) -> tuple[re.Pattern[str], dict[str, int]]:
    """Weekday names from CLDR; Polish declines them ("w środę"), Portuguese news shortens
    them ("nesta segunda"), so both match on the stem."""
    loc = Locale(cldr_locale(lang))
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for num, name in loc.days[context]["wide"].items():
            names.setdefault(name.casefold(), num)
            if lang == "pt" and "-" in name:
                names.setdefault(name.split("-")[0].casefold(), num)
    forms = []
    for name in sorted(names, key=len, reverse=True):
        forms.append(re.escape(name[:-1]) + rf"[{WORD}]?" if lang == "pl" else re.escape(name))
    pattern = re.compile(rf"(?<![{WORD}-])(?:{'|'.join(forms)})(?![{WORD}-])", re.IGNORECASE)
    return pattern, names


def _weekday_of(surface: str, lang: str) -> int | None:
    _pattern, names = _weekdays(lang)
    key = surface.casefold()
    if key in names:
        return names[key]
    for name, num in names.items():
        if lang == "pl" and key[:-1] == name[:-1]:
            return num
    return None


# A weekday right after a speech verb is the day of the speech ("dijo el martes").
_SAID = re.compile(
    r"(?<![\w])(?:kata|ujar|ucap|dijo|declar[oó]|afirm[oó]|señal[oó]|disse|afirmou|declarou|"
    r"ha (?:detto|dichiarato|affermato)|a (?:déclaré|dit|affirmé)|sagte|erklärte|teilte mit|"
    r"powiedział\w*|oświadczył\w*|कहा)(?![\w])",
    re.IGNORECASE,
)


def starts_with_month(text: str, lang: str) -> bool:
    first = text.split(maxsplit=1)[0].rstrip(".,").casefold() if text.strip() else ""
    return first in _months(lang)


@cache
def _patterns(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    months = "|".join(re.escape(m) for m in sorted(_months(lex.code), key=len, reverse=True))
    day = r"(\d{1,2})(?:er|º|°|\.)?"
    month = rf"(?:de\s+|del\s+)?({months})\.?"
    year = r"(?:,?\s+(?:de\s+|del\s+|r\.\s+|roku\s+)?((?:19|20)\d\d))?"
    frm = "|".join(lex.range_from)
    to = "|".join(lex.range_to)
    same_month = re.compile(
        rf"(?:(?:{frm})\s+)?{day}\s*(?:{to})\s*{day}\s+{month}{year}(?![{WORD}])", re.IGNORECASE
    )
    two_months = re.compile(
        rf"(?:(?:{frm})\s+)?{day}\s+{month}{year}\s*(?:{to})\s*{day}\s+{month}{year}(?![{WORD}])",
        re.IGNORECASE,
    )
    single = re.compile(rf"(?<![{WORD}.]){day}\s+{month}{year}(?![{WORD}])", re.IGNORECASE)
    return same_month, two_months, single


def _year_for(month: int, day: int, published: dt.date | None, fallback: int | None) -> int | None:
    if published is None:
        return fallback
    best = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            when = dt.date(year, month, day)
        except ValueError:
            continue
        gap = (when - published).days
        if -270 <= gap <= 180 and (best is None or abs(gap) < abs(best[1])):
            best = (year, gap)
    return best[0] if best else published.year


def _date(
    day: str,
    month_name: str,
    year: str | None,
    lex: Lexicon,
    published: dt.date | None,
    fallback: int | None,
) -> dt.date | None:
    month = _months(lex.code).get(month_name.casefold().rstrip("."))
    if not month:
        return None
    d = int(day)
    y = int(year) if year else _year_for(month, d, published, fallback)
    if y is None:
        return None
    try:
        return dt.date(y, month, d)
    except ValueError:
        return None


def find_days(
    sentence: str, lex: Lexicon, published: dt.date | None, fallback_year: int | None
) -> list[DaySpan]:
    """Day ranges first (they say most), then single days outside them."""
    same_month, two_months, single = _patterns(lex)
    spans: list[DaySpan] = []
    taken: list[tuple[int, int]] = []
    for m in two_months.finditer(sentence):
        y2 = m.group(6)
        end = _date(m.group(4), m.group(5), y2, lex, published, fallback_year)
        start = _date(m.group(1), m.group(2), m.group(3) or y2, lex, published, fallback_year)
        if start and end and start.year != end.year and not (m.group(3) or y2):
            start = start.replace(year=end.year) if start.month <= end.month else start
        if start and end and 0 <= (end - start).days <= 120:
            spans.append(DaySpan(start, end, m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for m in same_month.finditer(sentence):
        if any(a <= m.start() < b for a, b in taken):
            continue
        end = _date(m.group(2), m.group(3), m.group(4), lex, published, fallback_year)
        first = int(m.group(1))
        if end is None or not 1 <= first <= end.day:
            continue  # "0 to 3 September" or "9 to 3 September": no range of days
        start = end.replace(day=first)
        spans.append(DaySpan(start, end, m.start(), m.end()))
        taken.append((m.start(), m.end()))
    for m in single.finditer(sentence):
        if any(a <= m.start() < b for a, b in taken):
            continue
        when = _date(m.group(1), m.group(2), m.group(3), lex, published, fallback_year)
        if when:
            spans.append(DaySpan(when, None, m.start(), m.end()))
    if published is not None:
        # "am Mittwoch", "el martes": the nearest such day before the publication day, or after
        # it when the sentence tells the future.
        for m in _weekdays(lex.code)[0].finditer(sentence):
            if any(a <= m.start() < b for a, b in taken):
                continue
            clause = sentence[max(0, m.start() - 40) : m.start()]  # "comenzará el martes"
            if _SAID.search(sentence[max(0, m.start() - 40) : m.start()]):
                continue  # "kata Jenderal Flynn, Rabu": the day it was said
            ahead = lex.pattern("future_forms").search(clause) or lex.pattern("announced").search(
                clause
            )
            weekday = _weekday_of(m.group(0), lex.code)
            if weekday is None:
                continue
            back = (published.weekday() - weekday) % 7
            when = published + dt.timedelta(days=(7 - back) % 7 if ahead else -back)
            spans.append(DaySpan(when, None, m.start(), m.end(), weekday=True))
    spans.sort(key=lambda s: s.at)
    return spans
