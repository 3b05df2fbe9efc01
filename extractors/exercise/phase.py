"""Phase of the exercise relative to the publication date.

Dates win when they are known (start after publication = announced, and so on); otherwise the
verbs of the headline and the first exercise sentences decide. Postponed and called-off
exercises are reported as ``cancelled``, as the labelling guideline asks.
"""

from __future__ import annotations

import datetime as dt
import re

IGN = re.IGNORECASE

CANCELLED = re.compile(
    r"\b(?:cancel+(?:ed|s|ing|ation)?|call(?:ed|s|ing)? off|postpon\w*|scrapp?(?:ed|ing|s)?|"
    r"suspend(?:ed|s|ing)?|suspension of|axed|shelved|put off|put on hold|pull(?:ed|s|ing)? "
    r"out of|(?:has been|was|were|have been) delayed)\b",
    IGN,
)
ONGOING = re.compile(
    r"\b(?:underway|under way|ongoing|on-going|(?:is|are) (?:being )?(?:held|conducted|staged)|"
    r"(?:has|have|had) (?:now )?(?:begun|started|commenced|kicked off|got under ?way)|"
    r"(?:is|are|was|were) (?:conducting|holding|staging|carrying out|taking part|participating|"
    r"practi[cs]ing|training|exercising|drilling|flying|sailing|running)|kick(?:s|ed)? off|"
    r"began|begins|started|starts|commenced|commences|got under ?way|in progress|"
    r"continu(?:e|es|ing)|enter(?:s|ed) (?:its|the)|currently|on day|opening ceremony|"
    r"opened|inaugurat\w*|mov(?:ed|es|ing) into (?:the|its) (?:[\w-]+ ){1,2}phase|"
    r"are training|is training|this week|flagged off|arrive[sd]? (?:in|at)|"
    r"conducts|holds|stages|launches|practises|practices|rehearses|simulates|fly|flies|sails)\b",
    IGN,
)
CONCLUDED = re.compile(
    r"\b(?:concluded|ended|wrapp?ed up|culminated|came to an end|completed|(?:was|were) held|"
    r"took part|carried out|conducted|staged|participated|recently|last week|closing ceremony|"
    r"held|performed|practi[sc]ed|simulated|demonstrated|showcased|flew|sailed|fired|"
    r"launched|returned|over in|(?:is|are|was|were) over|wound up)\b",
    IGN,
)
ANNOUNCED = re.compile(
    r"\b(?:will|shall|to (?:hold|conduct|stage|host|take part|participate|begin|start|launch|"
    r"join|carry out|have)|plans?|planned|planning|set to|scheduled|upcoming|ahead of|"
    r"next (?:week|month|year)|(?:is|are) expected to|prepar(?:e|es|ing|ations) for|"
    r"(?:is|are) to be|announce[sd]?|proposed|forthcoming|slated|before (?:the )?(?:[\w-]+ ){0,3}"
    r"(?:begins|starts|kicks off|gets under ?way))\b",
    IGN,
)
_EXW = r"(?:exercises?|drills?|war[- ]?games?|wargames?|manoeuvres|maneuvers)"
CANCEL_NEAR = re.compile(
    r"\b"
    + _EXW
    + r"\b[^.;]{0,60}?"
    + CANCELLED.pattern
    + r"|"
    + CANCELLED.pattern
    + r"[^.;]{0,50}?\b"
    + _EXW
    + r"\b",
    IGN,
)
ENDS_HEADLINE = re.compile(
    r"(?<!\bthe )(?<!\bto )(?<!\ban )(?<!\bits )\bend\b(?! of\b)|"  # "CSTO forces end Interaction"
    r"\b(?:cuts? short|ends|ended|concludes|concluded|wraps? up|wrapped up|closes|closed|"
    r"finish(?:es|ed)?|"
    r"completes|completed|culminates|comes to an end|winds? up|(?:is|are|now) over)\b",
    IGN,
)
HEDGE = re.compile(r"\b(?:would not say|did not say|unclear|not clear|declined to say)\b", IGN)
PRESENT_HEADLINE = re.compile(
    r"\b(?:(?:is|are) (?!set\b|to\b|expected\b|scheduled\b|planning\b|preparing\b)\w+ing|"
    r"begins?|starts?|kicks? off|holds?|conducts?|stages?|launches|sails?|flies|flexes|hosts|"
    r"sends?|moves|practises|practices|continues|enters|fires|simulates|rehearses|showcases|"
    r"perform|performs|underway|under way|roars|tears|jump|jumps|drills? near|exercising|"
    r"opens?)\b",
    IGN,
)


def phase_from_dates(
    start: dt.date | None, end: dt.date | None, published: dt.date | None
) -> str | None:
    if published is None or (start is None and end is None):
        return None
    if start and published < start:
        return "announced"
    if end and published > end:
        return "concluded"
    if start and end and start <= published <= end:
        return "ongoing"
    if end and not start and published <= end:
        return "ongoing"
    if start and not end and 0 <= (published - start).days <= 7:
        return "ongoing"
    return None


# Every CANCELLED alternative contains one of these: the IGNORECASE search runs only then.
_CANCEL_WORDS = (
    "cancel",
    "call",
    "postpon",
    "scrap",
    "suspen",
    "axed",
    "shelved",
    "put off",
    "put on hold",
    "pull",
    "delayed",
)


# An exercise cut short has ended, whatever dates it was scheduled for ("had been due to run
# until July 18"): the guideline calls it concluded once it has been stopped.
CUT_SHORT = re.compile(
    r"\b(?:cut(?:s|ting)? short|(?:ended|finished|concluded|wound up|called off the rest of)\b"
    r"[^.;]{0,60}?\b(?:(?:a|one|two|three|\w+) days? early|early|ahead of schedule)\b|"
    r"brought to an early end)",
    IGN,
)


def headline_cancels(headline: str | None, name: str | None) -> bool:
    """ "Tradewinds 2026 called off in Trinidad": the exercise's own name, then the verb."""
    if not headline or not name:
        return False
    at = headline.find(name)
    if at < 0:
        return False
    rest = headline[at + len(name) :]
    return re.match(r"[^.;:]{0,30}?" + CANCELLED.pattern, rest, IGN) is not None


def is_cancelled(sentences: list[str]) -> bool:
    """A cancellation word close to an exercise word, not hedged ("would not say if...")."""
    for s in sentences:
        low = s.lower()
        if any(w in low for w in _CANCEL_WORDS) and CANCEL_NEAR.search(s) and not HEDGE.search(s):
            return True
    return False


def phase_from_text(sentences: list[str], headline: str | None = None) -> str:
    """First decisive cue wins, reading the headline first; cancellation beats everything."""
    if is_cancelled(sentences[:3]):
        return "cancelled"
    if headline and ENDS_HEADLINE.search(headline):
        return "concluded"
    if headline and not ANNOUNCED.search(headline) and PRESENT_HEADLINE.search(headline):
        return "ongoing"
    for s in sentences:
        scores = {
            "announced": len(ANNOUNCED.findall(s)),
            "ongoing": len(ONGOING.findall(s)),
            "concluded": len(CONCLUDED.findall(s)),
        }
        best = max(scores.values())
        if best == 0:
            continue
        # On ties prefer announced > ongoing > concluded: future markers are the rarer signal.
        for key in ("announced", "ongoing", "concluded"):
            if scores[key] == best:
                return key
    return "unknown"


# A weekday or "next week" date with the verb that goes with it, for the short wire item:
# "held drills on Wednesday" (before publication) is over; "began on Monday and will run until
# Friday" is still going on.
_END_EVENT = re.compile(
    r"\b(?:conclud(?:ed|es)|ended|ends|wrapp?(?:ed|s) up|finish(?:ed|es)|complet(?:ed|es)|"
    r"wound up|came to an end|closed)\b",
    IGN,
)
_BEGAN = re.compile(
    r"\b(?:began|begun|begins|started|starts|kicked off|kicks off|opened|opens|commenced|"
    r"got under ?way|launch(?:ed|es) (?:[\w-]+ ){0,3}?(?:exercises?|drills?|war ?games?|"
    r"manoeuvres|maneuvers))\b",
    IGN,
)
# "fired rockets on Tuesday as part of Orient Shield": one event of a longer exercise.
_PART_OF = re.compile(r"\b(?:as part of|(?:first|second|third|final|next) (?:stage|phase))\b", IGN)
_CONTINUING = re.compile(
    r"\b(?:continu\w*|until|till|will run|runs? through|under ?way|ongoing|(?:is|are) being|"
    r"will (?:last|end|conclude|continue)|(?:is|are) (?:holding|conducting|staging|carrying out|"
    r"taking part))\b",
    IGN,
)
_PAST_EVENT = re.compile(
    r"\b(?:held|staged|conducted|carried out|fired|concluded|ended|took place|practi[sc]ed|"
    r"flew|sailed|simulated|rehearsed|performed|demonstrated|ran|joined|took part|"
    r"participated|launched)\b",
    IGN,
)


def phase_from_relative(
    sentence: str, day: dt.date | None, published: dt.date | None
) -> str | None:
    """Phase from a weekday/relative date (``day``) and the tense of its sentence."""
    if day is None or published is None:
        return None
    if day > published:
        if _BEGAN.search(sentence):
            return "ongoing"  # "began on Monday and will run until next week"
        return "announced" if not _PAST_EVENT.search(sentence) else None
    if _END_EVENT.search(sentence):
        return "concluded"
    if _BEGAN.search(sentence) or _CONTINUING.search(sentence):
        return "ongoing"
    if _PAST_EVENT.search(sentence) and not _PART_OF.search(sentence):
        return "concluded"
    return None
