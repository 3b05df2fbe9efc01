"""Whether the exercise itself is called off, not a partial cut, a hedge or another event.

Split out of phase/__init__.py. A cancellation beats every other phase evidence, so it has to be
the exercise's own: not talks cancelled over the drills, not an earlier edition's fate.
"""

from __future__ import annotations

import re

from .cancel_cues import CANCELLED, HEDGE, PARTIAL
from .patterns import EXERCISE_WORD

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


# "Although all exercises have been cancelled, planning for Ibsamar continued": conceded, then
# set aside. "Similar drills with the United States were halted": another exercise's fate.
_CONCEDED = re.compile(r"\b(?:although|though|even if|despite|while)\b[^.;]{0,40}$", re.I)
_ANOTHER_EXERCISE_BEFORE = re.compile(
    r"\b(?:similar|other|separate|previous|earlier|former)\s+(?:[\w-]+\s+){0,2}?(?:exercises?|"
    r"drills?|manoeuvres|maneuvers|war ?games?)\b[^.;]{0,40}$",
    re.IGNORECASE,
)


def is_cancelled(sentences: list[str], own_names: tuple[str, ...] = ()) -> bool:
    """A cancellation word near an exercise word, neither hedged nor partial, and not about
    another exercise: a named one (not in ``own_names``, the article's own names) right after
    the word ("the cancellation of the Zapad exercises" in a story on Union Shield)."""
    for s in sentences:
        if _RESUMES.search(s):
            continue
        for m in CANCELLED.finditer(s):
            window = s[max(0, m.start() - 70) : m.end() + 70]
            if not EXERCISE_WORD.search(window):
                continue
            before = s[max(0, m.start() - 60) : m.start()]
            if _CONCEDED.search(before) or _ANOTHER_EXERCISE_BEFORE.search(before):
                continue
            if own_names and _names_another(s[m.end() : m.end() + 40], own_names):
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


_OF_NAMED = re.compile(r"^\s+of\s+(?:the\s+)?([A-Z][\w-]*(?:[ -][A-Z][\w-]*)*)")


def _names_another(after: str, own_names: tuple[str, ...]) -> bool:
    """ "... the cancellation of the Zapad exercises": a name right after the word, not ours."""
    m = _OF_NAMED.match(after)
    if not m:
        return False
    named = m.group(1).casefold()
    if EXERCISE_WORD.search(named) or named in ("joint", "military", "annual", "planned"):
        return False  # "the cancellation of the Joint Exercise": no name
    return not any(own.casefold() in named or named in own.casefold() for own in own_names if own)


def headline_cancels(headline: str | None, name: str | None) -> bool:
    """ "Tradewinds 2026 called off in Trinidad": the exercise's own name, then the verb."""
    if not headline or not name:
        return False
    at = headline.find(name)
    if at < 0:
        return False
    rest = headline[at + len(name) : at + len(name) + 40]
    return CANCELLED.search(rest) is not None and not PARTIAL.search(rest)
