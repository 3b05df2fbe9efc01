"""Whether the exercise itself is called off, not a partial cut, a hedge or another event.

Split out of phase/__init__.py. A cancellation beats every other phase evidence, so it has to be
the exercise's own: not talks cancelled over the drills, not an earlier edition's fate.
"""

from __future__ import annotations

import re

from .cues import CANCELLED, EXERCISE_WORD, HEDGE, PARTIAL

# "Suspended after the stand-off, the exercise will resume in the autumn": the cancellation
# is history; the sentence is about its return.
_RESUMES = re.compile(r"\bresum(?:e|es|ed|ing|ption)\b", re.IGNORECASE)


_EARLIER = re.compile(
    r"\b(?:last year|a year ago|the previous year|the year before|in (?:19|20)\d\d)\b",
    re.IGNORECASE,
)


# "North Korea cancels talks over the drills", "the talks were postponed": what is called off
# is another event that the exercise is only the reason for.
_OTHER_EVENT = (
    r"(?:talks|meetings?|summit|visits?|trips?|negotiations|dialogue|conference|flights?|"
    r"ceremony|concert|match)"
)
_OTHER_OBJECT = re.compile(
    rf"\s+(?:(?:the|a|an|its|their|his|her|planned|scheduled|high-level|upcoming|"
    rf"inter-Korean|bilateral|all)\s+){{0,3}}{_OTHER_EVENT}\b",
    re.IGNORECASE,
)
_OTHER_SUBJECT = re.compile(
    rf"\b{_OTHER_EVENT}\s+(?:[\w-]+\s+){{0,3}}?(?:was|were|had been|have been|has been|are|is)"
    rf"\s+(?:being\s+)?(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# "... but the last two have been cancelled": earlier editions' fate.
_EARLIER_EDITIONS = re.compile(
    r"\b(?:the (?:last|previous) (?:two|three|four|five|few|several|\d+)|previous editions?|"
    r"earlier editions?)\b[^.;]{0,30}$",
    re.IGNORECASE,
)


def is_cancelled(sentences: list[str]) -> bool:
    """A cancellation word near an exercise word, neither hedged nor partial."""
    for s in sentences:
        if _RESUMES.search(s):
            continue
        for m in CANCELLED.finditer(s):
            window = s[max(0, m.start() - 70) : m.end() + 70]
            if not EXERCISE_WORD.search(window):
                continue
            if _EARLIER.search(s, m.end(), m.end() + 40):
                continue  # "cancelled last year": an earlier edition's fate
            before = s[max(0, m.start() - 50) : m.start()]
            if _EARLIER_EDITIONS.search(before):
                continue
            if _OTHER_OBJECT.match(s, m.end()) or _OTHER_SUBJECT.search(before):
                continue
            if HEDGE.search(s[max(0, m.start() - 60) : m.end() + 20]):
                continue
            if PARTIAL.search(s[max(0, m.start() - 25) : m.end() + 45]):
                continue
            return True
    return False


def headline_cancels(headline: str | None, name: str | None) -> bool:
    """ "Tradewinds 2026 called off in Trinidad": the exercise's own name, then the verb."""
    if not headline or not name:
        return False
    at = headline.find(name)
    if at < 0:
        return False
    rest = headline[at + len(name) : at + len(name) + 40]
    return CANCELLED.search(rest) is not None and not PARTIAL.search(rest)
