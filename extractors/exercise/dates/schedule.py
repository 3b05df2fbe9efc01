"""Which dates are the exercise's: one schedule from the dated sentences of an article.

Only calendar days fill `start_date`/`end_date` (a weekday or "yesterday" is a calendar day once
resolved against the publication date; "in August" and "next week" are not). A range in a
sentence about the exercise wins; otherwise the first day introduced as a start and the first
introduced as an end are joined ("began on 12 May ... runs until 23 May"). The day somebody
spoke, a dateline, a photo caption and the dates of a planning meeting are never the schedule.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .mentions import DateMention

_JOIN_DAYS = 120
_LONG_JOIN_DAYS = 200
_HISTORY_DAYS = 200
_WIDEN_SENTENCES = 2
_CEREMONY_DAYS = 3


@dataclass(slots=True)
class Schedule:
    start: dt.date | None = None
    end: dt.date | None = None
    sentence: int | None = None  # sentence the explicit dates came from
    # What the phase is judged from when there is no schedule: the best other day or span.
    hint: DateMention | None = None
    hint_sentence: int | None = None
    anchor: dt.date | None = None  # a reference day for spotting sentences about other events


def _usable(m: DateMention, pub: dt.date | None, year: int | None) -> bool:
    if m.report or m.kind != "day":
        return False
    day = m.start or m.end
    if day is None:
        return False
    if (
        pub is not None
        and abs((day - pub).days) > _HISTORY_DAYS
        and (year is None or day.year != year)
    ):
        return False  # history ("the 2014 edition ran from ...")
    return year is None or abs(day.year - year) <= 1


def choose_schedule(
    dated: dict[int, list[DateMention]],
    main_named: set[int],
    skip: set[int],
    pub: dt.date | None,
    year: int | None = None,
    parts: frozenset[int] = frozenset(),
) -> Schedule:
    """`dated`: sentence index -> its mentions (sentences about the exercise only);
    `main_named`: sentences that name the exercise; `skip`: sentences about meetings;
    `parts`: sentences that date one event inside the exercise, read last."""
    usable = {
        i: [m for m in found if _usable(m, pub, year)]
        for i, found in dated.items()
        if i not in skip
    }
    out = Schedule()
    # Sentences that name the exercise first; the others only when those give no day, and
    # then not a day long before publication (background: "took part in ... in January").
    named = sorted(i for i in usable if i in main_named and i not in parts)
    others = sorted(i for i in usable if i not in main_named and i not in parts)
    last = sorted(i for i in usable if i in parts)
    for tier, recent_only in ((named, False), (others, True), (last, True)):
        picked = {i: [m for m in usable[i] if not recent_only or _recent(m, pub)] for i in tier}
        if _from_ranges(out, picked, usable, main_named) or _from_ends(out, picked, usable):
            break
    out.anchor = out.start or out.end
    if out.anchor is None:
        hint = _best_hint(dated, main_named, skip, pub)
        if hint is not None:
            out.hint_sentence, out.hint = hint
            out.anchor = out.hint.start or out.hint.end
    return out


def _recent(m: DateMention, pub: dt.date | None) -> bool:
    day = m.start or m.end
    return pub is None or day is None or (day - pub).days >= -45


def _span_in(mentions: list[DateMention]) -> tuple[dt.date, dt.date] | None:
    """A start and an end told in one sentence ("opened today ... will take place until
    November 22"): a whole schedule, like a range."""
    starts = [m.start for m in mentions if m.role == "start" and m.start]
    ends = [m.end for m in mentions if m.role == "end" and m.end]
    if len(starts) == 1 and len(ends) == 1 and 0 < (ends[0] - starts[0]).days <= _JOIN_DAYS:
        return starts[0], ends[0]
    return None


def _from_ranges(
    out: Schedule,
    tier: dict[int, list[DateMention]],
    usable: dict[int, list[DateMention]],
    main_named: set[int],
) -> bool:
    """The first sentence with a day range (several ranges in it are one event's phases),
    widened by an explicit start just before it or an end just after it; or, before it, a
    sentence that tells both the start and the end ("opened today ... until November 22" comes
    before "the defence days on November 23 and 24")."""
    for i in sorted(tier):
        ranges = [m for m in tier[i] if m.role == "range" and m.start and m.end]
        if not ranges:
            span = _span_in(tier[i])
            if span and any(m.role == "range" for j in tier if j > i for m in tier[j]):
                out.start, out.end, out.sentence = span[0], span[1], i
                return True
            continue
        start = min(m.start for m in ranges)  # type: ignore[type-var]
        end = max(m.end for m in ranges)  # type: ignore[type-var]
        if (end - start).days > 180:
            continue
        # Only from nearby sentences: "comes on the heels of drills conducted on October 21"
        # further down is another event, not an earlier start of this one.
        for j, mentions in usable.items():
            if abs(j - i) > _WIDEN_SENTENCES or (i in main_named and j not in main_named):
                continue
            for m in mentions:
                if m.role == "start" and m.start and 0 < (start - m.start).days <= 30:
                    start = m.start
                if m.role == "end" and m.end and 0 < (m.end - end).days <= 30:
                    end = m.end
        out.start, out.end, out.sentence = start, end, i
        return True
    return False


def _from_ends(
    out: Schedule, tier: dict[int, list[DateMention]], usable: dict[int, list[DateMention]]
) -> bool:
    """The first day introduced as a start, joined with the first end after it (from any
    sentence about the exercise)."""
    starts = [(i, m) for i in sorted(tier) for m in tier[i] if m.role == "start" and m.start]
    tier_ends = [(i, m) for i in sorted(tier) for m in tier[i] if m.role == "end" and m.end]
    ends = [(i, m) for i in sorted(usable) for m in usable[i] if m.role == "end" and m.end]
    if starts:
        i, first = starts[0]
        if first.told:
            # "has commenced, Feb 3 (PTI) ... The exercise commenced on Sunday": the day it
            # was told gives way to the day stated, a few days before it.
            stated = [
                m
                for j in sorted(usable)
                for m in usable[j]
                if m.role == "start"
                and m.start
                and not m.told
                and 0 < (first.start - m.start).days <= 7  # type: ignore[operator]
            ]
            if stated:
                first = stated[0]
        later = [
            m.end
            for _, m in ends
            if 0 <= (m.end - first.start).days <= _JOIN_DAYS  # type: ignore[operator]
        ] or [
            # "Steadfast Defender 24 began on 24 January ... Running until 31 May, Steadfast
            # Defender 24 is ...": a long exercise's end, told where it is named again.
            m.end
            for _, m in tier_ends
            if 0 <= (m.end - first.start).days <= _LONG_JOIN_DAYS  # type: ignore[operator]
        ]
        # "kicked off in Karachi on Saturday ... Spanning seven days from November 11 to 17":
        # a range further down that starts that same day, or within a few days of it (the
        # opening ceremony the day after the first events), is the schedule told outright.
        near = [
            m
            for j in sorted(usable)
            for m in usable[j]
            if m.role == "range"
            and m.start
            and m.end
            and abs((m.start - first.start).days) <= _CEREMONY_DAYS  # type: ignore[operator]
        ]
        if near and not later:
            out.start, out.end, out.sentence = near[0].start, near[0].end, i
            return True
        later += [m.end for m in near if m.start == first.start]
        out.start, out.end, out.sentence = first.start, (later[0] if later else None), i
        return True
    if tier_ends:
        i, last = tier_ends[0]
        out.end, out.sentence = last.end, i
        # "will Saturday begin ... which will continue till May 13": the start told in another
        # sentence about the exercise, before the end.
        earlier = [
            m.start
            for j in sorted(usable)
            for m in usable[j]
            if m.role == "start" and m.start and 0 <= (last.end - m.start).days <= _JOIN_DAYS  # type: ignore[operator]
        ]
        if not earlier:
            # "concluded the exercise on Thursday" in the lines that name it, "Conducted from
            # Aug. 19-29, UFS 24 ..." in one that names it otherwise: the span that ends that
            # same day is its schedule.
            earlier = [
                m.start
                for j in sorted(usable)
                for m in usable[j]
                if m.role == "range" and m.start and m.end == last.end
            ]
        if earlier:
            out.start = earlier[0]
        return True
    return False


def _best_hint(
    dated: dict[int, list[DateMention]],
    main_named: set[int],
    skip: set[int],
    pub: dt.date | None,
) -> tuple[int, DateMention] | None:
    """For the phase only: the first non-report date near the publication date."""
    best: tuple[tuple[int, int, int], int, DateMention] | None = None
    for i, mentions in dated.items():
        if i in skip:
            continue
        for m in mentions:
            day = m.start or m.end
            if m.report or day is None:
                continue
            if pub is not None and abs((day - pub).days) > _HISTORY_DAYS:
                continue
            rank = (int(i not in main_named), int(m.kind != "day"), i)
            if best is None or rank < best[0]:
                best = (rank, i, m)
    return (best[1], best[2]) if best else None
