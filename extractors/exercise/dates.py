"""A small date grammar for exercise schedules, resolved against the publication date.

Why not dateparser: it costs milliseconds per call and happily reads "May" the verb or "March"
the noun as dates. Exercise news uses a handful of shapes ("from September 1 to 7",
"Sept 1-7", "between 5 and 12 March", "2-4 May 2023", "until Sept. 25", "in August",
"next month", "on Monday"), and those are all handled here in microseconds.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .wordtest import windowed_finditer

_MONTH_NAMES = {
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
_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

M = (
    r"(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
D = r"(\d{1,2})(?:st|nd|rd|th)?"
Y = r"(?:,?\s+(20\d\d|19\d\d))?"
TO = r"\s*(?:-|to|until|till|through|thru|and)\s*"
# The preposition before a range is not needed to read it, and an optional group at the start
# of a pattern stops ``re`` from skipping ahead to a month name or digit.
FROM = ""

_RANGE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # August 30 to September 5(, 2023)
    (re.compile(FROM + M + r"\s+" + D + Y + TO + M + r"\s+" + D + r"\b" + Y), "MD-MD"),
    # 30 August to 5 September(, 2023)
    (re.compile(FROM + r"\b" + D + r"\s+" + M + Y + TO + D + r"\s+" + M + r"\b" + Y), "DM-DM"),
    # September 1 to 7(, 2022) / Sept 1-7
    (re.compile(FROM + M + r"\s+" + D + TO + D + r"\b(?![:.]\d)" + Y), "MD-D"),
    # between 5 and 12 March / 2-4 May 2023
    (re.compile(FROM + r"\b" + D + TO + D + r"\s+" + M + r"\b" + Y), "D-DM"),
    # from Sunday to September 10
    (
        re.compile(
            r"from\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            + TO
            + M
            + r"\s+"
            + D
            + r"\b"
            + Y
        ),
        "W-MD",
    ),
)
_SINGLE = re.compile(
    r"(?:(from|starting|beginning|begins|begin|on|until|till|through|to|since|by|ends? on|"
    r"ending)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"(?:" + M + r"\s+" + D + r"|\b" + D + r"\s+" + M + r")\b" + Y
)
_MONTH_ONLY = re.compile(
    r"\b(in|during|from|since|until|by|early|late|mid|end of|throughout)?[\s-]*"
    + M
    + r"(?:\s+(20\d\d))?\b(?!\s+\d)"
)
_WEEKDAY = re.compile(
    r"\b(?:(on|from|until|next|last|this|since|by)\s+)?"
    r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b"
)
_RELATIVE = re.compile(
    r"\b(next|later this|this|last|earlier this|coming)\s+(week|month|year)\b|\b(today|tomorrow|"
    r"yesterday|tonight)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|shall|to be|set to|scheduled|plans?|planned|planning|upcoming|ahead|next|"
    r"is to|are to|expected to|going to|would)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|held|ended|concluded|took place|wrapped up|finished|completed|"
    r"carried out|conducted|staged|began|started|ran)\b",
    re.IGNORECASE,
)
_END_VERB = re.compile(
    r"\b(?:conclud\w*|end(?:ed|s)?|ending|wrapp?(?:ed|ing|s)? up|finish\w*|complet\w*|"
    r"clos(?:ed|es|ing)|culminat\w*|wound up|winds? up)\b",
    re.IGNORECASE,
)
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_REPORT_VERB = (
    r"(?:said|says|announced|announces|reported|told|confirmed|stated|revealed|disclosed|"
    r"added|gave|released|issued|briefed|unveiled|published|posted|tweeted|wrote|outlined|"
    r"presented|detailed|described|disclosed|explained)"
)
# The day a statement was made is the report's date, not the exercise's: "the ministry said on
# Thursday", "officials on Thursday gave details", "announced late on 3 May".
_REPORT_DATE = re.compile(
    rf"\b(?P<verb>{_REPORT_VERB})(?:\s+(?:in\s+a\s+(?:\w+\s+)?statement|late|early|publicly|"
    rf"officially))?\s+on\s+(?:{_WD}|{M}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{M})"
    rf"\b(?:,?\s+20\d\d)?|\b(?:late |early )?on\s+{_WD}\s+(?={_REPORT_VERB}\b)"
)
_MONTH_GATE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_DIGIT = re.compile(r"\d")
_REL_WORDS = ("week", "month", "year", "today", "tomorrow", "yesterday", "tonight")
_FUTURE_LC = re.compile(_FUTURE.pattern)
_PAST_LC = re.compile(_PAST.pattern)
_END_VERB_LC = re.compile(_END_VERB.pattern)
_RELATIVE_LC = re.compile(_RELATIVE.pattern)
_REL_GATE = ("day", "week", "month", "year", "tonight", "tomorrow")
# "May" the modal verb: "may be", "May said".
_MAY_VERB = re.compile(r"\bMay\s+(?:be|have|not|also|well|soon|still|take|want|need|say)\b")


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A resolved span. Precision is "day", "month" or "year" for each end."""

    start: dt.date | None
    end: dt.date | None
    start_precision: str | None
    end_precision: str | None
    kind: str  # "range", "start", "end", "month", "relative"


def _month(token: str) -> int:
    return _MONTH_NAMES[token.lower().rstrip(".")]


_TENSE = {"tense": 0}  # set per sentence by find_dates: 1 future, -1 past, 0 unknown


def _resolve_year(month: int, day: int, published: dt.date | None, year: str | None) -> dt.date:
    """Year for a date written without one: the nearest to publication, but never in the past
    for a future-tense sentence, nor in the future for a past-tense one."""
    if year:
        return _safe_date(int(year), month, day)
    if published is None:
        return _safe_date(dt.date.today().year, month, day)
    cands = [
        _safe_date(y, month, day) for y in (published.year - 1, published.year, published.year + 1)
    ]
    tense = _TENSE["tense"]
    if tense > 0:
        ok = [c for c in cands if (c - published).days >= -7]
        cands = ok or cands
    elif tense < 0:
        ok = [c for c in cands if (c - published).days <= 7]
        cands = ok or cands
    return min(cands, key=lambda c: abs((c - published).days))


def _safe_date(year: int, month: int, day: int) -> dt.date:
    day = max(1, min(day, 31))
    while True:
        try:
            return dt.date(year, month, day)
        except ValueError:
            day -= 1


def _shift_end(start: dt.date, end: dt.date) -> dt.date:
    """A range like "December 28 to January 3" crosses a year boundary."""
    if end < start:
        try:
            return end.replace(year=end.year + 1)
        except ValueError:
            return end
    return end


def _parse_range(m: re.Match[str], shape: str, published: dt.date | None) -> DateSpan | None:
    g = m.groups()
    try:
        if shape in ("MD-MD", "DM-DM"):
            if shape == "MD-MD":
                m1, d1, y1, m2, d2, y2 = g
            else:
                d1, m1, y1, d2, m2, y2 = g
            year = y2 or y1
            start = _resolve_year(_month(m1), int(d1), published, year)
            end = _resolve_year(_month(m2), int(d2), published, year or str(start.year))
        elif shape == "MD-D":
            m1, d1, d2, y = g
            if int(d2) <= int(d1):
                return None
            start = _resolve_year(_month(m1), int(d1), published, y)
            end = _safe_date(start.year, start.month, int(d2))
        elif shape == "D-DM":
            d1, d2, m1, y = g
            if int(d2) <= int(d1):
                return None
            end = _resolve_year(_month(m1), int(d2), published, y)
            start = _safe_date(end.year, end.month, int(d1))
        else:  # W-MD
            wd, m2, d2, y = g
            end = _resolve_year(_month(m2), int(d2), published, y)
            start = _weekday(wd, published, future=True) if published else None
            if start is None or start > end:
                return DateSpan(None, end, None, "day", "end")
    except (KeyError, ValueError):
        return None
    if _MAY_VERB.search(m.group(0)):
        return None
    return DateSpan(start, _shift_end(start, end), "day", "day", "range")


def find_range(sentence: str, published: dt.date | None) -> DateSpan | None:
    """The explicit day range in ``sentence``. Several ranges in one sentence are the phases of
    one event ("harbour phase from May 2 to 4 and sea phase from May 7-8") and are joined."""
    found: list[tuple[int, int, DateSpan]] = []
    months = [m.start() for m in _MONTH_GATE.finditer(sentence)]
    for pattern, shape in _RANGE_PATTERNS:
        for m in windowed_finditer(pattern, sentence, months, 45, 60):
            if any(a < m.end() and m.start() < b for a, b, _ in found):
                continue
            span = _parse_range(m, shape, published)
            if span is not None:
                found.append((m.start(), m.end(), span))
    if not found:
        return None
    first = found[0][2]
    if first.kind != "range" or len(found) == 1:
        return first
    start, end = first.start, first.end
    for _, _, span in found[1:]:
        if span.kind != "range" or not (start and end and span.start and span.end):
            continue
        if abs((span.start - start).days) <= 60:
            start, end = min(start, span.start), max(end, span.end)
    return DateSpan(start, end, "day", "day", "range")


def _weekday(name: str, published: dt.date | None, future: bool) -> dt.date | None:
    if published is None:
        return None
    target = _WEEKDAYS[name.lower()]
    delta = (target - published.weekday()) % 7
    if future:
        return published + dt.timedelta(days=delta)
    return published - dt.timedelta(days=(published.weekday() - target) % 7)


def find_dates(sentence: str, published: dt.date | None) -> DateSpan | None:
    """Best date information in one sentence: a range, else a start or end day, else a month,
    else a relative expression. Historical dates (more than 18 months away) are ignored."""
    # Every shape below needs a month name, a weekday/"today" or a week/month/year word.
    has_month = _MONTH_GATE.search(sentence) is not None
    low = sentence.lower()
    if not has_month and not any(w in low for w in _REL_GATE):
        return None
    if has_month or "day" in low:
        sentence = _REPORT_DATE.sub(lambda m: m.group("verb") or "", sentence)
    months = [m.start() for m in _MONTH_GATE.finditer(sentence)] if has_month else []
    low = sentence.lower()  # the verb patterns are lower case: searched without IGNORECASE
    future = _FUTURE_LC.search(low) is not None
    _TENSE["tense"] = 1 if future else (-1 if _PAST_LC.search(low) else 0)
    ends = _END_VERB_LC.search(low) is not None
    has_digit = _DIGIT.search(sentence) is not None  # day ranges and single days need one
    span = find_range(sentence, published) if has_digit else None
    if span:
        if _plausible(span.start, published):
            return span
        return None
    for m in windowed_finditer(_SINGLE, sentence, months, 45, 40) if has_digit else ():
        prep = (m.group(1) or "").lower()
        if prep in ("since", "by"):
            continue
        if _MAY_VERB.match(sentence, m.start(2) if m.group(2) else m.start()):
            continue
        month_tok = m.group(2) or m.group(5)
        day_tok = m.group(3) or m.group(4)
        try:
            day = _resolve_year(_month(month_tok), int(day_tok), published, m.group(6))
        except (KeyError, ValueError, TypeError):
            continue
        if not _plausible(day, published):
            return None
        if prep in ("until", "till", "through", "to", "ends on", "end on", "ending") or (
            ends and prep not in ("from", "starting", "beginning", "begins", "begin")
        ):
            return DateSpan(None, day, None, "day", "end")
        return DateSpan(day, None, "day", None, "start")
    for m in windowed_finditer(_MONTH_ONLY, sentence, months, 20, 30):
        tok = m.group(2)
        if tok == "May" and _MAY_VERB.match(sentence, m.start(2)):
            continue
        abbrev = ("Mar", "Jan", "Jun", "Jul", "Aug", "Oct", "Nov", "Dec", "Sep", "Apr", "Feb")
        if tok in abbrev and not m.group(1):
            continue
        if tok == "May" and not (m.group(1) or m.group(3)):
            continue
        if not (m.group(1) or m.group(3)):
            continue
        prep = (m.group(1) or "").lower()
        if prep == "since":
            continue
        first = _resolve_year(_month(tok), 1, published, m.group(3))
        if not _plausible(first, published):
            continue
        if prep in ("until", "by"):
            return DateSpan(None, _month_end(first), None, "month", "end")
        return DateSpan(first, _month_end(first), "month", "month", "month")
    rel = _RELATIVE_LC.search(low) if any(w in low for w in _REL_WORDS) else None
    if rel and published:
        which, unit, word = rel.group(1), rel.group(2), rel.group(3)
        if word:
            word = word.lower()
            offset = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}[word]
            day = published + dt.timedelta(days=offset)
            return DateSpan(day, None, "day", None, "relative")
        which = which.lower()
        unit = unit.lower()
        step = {"next": 1, "coming": 1, "last": -1}.get(which, 0)
        if unit == "month":
            y, mth = published.year, published.month + step
            if mth == 13:
                y, mth = y + 1, 1
            elif mth == 0:
                y, mth = y - 1, 12
            first = dt.date(y, mth, 1)
            return DateSpan(first, _month_end(first), "month", "month", "relative")
        if unit == "year":
            first = dt.date(published.year + step, 1, 1)
            return DateSpan(first, dt.date(first.year, 12, 31), "year", "year", "relative")
        if unit == "week":
            monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
            return DateSpan(monday, monday + dt.timedelta(days=6), "day", "day", "relative")
    wd = _WEEKDAY.search(sentence) if "day" in low else None
    if wd and published:
        prep = (wd.group(1) or "").lower()
        is_future = prep == "next" or (prep != "last" and future)
        day = _weekday(wd.group(2), published, future=is_future)
        if day is not None:
            if prep == "until" or ends:
                return DateSpan(None, day, None, "day", "end")
            return DateSpan(day, None, "day", None, "relative")
    return None


def _month_end(first: dt.date) -> dt.date:
    nxt = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def _plausible(day: dt.date | None, published: dt.date | None) -> bool:
    if day is None or published is None:
        return True
    return abs((day - published).days) <= 550
