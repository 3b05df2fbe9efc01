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

# A month name may be two letters long outside the Latin script ("మే", May); in Latin script
# a two-letter abbreviation is a word of its own ("ma", "de"). Told by the letters, not by a
# list of languages, so that a new language file needs no change here.
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
# Spellings CLDR does not give but the press writes.
# Arabic has three sets of month names: CLDR's Egyptian and Gulf ones ("مارس"), the Levantine
# and Iraqi ones ("آذار"), and the Maghreb's French-derived ones ("جانفي", Morocco's "يوليوز");
# the press also drops the hamza ("ابريل").
_MONTH_EXTRA = {
    "es": {"setiembre": 9},
    "de": {"Jänner": 1},
    "id": {"Pebruari": 2, "Nopember": 11},
    "ar": {
        **{
            name: num
            for num, names in enumerate(
                (
                    ("كانون الثاني", "جانفي"),
                    ("شباط", "فيفري"),
                    ("آذار",),
                    ("نيسان", "ابريل", "إبريل", "أفريل"),
                    ("أيار", "ايار", "ماي"),
                    ("حزيران", "جوان"),
                    ("تموز", "جويلية", "يوليوز"),
                    ("آب", "اغسطس", "أوت", "غشت"),
                    ("أيلول", "ايلول", "شتنبر"),
                    ("تشرين الأول", "تشرين الاول", "اكتوبر"),
                    ("تشرين الثاني", "نونبر"),
                    ("كانون الأول", "كانون الاول", "دجنبر"),
                ),
                start=1,
            )
            for name in names
        }
    },
}


@dataclass(frozen=True)
class DaySpan:
    """A day or a range of days the text writes, with where it stands in the sentence."""

    start: dt.date
    end: dt.date | None
    at: int
    stop: int
    weekday: bool = False  # told by its weekday only ("el martes")
    glued: str = ""  # an ending glued to its last word ("पासून" of "मार्चपासून")

    def after(self, sentence: str) -> str:
        """The text after the day, from the ending glued to it: where a start or end word
        stands in a postpositional language."""
        return self.glued + sentence[self.stop : self.stop + 40]


@cache
def _months(lang: str) -> dict[str, int]:
    loc = Locale(cldr_locale(lang))
    out: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for num, name in loc.months[context][width].items():
                name = name.rstrip(".")
                # "Mai" and "May" are long enough in Latin script; "మే" (Telugu May) is two.
                if len(name) >= 3 or len(name) == 2 and not _LATIN.search(name):
                    out.setdefault(name.casefold(), num)
    for name, num in _MONTH_EXTRA.get(lang, {}).items():
        out[name.casefold()] = num
    return out


@cache
def _weekdays(lex: Lexicon) -> tuple[re.Pattern[str], dict[str, int]]:
    """Weekday names from CLDR; Polish declines them ("w środę"), Portuguese news shortens
    them ("nesta segunda"), so both match on the stem; Marathi and Bengali glue endings to
    them ("मंगळवारी"), which `month_endings` lists. Group 1 is the name."""
    lang = lex.code
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
    if lex.weekday_capital:
        forms = [f[:1].upper() + f[1:] for f in forms]  # "Linggo" is Sunday, "linggo" a week
    glued = f"(?:{'|'.join(lex.month_endings)})?" if lex.month_endings else ""
    pattern = re.compile(
        rf"(?<![{WORD}-])({'|'.join(forms)}){glued}(?![{WORD}-])",
        0 if lex.weekday_capital else re.IGNORECASE,
    )
    return pattern, names


def _weekday_of(surface: str, lex: Lexicon) -> int | None:
    lang = lex.code
    _pattern, names = _weekdays(lex)
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


# A year in any of the digits the supported scripts write ("2027", "٢٠٢٧", "২০২৭"): "19" or
# "20" and two more digits. `\d` takes every script's digits and int() reads them.
_ZEROS = (0x30, 0x660, 0x6F0, 0x966, 0x9E6, 0xBE6, 0xC66)
YEAR = "(?:" + "|".join(f"{chr(z + 1)}{chr(z + 9)}|{chr(z + 2)}{chr(z)}" for z in _ZEROS) + r")\d\d"


def _alt(words: tuple[str, ...], *more: str) -> str:
    return "|".join((*more, *words))


@cache
def _patterns(lex: Lexicon) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The shapes of a day or a range, longest first, each with named groups: d1/m1/y1 the
    start's day, month and year when written, d2/m2/y2 the end's (a single day's), e2 an
    ending glued to the last month ("मार्चपासून"). Month-first shapes come after the day-first
    ones of the same kind, for the languages that write them."""
    names = sorted(_months(lex.code), key=len, reverse=True)
    months = "|".join(re.escape(m) for m in names)
    marks = _alt(lex.day_marks, "er", "º", "°", r"\.")
    pre = f"(?:{_alt(lex.day_prefix)})?" if lex.day_prefix else ""
    link = _alt(lex.month_link, "de", "del")
    ending = f"(?:{_alt(lex.month_endings)})" if lex.month_endings else "(?!)"

    def day(g: str) -> str:
        return rf"{pre}(?P<{g}>\d{{1,2}})(?:{marks})?"

    def month(g: str, tail: bool = False) -> str:
        glued = rf"(?P<e2>{ending})?" if tail else ""
        return rf"(?:(?:{link})\s+)?(?P<{g}>{months})\.?{glued}"

    def year(g: str) -> str:
        return rf"(?:,?\s+(?:de\s+|del\s+|r\.\s+|roku\s+)?(?P<{g}>{YEAR}))?"

    frm = rf"(?:(?:{_alt(lex.range_from)})\s+)?"
    to = rf"\s*(?:{_alt(lex.range_to)})\s*"
    end = rf"(?![{WORD}])"
    last = rf"{day('d2')}\s+{month('m2', True)}{year('y2')}"  # the end's day, or the only one
    shapes = [
        ("two", rf"{frm}{day('d1')}\s+{month('m1')}{year('y1')}{to}{last}"),
        ("same", rf"{frm}{day('d1')}{to}{last}"),
        ("single", rf"(?<![{WORD}.]){last}"),
    ]
    if lex.month_first:
        # Month names in full only: Tagalog's "may" (there is) is also CLDR's short May.
        wide = "|".join(re.escape(m) for m in names if m in _wide(lex.code))

        def first(g: str) -> str:
            return rf"(?<![{WORD}])(?P<{g}>{wide})\s+"

        two = rf"{frm}{first('m1')}{day('d1')}{year('y1')}{to}{first('m2')}{day('d2')}{year('y2')}"
        shapes.insert(1, ("two", two))
        shapes.insert(3, ("same", rf"{frm}{first('m2')}{day('d1')}{to}{day('d2')}{year('y2')}"))
        shapes.append(("single", rf"{first('m2')}{day('d2')}{year('y2')}"))
    return tuple((kind, re.compile(body + end, re.IGNORECASE)) for kind, body in shapes)


@cache
def _wide(lang: str) -> frozenset[str]:
    loc = Locale(cldr_locale(lang))
    return frozenset(
        name.casefold()
        for context in ("format", "stand-alone")
        for name in loc.months[context]["wide"].values()
    ) | frozenset(n.casefold() for n in _MONTH_EXTRA.get(lang, {}))


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


def _span(
    kind: str, m: re.Match[str], lex: Lexicon, published: dt.date | None, fallback: int | None
) -> DaySpan | None:
    g = m.groupdict()
    glued = g.get("e2") or ""
    end = _date(g["d2"], g["m2"], g["y2"], lex, published, fallback)
    if end is None:
        return None
    if kind == "single":
        return DaySpan(end, None, m.start(), m.end(), glued=glued)
    if kind == "same":
        first = int(g["d1"])
        if not 1 <= first <= end.day:
            return None  # "0 to 3 September" or "9 to 3 September": no range of days
        return DaySpan(end.replace(day=first), end, m.start(), m.end(), glued=glued)
    start = _date(g["d1"], g["m1"], g["y1"] or g["y2"], lex, published, fallback)
    if start and start.year != end.year and not (g["y1"] or g["y2"]):
        start = start.replace(year=end.year) if start.month <= end.month else start
    if start and 0 <= (end - start).days <= 120:
        return DaySpan(start, end, m.start(), m.end(), glued=glued)
    return None


def find_days(
    sentence: str, lex: Lexicon, published: dt.date | None, fallback_year: int | None
) -> list[DaySpan]:
    """Day ranges first (they say most), then single days outside them."""
    spans: list[DaySpan] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _patterns(lex):
        for m in pattern.finditer(sentence):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            span = _span(kind, m, lex, published, fallback_year)
            if span is not None:
                spans.append(span)
                taken.append((m.start(), m.end()))
    if published is not None:
        # "am Mittwoch", "el martes": the nearest such day before the publication day, or after
        # it when the sentence tells the future.
        not_after = lex.weekday_not_after and re.compile(
            rf"(?<![{WORD}])(?:{'|'.join(lex.weekday_not_after)})\s+$", re.IGNORECASE
        )
        for m in _weekdays(lex)[0].finditer(sentence):
            if any(a <= m.start() < b for a, b in taken):
                continue
            if not_after and not_after.search(sentence[max(0, m.start() - 30) : m.start()]):
                continue  # "sa susunod na linggo": next week, not Sunday
            clause = sentence[max(0, m.start() - 40) : m.start()]  # "comenzará el martes"
            if _SAID.search(sentence[max(0, m.start() - 40) : m.start()]):
                continue  # "kata Jenderal Flynn, Rabu": the day it was said
            ahead = lex.pattern("future_forms").search(clause) or lex.pattern("announced").search(
                clause
            )
            weekday = _weekday_of(m.group(1), lex)
            if weekday is None:
                continue
            back = (published.weekday() - weekday) % 7
            when = published + dt.timedelta(days=(7 - back) % 7 if ahead else -back)
            spans.append(DaySpan(when, None, m.start(), m.end(), weekday=True))
    spans.sort(key=lambda s: s.at)
    return spans
