"""What each date in a sentence means: resolved to a calendar day and given a role.

The reference for everything relative is passed in explicitly as a `DateContext`: the article's
publication date (feed entry or page), and the edition year of the exercise the article is
about ("Zapad-2021 ... September 10-16" is 2021 whatever the current year). There is no
module state: the same sentence with the same context always gives the same answer.
"""

from __future__ import annotations

import datetime as dt
import re

from ..phrases import CueTable
from . import cues
from .grammar import RawDate, date_view, find_raw, years_in
from .pairing import pair_points
from .records import DateContext, DateMention


def _safe_date(year: int, month: int, day: int) -> dt.date:
    day = max(1, min(day, 31))
    while True:
        try:
            return dt.date(year, month, day)
        except ValueError:
            day -= 1


def _month_end(first: dt.date) -> dt.date:
    nxt = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def resolve_year(
    month: int,
    day: int,
    ctx: DateContext,
    tense: int,
    sentence_year: int | None,
) -> dt.date | None:
    """The year of a day written without one: the one nearest the publication date (the
    tense moves it only when that is well on the wrong side), unless the exercise's name
    carries four digits that put it elsewhere; without a publication date, a year written in
    the sentence or the name's edition; otherwise unknown."""
    pub = ctx.published
    if pub is not None:
        cands = [_safe_date(y, month, day) for y in (pub.year - 1, pub.year, pub.year + 1)]
        best = min(cands, key=lambda c: abs((c - pub).days))
        # The tense moves a date to the other side of publication only when it is well on the
        # wrong side: "will be held between 5 and 12 March" in August is next March.
        wrong = (best - pub).days < -45 if tense > 0 else (best - pub).days > 45 if tense else False
        if wrong:
            side = [c for c in cands if (c >= pub) == (tense > 0)]
            best = min(side, key=lambda c: abs((c - pub).days)) if side else best
        if ctx.edition_explicit and ctx.edition_year and best.year != ctx.edition_year:
            named = _safe_date(ctx.edition_year, month, day)
            if abs((named - pub).days) > 75:
                return named
        return best
    if sentence_year:
        return _safe_date(sentence_year, month, day)
    if ctx.edition_year:
        return _safe_date(ctx.edition_year, month, day)
    if ctx.document_year:
        return _safe_date(ctx.document_year, month, day)
    return None


def resolve_weekday(weekday: int, pub: dt.date, direction: int, strict: bool = False) -> dt.date:
    """The weekday nearest the publication date on its side: `direction` < 0 on or before it,
    > 0 on or after it (`strict`: never the publication day itself)."""
    if direction < 0:
        back = (pub.weekday() - weekday) % 7 or (7 if strict else 0)
        return pub - dt.timedelta(days=back)
    ahead = (weekday - pub.weekday()) % 7 or (7 if strict else 0)
    return pub + dt.timedelta(days=ahead)


_COMPLETED = ("completed", "completes", "successfully completed")
_ENDS_EXERCISE = re.compile(
    r"\bcomplet\w*\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w-]+\s+){0,4}?(?:(?i:exercises?|"
    r"drills?|manoeuvres|maneuvers|war[- ]?games?|training)|[A-Z]{4,}\w*)\b(?!\s+(?:missions?|"
    r"tasks?|objectives?|phases?|stages?|part|sorties|flights?))"
)
_CLAUSE_BREAK = re.compile(r"[;,]|\s(?:and|but|while|whereas)\s")


# "the carrier group completed its four-day exercise Harbour Strike off Sicily on July 14": the
# verb that opens or closes the exercise, further back than the cue window, in the same clause.
_FAR_VERB = re.compile(
    r"\b(?:(began|kicked off|started|commenced|launched|opened)|(completed|successfully completed|"
    r"concluded|ended|wrapped up|closed))\b(?=[^,;]*$)",
    re.IGNORECASE,
)
_FAR_REACH = 180


def _far_verb(sentence: str, start: int) -> tuple[str, int, str] | None:
    """The opening or closing verb of the clause a date ends, when it is beyond the cue window:
    ("start" | "end", distance, the verb)."""
    lo = max(0, start - _FAR_REACH)
    found = None
    for m in _FAR_VERB.finditer(sentence, lo, start):
        found = m
    if found is None or _CLAUSE_BREAK.search(sentence, found.end(), start):
        return None
    return ("start" if found.group(1) else "end", start - found.end(), found.group(0).lower())


def _nearest_cue(
    sentence: str, start: int, end: int, lo: int, hi: int
) -> tuple[str, int, str] | None:
    """The closest start, end or report cue around [start, end) in the same clause:
    (kind, distance, the cue's words)."""
    before = sentence[lo:start]
    after = sentence[end:hi]
    cut = _CLAUSE_BREAK.search(after)
    if cut:
        after = after[: cut.start()]
    best: tuple[str, int, str] | None = None
    for kind, pattern in (
        ("start", cues.START_CUES),
        ("end", cues.END_CUES),
        ("report", cues.REPORT_CUES),
    ):
        for m in pattern.finditer(before):
            word = m.group(0).lower()
            dist = len(before) - m.end()
            if word in ("to", "from", "through", "since") and before[m.end() :].strip() not in (
                "",
                "on",
            ):
                continue  # "to"/"from" only right before the date
            if best is None or dist <= best[1]:
                best = (kind, dist, word)
        for m in pattern.finditer(after[:28]):
            word = m.group(0).lower()
            if word in ("to", "from", "through", "since", "until", "till", "end", "open"):
                continue
            dist = m.start() + 2  # a cue before the date binds a little tighter
            if best is None or dist < best[1]:
                best = (kind, dist, word)
    return best


def _direction(cue_words: str | None, tense: int) -> int:
    """-1: the day is on or before publication; +1: on or after it."""
    if cue_words:
        if cues.FUTURE_FORM.search(cue_words):
            return 1
        if cues.PAST_FORM.search(cue_words):
            return -1
    return 1 if tense > 0 else -1


_TENSES = CueTable(
    {
        "future": {1.0: cues.FUTURE_WORDS},
        "past": {1.0: cues.PAST_WORDS},
    },
    neutral=cues.PRESENT_PASSIVE,
)


def _tense(window: str) -> int:
    """+1 when the last tense cue of the window is a future one, -1 when it is a past one."""
    found = _TENSES.scan(window)
    if not found:
        return 0
    return 1 if found[-1][0] == "future" else -1


def _is_report(sentence: str, raw: RawDate) -> bool:
    head = sentence[: raw.start]
    if (
        raw.start < 40
        and cues.DATELINE.match(sentence)
        and cues.DATELINE.match(sentence).end() >= raw.start
    ):
        return True
    if cues.HEADER_DATE.search(head):
        return True
    credit = cues.CREDIT_DATELINE.match(sentence)
    if credit and raw.end <= credit.end():
        return True
    rest = sentence[raw.end :].strip(" .;:-|")
    if not head.strip(" |-") and len(rest) < 25:
        return True  # a line that is only a date: a page header
    # A photo caption: "..., in Drawsko Pomorskie, Poland, on Monday, Feb. 26, 2024." (maybe
    # followed by its credit: "... on February 26, 2024. - ISPR")
    # A photo is taken on one day: a span of days ends a sentence, not a caption.
    if raw.shape in ("MD-MD", "DM-DM", "MD-D", "D-DM"):
        return False
    return _is_caption(head, rest)


def _opens_dateline(sentence: str, raw: RawDate) -> bool:
    head = cues.DATELINE.match(sentence)
    return raw.start < 40 and head is not None and head.end() >= raw.start and raw.shape == "single"


def _is_caption(head: str, rest: str) -> bool:
    credit_only = not rest or re.fullmatch(r"(?:[A-Z][\w/&.]*\s?){1,3}", rest) is not None
    return credit_only and bool(cues.CAPTION_TAIL.search(head) and cues.CAPTION_WORDS.search(head))


# "Troops take part in the opening ceremony of Exercise X at Camp Y, Japan, Dec. 6, 2024.": the
# day of a photo of the opening (or closing) ceremony is the exercise's first (or last) day.
_CEREMONY = re.compile(r"\b(?:(opening|kick-off|kickoff)|(closing)) ceremony\b", re.IGNORECASE)


def _ceremony_caption(sentence: str, raw: RawDate) -> str | None:
    """``start`` or ``end`` when the date closes a caption of the opening or closing ceremony."""
    head = sentence[: raw.start]
    ceremony = _CEREMONY.search(head)
    if ceremony is None or raw.shape in ("MD-MD", "DM-DM", "MD-D", "D-DM"):
        return None
    if not _is_caption(head, sentence[raw.end :].strip(" .;:-|")):
        return None
    return "start" if ceremony.group(1) else "end"


def find_mentions(sentence: str, ctx: DateContext) -> list[DateMention]:
    """Every date of the sentence, resolved and given its role."""
    sentence = date_view(sentence)
    raws = find_raw(sentence)
    if not raws:
        return []
    pub = ctx.published
    written = [r.y2 or r.y1 for r in raws if (r.y2 or r.y1) and r.shape != "month"]
    sibling = written[0] if written else None
    years = years_in(sentence)
    sentence_year = years[0] if years else None
    out: list[DateMention] = []
    for i, raw in enumerate(raws):
        lo = raws[i - 1].end if i else max(0, raw.start - 70)
        lo = max(lo, raw.start - 70)
        hi = raws[i + 1].start if i + 1 < len(raws) else len(sentence)
        hi = min(hi, raw.end + 40)
        tense = _tense(sentence[lo:hi]) or _tense(sentence[: raw.start])
        report = _is_report(sentence, raw)
        cue = _nearest_cue(sentence, raw.start, raw.end, lo, hi)
        if cue is None:
            cue = _far_verb(sentence, raw.start)
            lo = raw.start - cue[1] - len(cue[2]) if cue else lo
        role = cue[0] if cue else "point"
        if cue and cue[2] in _COMPLETED and not _ENDS_EXERCISE.search(sentence[lo:hi]):
            role = "point"  # "the UAV completed its missions on Friday": a task, not the end
        if role == "report":
            report, role = True, "point"
        if report:
            ceremony = _ceremony_caption(sentence, raw)
            if ceremony:
                report, role = False, ceremony
        direction = _direction(cue[2] if cue else None, tense)
        mention = _resolve(raw, ctx, pub, tense, role, sibling, sentence_year, direction)
        if mention is not None and report and i == 0 and _opens_dateline(sentence, raw):
            # "Havana, Nov 19 - ... opened today": the story's "today" is its dateline's day,
            # which may be a day before the page's date.
            day = mention[0] or mention[1]
            if day and (ctx.published is None or abs((day - ctx.published).days) <= 2):
                pub = day
        if mention is not None:
            out.append(
                DateMention(
                    mention[0], mention[1], mention[2], mention[3], report, tense, raw.start
                )
            )
    return pair_points(out, sentence)


def _resolve(
    raw: RawDate,
    ctx: DateContext,
    pub: dt.date | None,
    tense: int,
    role: str,
    sibling: int | None,
    sentence_year: int | None,
    direction: int,
) -> tuple[dt.date | None, dt.date | None, str, str] | None:
    shape = raw.shape
    if shape in ("MD-MD", "DM-DM", "MD-D", "D-DM"):
        year = raw.y1 or raw.y2
        if year:
            start = _safe_date(raw.y1 or raw.y2, raw.m1, raw.d1)  # type: ignore[arg-type]
            end = _safe_date(raw.y2 or start.year, raw.m2, raw.d2)  # type: ignore[arg-type]
            if end < start and not raw.y1:
                start = _safe_date(start.year - 1, raw.m1, raw.d1)  # type: ignore[arg-type]
        else:
            start = resolve_year(raw.m1, raw.d1, ctx, tense, sentence_year)  # type: ignore[arg-type]
            if start is None:
                return None
            end = _safe_date(start.year, raw.m2, raw.d2)  # type: ignore[arg-type]
        if end < start:
            end = _safe_date(end.year + 1, end.month, end.day)
        return start, end, "range", "day"
    if shape == "single":
        if raw.y1:
            day = _safe_date(raw.y1, raw.m1, raw.d1)  # type: ignore[arg-type]
        elif sibling and pub is None:
            day = _safe_date(sibling, raw.m1, raw.d1)  # type: ignore[arg-type]
        else:
            day = resolve_year(raw.m1, raw.d1, ctx, tense, sentence_year)  # type: ignore[arg-type]
            if sibling and day is not None and abs(day.year - sibling) == 1:
                day = _safe_date(sibling, day.month, day.day)
        if day is None:
            return None
        return (None, day, "end", "day") if role == "end" else (day, None, role, "day")
    if shape == "weekday":
        if pub is None:
            return None
        if raw.word in ("next week", "last week"):
            step = 1 if raw.word == "next week" else -1
            monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=step)
            day = monday + dt.timedelta(days=raw.weekday)  # type: ignore[arg-type]
        elif raw.word in ("next", "coming"):
            day = resolve_weekday(raw.weekday, pub, 1, strict=raw.word == "next")  # type: ignore[arg-type]
        elif raw.word in ("last", "past"):
            day = resolve_weekday(raw.weekday, pub, -1, strict=True)  # type: ignore[arg-type]
        else:
            day = resolve_weekday(raw.weekday, pub, direction)  # type: ignore[arg-type]
        return (None, day, "end", "day") if role == "end" else (day, None, role, "day")
    if shape == "dayonly":
        # The publication's month, or the nearest one on the clause's side of it: "will last
        # till the 3rd" on the 28th is next month's 3rd; "lasted till the 25th" on the 2nd,
        # last month's.
        if pub is None:
            return None
        month_start = pub.replace(day=1)
        # The clause's tense, not the preposition: "till" looks ahead, "lasted till" back.
        if tense >= 0 and raw.d1 < pub.day:  # type: ignore[operator]
            month_start = _month_end(month_start) + dt.timedelta(days=1)
        elif tense < 0 and raw.d1 > pub.day:  # type: ignore[operator]
            month_start = (month_start - dt.timedelta(days=1)).replace(day=1)
        day = _safe_date(month_start.year, month_start.month, raw.d1)  # type: ignore[arg-type]
        return (None, day, "end", "day") if role == "end" else (day, None, role, "day")
    if shape == "relday":
        if pub is None:
            return None
        offset = {"tomorrow": 1, "yesterday": -1}.get(raw.word or "today", 0)  # "this morning": 0
        day = pub + dt.timedelta(days=offset)
        return (None, day, "end", "day") if role == "end" else (day, None, role, "day")
    if shape == "month":
        first = (
            _safe_date(raw.y1, raw.m1, 1)  # type: ignore[arg-type]
            if raw.y1
            else resolve_year(raw.m1, 15, ctx, tense, sentence_year)  # type: ignore[arg-type]
        )
        if first is None:
            return None
        first = first.replace(day=1)
        if raw.word in ("until", "by"):
            return None, _month_end(first), "month", "month"
        return first, _month_end(first), "month", "month"
    if shape == "relative" and pub is not None:
        return _relative(raw, pub)
    return None


def _relative(raw: RawDate, pub: dt.date) -> tuple[dt.date, dt.date, str, str]:
    which = raw.word or "this"
    step = 1 if which in ("next", "coming", "the coming") else -1 if which == "last" else 0
    if raw.m1 == 0:  # week
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=step)
        return monday, monday + dt.timedelta(days=6), "relative", "relative"
    if raw.m1 == 1:  # month
        y, mth = pub.year, pub.month + step
        if mth == 13:
            y, mth = y + 1, 1
        elif mth == 0:
            y, mth = y - 1, 12
        first = dt.date(y, mth, 1)
        return first, _month_end(first), "relative", "relative"
    first = dt.date(pub.year + step, 1, 1)
    return first, dt.date(first.year, 12, 31), "relative", "relative"


_WS = re.compile(r"\s+")
