"""The last touches on a schedule: a one-day drill's end, a closing day, a dateline opening.

`choose_schedule` picks the days a story writes for its exercise; these rules read what the
sentence that gave them says about the rest: "the one-day drills on Tuesday" ends the day it
starts, "the closing ceremony was held on Thursday" is the last day, and "MOSCOW, September 16
... the exercise starts" opens on the dateline's day.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dateline_day
from .records import DateMention
from .schedule import Schedule

IGN = re.IGNORECASE


def finish_schedule(
    sched: Schedule,
    sentences: list[str],
    date_sentences: list[int],
    dated: dict[int, list[DateMention]],
    first: int | None,
    pub: dt.date | None,
    year: int | None,
) -> None:
    """Complete `sched` in place. `first`: the first exercise sentence that names it."""
    if sched.start and not sched.end and sched.sentence is not None:
        told = sentences[sched.sentence]
        # "The one-day drills on Tuesday", "marines held a live-fire exercise on Wednesday"
        # (reported after it, not "began"): a one-day drill ends the day it starts.
        if _CLOSING_CEREMONY.search(told) and not _STARTED_OR_GOING_ON.search(told):
            # "The closing ceremony was held at the college on Thursday": that day ends it.
            sched.start, sched.end = None, sched.start
        elif (
            _ONE_DAY.search(told)
            or (_HELD_ONCE.search(told) and not _STARTED_OR_GOING_ON.search(told))
            or any(_ONE_DAY.search(sentences[i]) for i in date_sentences)
        ):
            sched.end = sched.start
    if sched.start is None and sched.end is None:
        opened = _opened_on_dateline(dated, sentences, first, pub.year if pub else year)
        if opened and (pub is None or abs((opened[0] - pub).days) <= 2):
            sched.start, sched.sentence = opened


# "MOSCOW, September 16. /TASS/. The exercise Center-2019 starts in the Central Military
# District": an opening told in the present under a dateline that writes the day.
_OPENS_NOW = re.compile(
    r"\b(?:starts|begins|kicks off|opens|commences|gets under ?way|is launched|"
    r"announced the start of|(?:has|have) (?:started|begun|kicked off|commenced|opened))\b",
    IGN,
)


def _opened_on_dateline(
    dated: dict[int, list[DateMention]],
    sentences: list[str],
    first: int | None,
    year: int | None,
) -> tuple[dt.date, int] | None:
    """(the dateline's day, sentence) when the story's first line about the exercise tells it
    opening now and writes no day of its own: the wire's dateline is the day."""
    if first is None or first > 3 or not _OPENS_NOW.search(sentences[first]):
        return None
    if any(not m.report and m.kind == "day" for m in dated.get(first, [])):
        return None
    day = dateline_day(sentences[: first + 1], year)
    return (day, first) if day else None


_ONE_DAY = re.compile(r"\b(?:one-day|one day long|day-long|single-day)\b", IGN)
# Reported as held on its day, not planned ("is scheduled to be held at Colombo from 3 April")
# and not held over a span ("held at the range from Monday").
_HELD_ONCE = re.compile(
    r"(?<!to be )(?<!will be )\b(?:held|conducted|carried out|staged|fired|performed)\b"
    r"(?![^.;]{0,40}?\b(?:from|between|until|till|through)\b)",
    IGN,
)
_STARTED_OR_GOING_ON = re.compile(
    r"\b(?:began|begins|begin|started|starts|kick(?:ed|s)? off|opened|launch\w*|commenc\w+|"
    r"inaugura\w+|"
    r"under ?way|ongoing|continu\w+|until|through|till|runs?|will|first|phase|days?\b(?! of)|"
    r"opening)",
    IGN,
)
_CLOSING_CEREMONY = re.compile(
    r"\b(?:closing|concluding|final)\s+(?:ceremony|session|parade)\b", IGN
)
