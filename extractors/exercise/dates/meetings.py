"""Planning meetings in exercise news: their days are not the exercise's.

A story often tells a planning conference, a pre-sail conference or a ministers' meeting beside
the exercise it prepares; the meeting's day is never the schedule, but a day told for the
exercise in a clause of its own in the same sentence is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..phrases import phrase_regex

if TYPE_CHECKING:
    from .records import DateMention

#: A meeting about the exercise is not the exercise.
PLANNING_CUES = phrase_regex(
    (
        "planning conference",
        "planning event",
        "planning events",
        "planning session",
        "planning workshop",
        "site survey",
        "planning meeting",
        "planners met",
        "planners",
        "met",
        "meeting",
        "conference",
        "symposium",
        "talks",
        "to discuss",
        "signed",
        # "During the Shangri-La Dialogue held from May 31 to June 2, the ministers ..."
        "dialogue",
        "summit",
        "forum",
        "roundtable",
        "round table",
    )
)
#: "Ships met in the waters off Guam to conduct ...": units meeting at sea, not a meeting.
MET_AT_SEA = re.compile(
    r"\bmet\s+(?:up\s+)?(?:in|at|off|on)\s+(?:the\s+)?(?:waters|sea|high seas|ocean|"
    r"(?:[A-Z][\w-]*\s+){1,3}(?:Sea|Ocean|Gulf|Strait|Bay))\b"
)


# "... on April 12 (See: "Naval Power in the Spotlight with Exercise, Fleet Review and
# Symposium")": a bracketed aside (a cross-reference, a short form) tells no meeting.
_ASIDE = re.compile(r"\([^()]*\)")


def is_meeting(sentence: str) -> bool:
    """Whether the sentence is about a planning meeting (its day is not the exercise's)."""
    if "(" in sentence:
        sentence = _ASIDE.sub(" ", sentence)
    words = {m.group(0).lower() for m in PLANNING_CUES.finditer(sentence)}
    if words == {"met"} and MET_AT_SEA.search(sentence):
        return False
    return bool(words)


_CLAUSE_END = re.compile(r"[;,](?!\s*(?:19|20)\d\d)")


def days_beside_meeting(sentence: str, found: list[DateMention]) -> list[DateMention]:
    """In a sentence about a meeting, the days told in the future in a clause of their own:
    "BALTOPS will take place on June 7-22, the forces said at a pre-sail conference on
    Wednesday"; "The planning event took place June 10-13, setting the stage for the exercise
    scheduled for Feb. 10-21". Only beside a day of the meeting itself (told in the past or as
    the day of speaking); "will stay in Klaipeda on June 4-7 to take part in the conference"
    is the meeting's own clause."""
    if not any(m.report or m.tense < 0 for m in found):
        return []
    ahead = []
    for m in found:
        if m.report or m.tense <= 0 or m.kind != "day" or m.role not in ("range", "start"):
            continue
        opened = max(sentence.rfind(",", 0, m.position), sentence.rfind(";", 0, m.position))
        closing = _CLAUSE_END.search(sentence, m.position + 6)
        clause = sentence[opened + 1 : closing.start() if closing else len(sentence)]
        if not PLANNING_CUES.search(clause):
            ahead.append(m)
    return ahead
