"""The shapes a date takes in exercise news, found with their positions in a sentence.

Why not dateparser: it costs milliseconds per call and reads "May" the verb or "March" the noun
as dates. Exercise news uses a handful of shapes ("from September 1 to 7", "Sept 1-7",
"between 5 and 12 March", "2-4 May 2023", "Aug. 30 to Sept. 5, 2023", "until Sept. 25",
"on Monday", "yesterday", "in August", "next month"); this module finds them and returns the
raw parts (month, day, year as written). Resolving a missing year or a weekday against the
publication date is `resolve.py`'s job, deciding what a date means is `mentions.py`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_M = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_D = r"\d{1,2}(?:st|nd|rd|th)?"
_Y = r"(?:19|20)\d\d"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_TO = r"\s*(?:-|to|until|till|through|thru|and)\s+(?:the\s+)?|\s*-\s*"


def _g(name: str, pattern: str) -> str:
    return f"(?P<{name}>{pattern})"


# Each shape names its parts m1 d1 y1 (first day) and m2 d2 y2 (last day).
_SHAPES: tuple[tuple[str, str], ...] = (
    # August 30 to September 5(, 2023) / Jan. 31-Feb. 4
    (
        "MD-MD",
        _g("m1", _M)
        + r"\s+"
        + _g("d1", _D)
        + rf"(?:,?\s+{_g('y1', _Y)})?(?:{_TO})"
        + _g("m2", _M)
        + r"\s+"
        + _g("d2", _D)
        + rf"\b(?:,?\s+{_g('y2', _Y)})?",
    ),
    # 30 August to 5 September(, 2023)
    (
        "DM-DM",
        r"\b"
        + _g("d1", _D)
        + r"\s+(?:of\s+)?"
        + _g("m1", _M)
        + rf"(?:,?\s+{_g('y1', _Y)})?"
        + rf"(?:{_TO})"
        + _g("d2", _D)
        + r"\s+(?:of\s+)?"
        + _g("m2", _M)
        + rf"\b(?:,?\s+{_g('y2', _Y)})?",
    ),
    # September 1 to 7(, 2022) / Sept 1-7
    (
        "MD-D",
        _g("m1", _M)
        + r"\s+"
        + _g("d1", _D)
        + rf"(?:{_TO})"
        + _g("d2", _D)
        + rf"\b(?![:.]\d)(?!\s+{_M})(?:,?\s+{_g('y2', _Y)})?",
    ),
    # between 5 and 12 March / 2-4 May 2023 / 14-23 November 2018
    (
        "D-DM",
        r"\b"
        + _g("d1", _D)
        + rf"(?:{_TO})"
        + _g("d2", _D)
        + r"\s+(?:of\s+)?"
        + _g("m2", _M)
        + rf"\b(?:,?\s+{_g('y2', _Y)})?",
    ),
)
RANGES = tuple((shape, re.compile(pattern)) for shape, pattern in _SHAPES)
# Monday, April 29, 2019 / April 29 / 29 April 2019 / 24th February, 2020 / Feb. 21
SINGLE = re.compile(
    rf"(?:{_g('wd', _WD)},?\s+)?(?:{_g('m1', _M)}\s+{_g('d1', _D)}\b|\b{_g('d2', _D)}\s+(?:of\s+)?"
    rf"{_g('m2', _M)}\b)(?:,?\s+{_g('y', _Y)}\b)?"
)
# "Friday of next week", "Monday next week": the weekday in the week after publication's;
# "on Wednesday last week": the one in the week before.
WEEKDAY = re.compile(
    rf"\b(?:(?P<mod>next|last|this|coming|past)\s+)?(?P<wd>{_WD})s?\b"
    r"(?P<nextweek>,?\s+(?:of\s+)?next\s+week\b)?"
    r"(?P<lastweek>,?\s+(?:of\s+)?last\s+week\b)?"
)
# "will last till the 16th": a day of the month with no month, after a word that ends a span.
# Not "the 16th edition": a word after the ordinal makes it a count.
DOTTED = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b(?!\.\d)")
DAY_ONLY = re.compile(
    r"\b(?:until|till|through|up to)\s+(?:the\s+)?(?P<d>[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)\b"
    r"(?:\s+of\s+(?:this|the)\s+month\b)?(?!\s*[-\w])"
)
_REL_DAY_WORDS = (
    "today",
    "tonight",
    "tomorrow",
    "yesterday",
    "this morning",
    "this afternoon",
    "this evening",
)
REL_DAY = re.compile(
    r"\b(?P<word>today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)
# "in August", "early September 2023", "later this month", "next week"
MONTH_ONLY = re.compile(
    rf"\b(?P<prep>in|during|from|since|until|by|early|late|mid|end of|throughout)?[\s-]*"
    rf"(?P<m>{_M})(?:\s+(?P<y>{_Y}))?\b(?!\s+\d)"
)
RELATIVE = re.compile(
    r"\b(?P<which>next|later this|this|last|earlier this|coming|the coming)\s+"
    r"(?P<unit>week|month|year)\b",
    re.IGNORECASE,
)
MONTH_GATE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
# "May" the modal verb: "may be", "May said".
MAY_VERB = re.compile(r"\bMay\s+(?:be|have|not|also|well|soon|still|take|want|need|say)\b")
YEAR = re.compile(rf"(?<![\d,.$-])\b({_Y})\b(?![\d,.%]\d)")


@dataclass(frozen=True, slots=True)
class RawDate:
    """A date as written: month and day (None for a bare weekday or a relative word)."""

    start: int  # position in the sentence
    end: int
    shape: str  # MD-MD, DM-DM, MD-D, D-DM, single, dayonly, weekday, relday, month, relative
    m1: int | None = None
    d1: int | None = None
    y1: int | None = None
    m2: int | None = None
    d2: int | None = None
    y2: int | None = None
    weekday: int | None = None
    word: str | None = None  # "next"/"last" for weekdays, the relative word otherwise


def month(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def _day(token: str) -> int:
    return int(re.match(r"\d+", token).group(0))  # type: ignore[union-attr]


def _int(token: str | None) -> int | None:
    return int(token) if token else None


# "on September, 21": a comma inside the date, written where a day follows (not "September,
# 2021" and not "In September, 30 ships").
_MONTH_COMMA_DAY = re.compile(
    rf"\b{_M}(,)\s*\d{{1,2}}(?!\d)(?=\s*(?:[-,.;)]|and\b|to\b|until\b|till\b|through\b|$))"
)
# "from Monday the 12th until Friday the 23rd of March": the weekday only names the day that
# the number and the month already give.
_WEEKDAY_THE_DAY = re.compile(
    rf"\b{_WD},?\s+the\s+(?=\d{{1,2}}(?:st|nd|rd|th)\b[^.;]{{0,40}}?\b{_M})"
)


def date_view(sentence: str) -> str:
    """The sentence as the date shapes read it: the same length (positions stay valid), with
    a stray comma inside a date and a weekday before "the 12th of March" blanked out."""
    if not MONTH_GATE.search(sentence):
        return sentence
    if "," in sentence:
        sentence = _MONTH_COMMA_DAY.sub(lambda m: m.group(0).replace(",", " ", 1), sentence)
    if "the " in sentence:
        sentence = _WEEKDAY_THE_DAY.sub(lambda m: " " * len(m.group(0)), sentence)
    return sentence


# A span of bare months whose second month carries a number: that number is a two-digit year
# ("conducted from January to March 25"), since a day would be written on both sides.
_BARE_MONTH_SPAN = re.compile(
    r"\b(?:from|between)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+"
    r"(?:to|and|through|till|until|-|–)\s*$",
    re.IGNORECASE,
)


# Whether a sentence has any digit: one scan in C, not a generator over every character.
_DIGIT = re.compile(r"\d")


def find_raw(sentence: str) -> list[RawDate]:
    """Every date shape in the sentence, ranges before single days, without overlaps."""
    found: list[RawDate] = []

    def free(a: int, b: int) -> bool:
        return all(b <= r.start or a >= r.end for r in found)

    has_month = MONTH_GATE.search(sentence) is not None
    if has_month and _DIGIT.search(sentence):
        for shape, pattern in RANGES:
            for m in pattern.finditer(sentence):
                if not free(m.start(), m.end()) or MAY_VERB.search(m.group(0)):
                    continue
                g = m.groupdict()
                d1, d2 = _day(g["d1"]), _day(g["d2"])
                m2 = month(g["m2"]) if g.get("m2") else month(g["m1"])
                m1 = month(g["m1"]) if g.get("m1") else m2
                if m1 == m2 and d2 <= d1 or not (1 <= d1 <= 31 and 1 <= d2 <= 31):
                    continue
                found.append(
                    RawDate(
                        m.start(),
                        m.end(),
                        shape,
                        m1,
                        d1,
                        _int(g.get("y1")),
                        m2,
                        d2,
                        _int(g.get("y2")),
                    )
                )
        for m in SINGLE.finditer(sentence):
            if not free(m.start(), m.end()):
                continue
            tok = m.group("m1") or m.group("m2")
            if tok == "May" and MAY_VERB.match(sentence, m.start("m1") if m.group("m1") else 0):
                continue
            day = _day(m.group("d1") or m.group("d2"))
            if not 1 <= day <= 31:
                continue
            before = sentence[max(0, m.start() - 40) : m.start()]
            if m.group("m1") and _BARE_MONTH_SPAN.search(before):
                continue  # "from January to March 25": months of (20)25, not the 25th
            found.append(RawDate(m.start(), m.end(), "single", month(tok), day, _int(m.group("y"))))
    if "." in sentence and _DIGIT.search(sentence):
        # "from 02.03.2026 to 13.03.2026": day, month and year with dots, as European and
        # Russian outlets write them.
        for m in DOTTED.finditer(sentence):
            day, mon = int(m.group(1)), int(m.group(2))
            if free(m.start(), m.end()) and 1 <= day <= 31 and 1 <= mon <= 12:
                found.append(RawDate(m.start(), m.end(), "single", mon, day, int(m.group(3))))
    if "day" in sentence:
        for m in WEEKDAY.finditer(sentence):
            if free(m.start(), m.end()):
                found.append(
                    RawDate(
                        m.start(),
                        m.end(),
                        "weekday",
                        weekday=WEEKDAYS[m.group("wd").lower()],
                        word="next week"
                        if m.group("nextweek")
                        else "last week"
                        if m.group("lastweek")
                        else (m.group("mod") or "").lower() or None,
                    )
                )
    if _DIGIT.search(sentence):
        for m in DAY_ONLY.finditer(sentence):
            if free(m.start("d"), m.end()):
                found.append(RawDate(m.start("d"), m.end(), "dayonly", d1=int(m.group("d"))))
    low = sentence.lower()
    if any(w in low for w in _REL_DAY_WORDS):
        for m in REL_DAY.finditer(sentence):
            if free(m.start(), m.end()):
                found.append(RawDate(m.start(), m.end(), "relday", word=m.group("word").lower()))
    if has_month:
        for m in MONTH_ONLY.finditer(sentence):
            if not free(m.start(), m.end()):
                continue
            tok, prep, year = m.group("m"), m.group("prep"), m.group("y")
            if tok == "May" and (MAY_VERB.match(sentence, m.start("m")) or not (prep or year)):
                continue
            if not (prep or year) or (prep or "").lower() == "since":
                continue
            found.append(
                RawDate(
                    m.start(),
                    m.end(),
                    "month",
                    m1=month(tok),
                    y1=_int(year),
                    word=(prep or "").lower() or None,
                )
            )
    if any(w in low for w in ("week", "month", "year")):
        for m in RELATIVE.finditer(sentence):
            if free(m.start(), m.end()):
                found.append(
                    RawDate(
                        m.start(),
                        m.end(),
                        "relative",
                        word=m.group("which").lower(),
                        m1={"week": 0, "month": 1, "year": 2}[m.group("unit").lower()],
                    )
                )
    found.sort(key=lambda r: r.start)
    return _drop_glossed(sentence, found)


_GLOSS = re.compile(r"\s*[(,]\s*(?:on\s+)?$")


def _drop_glossed(sentence: str, found: list[RawDate]) -> list[RawDate]:
    """ "yesterday (July 20)", "on Sunday, March 3": one day written twice. The weekday or
    relative word goes; the calendar day after it stays, so one day is not read as two."""
    out = []
    for i, raw in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            raw.shape in ("weekday", "relday")
            and nxt is not None
            and nxt.shape == "single"
            and _GLOSS.match(sentence[raw.end : nxt.start])
            and nxt.start - raw.end <= 5
        ):
            continue
        out.append(raw)
    return out


def years_in(text: str) -> list[int]:
    """Four-digit years written in the text (1900-2099), in order."""
    return [int(m.group(1)) for m in YEAR.finditer(text)]
