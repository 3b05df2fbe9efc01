"""Days of one sentence that explain each other: a day before the end is the start, the one
day of a sentence whose verb opens (or ends) the exercise is its start (or end).

Split out of mentions.py, which reads each date and its own cue; these rules look at the
sentence's dates together and at its verb.
"""

from __future__ import annotations

import re

from .records import DateMention

_JUST_BEGUN = re.compile(
    r"\b(?:has|have)\s+(?:(?:now|just|officially)\s+)?(?:begun|started|commenced|kicked off|"
    r"got under ?way|gotten under ?way|been launched|opened|deployed|"
    r"been (?:put|placed|raised) on)\b(?!\s+\w+ing\b)",
    re.IGNORECASE,
)
# A snap or surprise check starts the moment it is called: "on Dec. 17 announced snap
# military exercises across the country".
_SNAP = re.compile(
    r"\b(?:snap|surprise|unannounced)\s+(?:[\w-]+\s+){0,3}?(?:exercises?|drills?|"
    r"inspections?|checks?|combat readiness)\b",
    re.IGNORECASE,
)
_START_VERB = re.compile(
    r"\b(?:begins|began|begin|started|starts|start|kicked off|kicks off|kick off|launched|"
    r"launches|launch|commence|hold|conduct|stage|"
    r"commenced|commences|opened|opens|got under ?way|gets under ?way|initiated|initiates|"
    r"held|holds|conducted|conducts|staged|stages|carried out|guided|ordered|organi[sz]ed|"
    r"organi[sz]es|performed|performs|mounted|mounts|host|hosts|hosted)\b",
    re.IGNORECASE,
)


# "On Friday, the Estonian Defence Forces' Exercise Hedgehog drew to a close", "Today, on May
# 23, concluded the exercise": the one day of a sentence whose verb ends the exercise.
_END_VERB = re.compile(
    r"\b(?:conclud(?:ed|es|ing)|ended|ends|wrapped up|wraps up|(?:drew|draws|came|comes) to an? "
    r"(?:close|end)|finished|culminated|"
    # "is closing today with a final phase", "gathered June 21 to close out Saber Strike 16",
    # "celebrating the successful conclusion of Eager Lion 2024 ..., May 23"
    r"(?:is|are) (?:closing|ending|wrapping up)|closes|clos(?:e|es|ed|ing) out|"
    r"(?:conclusion|close) of)\b",
    re.IGNORECASE,
)
_QUOTE_MARKS = "\"\u201c\u2018'"
_SPEAKERS_DAY = re.compile(r"(?:today|tonight|now|this (?:morning|evening))\b", re.IGNORECASE)
_QUOTED_OPENING = re.compile(
    r"(?:today|tonight|now)\b(?:(?!\b(?:ago|when|since|than|earlier)\b)[^.;]){0,60}?\b(?:begins?|"
    r"began|start(?:s|ed)?|kicks? off|kicked off|opens?|opened|launch(?:es|ed)?|commence[sd]?)\b",
    re.IGNORECASE,
)
_FIRST_DAY = re.compile(
    r"\b(?:the )?(?:first|opening) day of (?:the |this year's )?(?:[\w-]+ ){0,3}?(?:exercises?|"
    r"drills?|manoeuvres|maneuvers|war ?games?|training)\b|"
    # "condemned Ulchi Freedom Shield on its first day, Aug. 19"
    r"\bon its (?:first|opening) day\b",
    re.IGNORECASE,
)
_LAST_DAY = re.compile(
    r"\b(?:on|during) the (?:concluding|closing|final|last) day of\b", re.IGNORECASE
)


def _as_end(m: DateMention) -> DateMention:
    """The same day, read as the exercise's last day."""
    return DateMention(None, m.start, "end", m.kind, False, m.tense, m.position)


def _as_start(m: DateMention, told: bool = False) -> DateMention:
    """The same day, read as the exercise's start (and no longer as a report's day)."""
    return DateMention(m.start, None, "start", m.kind, False, m.tense, m.position, told)


def pair_points(found: list[DateMention], sentence: str) -> list[DateMention]:
    """ "resumed the drill on December 10 and it will continue until December 23": a day
    with no cue of its own, followed in the sentence by the end, is the start; so is the one
    day of a sentence whose verb opens or holds the exercise ("On Monday, March 4, Nordic
    Response begins", "the navy held drills off Hainan on Tuesday": a one-day drill starts
    that day)."""
    ends = [m for m in found if m.role == "end" and m.end and not m.report]
    if not ends:
        points = [m for m in found if not m.report and m.kind == "day"]
        told = [m for m in found if m.report and m.kind == "day" and m.start]
        if (
            not points
            and len(told) == 1
            and (_JUST_BEGUN.search(sentence) or _SNAP.search(sentence))
        ):
            # "A snap inspection has begun, the ministry said on Tuesday": what has just begun,
            # with no day of its own, began the day it was announced.
            return [_as_start(x, told=True) if x is told[0] else x for x in found]
        if len(points) == 1 and points[0].role == "point" and _LAST_DAY.search(sentence):
            # "a missile fired on the concluding day of the annual drill ... on Wednesday"
            return [_as_end(x) if x is points[0] else x for x in found]
        if len(points) == 1 and points[0].role == "point" and _FIRST_DAY.search(sentence):
            # "volunteers acted as mock injured on April 8, the first day of the exercise"
            return [_as_start(x) if x is points[0] else x for x in found]
        if (
            sentence.lstrip()[:1] in _QUOTE_MARKS
            and any(_SPEAKERS_DAY.match(sentence, m.position) for m in points)
            and not _QUOTED_OPENING.match(sentence, points[0].position)
        ):
            # "'Today we can be more confident than we were three weeks ago when the exercise
            # began,' he said", "'... challenges we face today'": the speaker's day. Only
            # "'Today the two navies begin the exercise,' he said" dates the start.
            return found
        if (
            len(points) == 1
            and points[0].role == "point"
            and (
                _END_VERB.search(sentence, points[0].position)
                # "the drill is closing today": the verb right before its day
                or _END_VERB.search(sentence, max(0, points[0].position - 25), points[0].position)
            )
            and not _START_VERB.search(sentence)
        ):
            return [_as_end(x) if x is points[0] else x for x in found]
        if len(points) == 1 and points[0].role == "point" and _START_VERB.search(sentence):
            return [_as_start(x) if x is points[0] else x for x in found]
        return found
    out = []
    for m in found:
        opens = m.role == "point" and not m.report and m.kind == "day" and m.start is not None
        if opens and any(e.position > m.position and e.end >= m.start for e in ends):  # type: ignore[operator]
            m = _as_start(m)
        out.append(m)
    return out
