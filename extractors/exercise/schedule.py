"""Which dates are the exercise's: pick one schedule from the dated exercise sentences.

Only explicit calendar days fill ``start_date``/``end_date`` (the guideline leaves "on Monday",
"next week" and "in August" empty); relative dates still decide the phase when nothing better
is known. A start in one sentence and an end in another ("began on 12 May ... runs until 23
May") are joined into one schedule.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .dates import DateSpan

#: Span kinds that come from explicit calendar days.
EXPLICIT = ("range", "start", "end")
_JOIN_DAYS = 60


@dataclass(slots=True)
class Schedule:
    start: dt.date | None = None
    end: dt.date | None = None
    sentence: int | None = None  # index of the sentence the explicit dates came from
    phase_span: DateSpan | None = None  # what the phase is judged from (may be relative)
    anchor: dt.date | None = None  # reference day for spotting sentences about other events
    phase_sentence: int | None = None  # index of the sentence phase_span came from


def choose_schedule(
    dated: dict[int, DateSpan], main_named: set[int], pub: dt.date | None
) -> Schedule:
    """``dated`` maps sentence index -> span; ``main_named`` are sentences naming the exercise."""
    if not dated:
        return Schedule()

    def far_off(d: DateSpan) -> bool:
        when = d.start or d.end
        return bool(pub and when and abs((when - pub).days) > 45)

    def rank(i: int) -> tuple[int, ...]:
        d = dated[i]
        far = far_off(d)
        # A far-off explicit date in a sentence that does not name the exercise is more often
        # history ("the last edition ran from...") than the schedule.
        return (
            int(far and i not in main_named),
            int(d.kind not in EXPLICIT),
            int(far),
            int(i not in main_named),
            int(d.kind != "range"),
            i,
        )

    best = min(dated, key=rank)
    span = dated[best]
    out = Schedule(anchor=span.start or span.end, phase_span=span, phase_sentence=best)
    if span.kind not in EXPLICIT:
        return out
    start, end = span.start, span.end
    others = sorted((i, d) for i, d in dated.items() if i != best and d.kind in ("start", "end"))
    if span.kind == "start" and start:
        end = next(
            (
                d.end
                for _, d in others
                if d.kind == "end" and d.end and 0 < (d.end - start).days <= _JOIN_DAYS
            ),
            None,
        )
    elif span.kind == "end" and end:
        start = next(
            (
                d.start
                for _, d in others
                if d.kind == "start" and d.start and 0 < (end - d.start).days <= _JOIN_DAYS
            ),
            None,
        )
    out.start, out.end, out.sentence = start, end, best
    out.phase_span = DateSpan(start, end, "day" if start else None, "day" if end else None, "range")
    return out
