"""The phase the exercise's calendar gives: its days against the publication date, and the
best other dated hint (a weekday, "yesterday", "next month") with the tense of its clause.

Split out of phase/__init__.py, which reads these before the cue tables.
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import DateMention
from .patterns import PAST_EVENT

_FUTURE_NEAR = re.compile(
    r"\b(?:will|would|shall|set to|to (?:begin|start|commence|kick off|open|launch)|due to|"
    r"scheduled to (?:begin|start|kick off|commence)|is to|are to|plans? to|expected to|"
    r"to be (?:held|conducted|staged|carried out)|to take place)\b",
    re.IGNORECASE,
)
_END_NEAR = re.compile(
    r"\b(?:ended|concluded|wrapped up|culminated|completed|came to an end|closed|wound up|"
    r"ends|concludes|closing ceremony|concluding (?:session|ceremony)|closing session|"
    r"(?:drew|draws|came|comes) to a close)\b",
    re.IGNORECASE,
)
# "was carried out from October 24 to November 7", published November 7: told as done.
_DONE_RANGE = re.compile(
    r"\b(?:was|were|had been|has been|have been)\s+(?:successfully\s+)?(?:held|conducted|"
    r"carried out|staged)\b|\btook place\b",
    re.IGNORECASE,
)
_START_PAST = re.compile(
    r"\b(?:began|started|kicked off|opened|launched|commenced|got under ?way|has begun|"
    r"have begun|is underway|are underway|is under way|are under way|"
    r"(?:signall?ed|marked) the (?:start|beginning|opening)|"
    # "Ships depart Klaipeda to begin the underway portion of the exercise"
    r"(?:depart(?:s|ed)?|set sail|sailed|gathered|assembled|arrived)\b[^.;]{0,80}?\bto "
    r"(?:begin|start|kick off|commence))\b",
    re.IGNORECASE,
)


# "fired rockets on Tuesday as part of Coastal Anvil, which continues": one event of many.
_STILL_ON = re.compile(
    r"\b(?:as part of|continu\w*|until|till|will run|runs? through|under ?way|ongoing|"
    r"(?:first|second|third|next|final) (?:stage|phase))\b",
    re.IGNORECASE,
)


def phase_from_dates(
    start: dt.date | None,
    end: dt.date | None,
    published: dt.date | None,
    sentence: str = "",
) -> str | None:
    """The phase the exercise's calendar days give on the publication day."""
    if published is None or (start is None and end is None):
        return None
    if start and published < start:
        return "announced"
    if start and start == published and not _START_PAST.search(sentence):
        if _FUTURE_NEAR.search(sentence):
            return "announced"  # "set to commence ... beginning March 19", published March 19
        if end == start and PAST_EVENT.search(sentence):
            return "concluded"  # a one-day drill, reported the same day in the past tense
    if end and published > end:
        return "concluded"
    if (
        end
        and end == published
        and (
            _END_NEAR.search(sentence)
            or _DONE_RANGE.search(sentence)
            and not _STILL_ON.search(sentence)
            and start != end
        )
    ):
        return "concluded"
    if end and published <= end and (start is None or start <= published):
        return "ongoing"
    if start and not end and 0 <= (published - start).days <= 10:
        if (
            start < published
            and PAST_EVENT.search(sentence)
            and not (_START_PAST.search(sentence) or _STILL_ON.search(sentence))
        ):
            return "concluded"  # "held a joint drill off Tumbes on Tuesday", reported later
        return "ongoing"
    return None


_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15,
}  # fmt: skip
# "the three-day drill", "spanning 10 days", "a two-week exercise": how long the exercise lasts.
_DURATION = re.compile(
    r"\b(?:spanning|lasting|over|for)?\s*(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|thirteen|fourteen|fifteen)[- ](day|week)s?\b(?![- ](?:visit|trip|tour|"
    r"course|conference|summit|meeting|seminar|workshop))"
    # "the two-day sea phase": one part's length, not the exercise's
    r"(?!\s+(?:[\w-]+\s+){0,2}?(?:phase|stage|leg|part|portion|segment|window)\b)",
    re.IGNORECASE,
)


def _duration_days(texts: list[str]) -> int | None:
    """The exercise's length in days when one sentence of the lead states a single one."""
    found = {
        (int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS[m.group(1).lower()])
        * (7 if m.group(2).lower() == "week" else 1)
        for t in texts
        if t
        for m in _DURATION.finditer(t)
    }
    return found.pop() if len(found) == 1 else None


_OPENED_TODAY = re.compile(
    r"\b(?:opened|began|started|kicked off|launched|commenced)\b[^.;]{0,40}?\b(?:today|this "
    r"morning)\b|\b(?:today|this morning)\b[^.;]{0,20}?\b(?:opened|began|started|kicked off|"
    r"launched|commenced)\b",
    re.IGNORECASE,
)


_ENDS_BY = re.compile(
    r"\b(?:conclude|end|finish|wrap up|close|run until|run through|last until|continue until|"
    r"until|through|till)\b[^.;]*$",
    re.IGNORECASE,
)


def _from_hint(hint: DateMention, sentence: str, published: dt.date | None) -> str | None:
    """Phase from a weekday, "yesterday" or a month, with the tense of its clause."""
    if published is None:
        return None
    day = hint.start or hint.end
    if day is None:
        return None
    if hint.kind != "day":  # a month or a relative span
        if hint.start and hint.start > published:
            # "The exercise will conclude in June": a later end says it is not over, not that
            # it has not begun.
            before = sentence[max(0, hint.position - 30) : hint.position]
            return None if _ENDS_BY.search(before) else "announced"
        if hint.end and hint.end < published and hint.tense < 0:
            return "concluded"
        return None
    if day > published:
        if hint.role == "end" or _START_PAST.search(sentence):
            return "ongoing"
        return "announced"
    if hint.role == "end":
        return "concluded" if day < published else None
    if hint.role == "start" or _START_PAST.search(sentence):
        return "ongoing" if (published - day).days <= 10 else None
    if day == published:
        # "A ceremony took place on October 18 to open the drills": the purpose is ahead of
        # the ceremony, not of the day.
        if _FUTURE_NEAR.search(sentence) and not PAST_EVENT.search(sentence):
            return "announced"
        # A bare day with no verb of its own ("... exercise in the Arabian Sea on February 26")
        # says nothing about the phase; the cue tables read the rest.
        return "ongoing" if PAST_EVENT.search(sentence) or hint.role != "point" else None
    if PAST_EVENT.search(sentence) and not _STILL_ON.search(sentence):
        return "concluded"  # "held a joint drill off Tumbes on Tuesday", reported later
    return None
