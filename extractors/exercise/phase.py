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
    r"(?:is|are) (?:conducting|holding|staging|carrying out|taking part|participating|"
    r"practi[cs]ing|training|exercising|drilling|flying|sailing|running)|kick(?:s|ed)? off|"
    r"began|begins|started|starts|commenced|commences|got under ?way|in progress|"
    r"continu(?:e|es|ing)|enter(?:s|ed) (?:its|the)|currently|on day|opening ceremony|"
    r"opened|inaugurat\w*|are training|is training|this week|flagged off|arrive[sd]? (?:in|at)|"
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
    r"\b(?:ends|ended|concludes|concluded|wraps? up|wrapped up|closes|closed|finish(?:es|ed)?|"
    r"completes|completed|culminates|comes to an end|winds? up|over)\b",
    IGN,
)
HEDGE = re.compile(r"\b(?:would not say|did not say|unclear|not clear|declined to say)\b", IGN)
PRESENT_HEADLINE = re.compile(
    r"\b(?:(?:is|are) (?!set\b|to\b|expected\b|scheduled\b|planning\b|preparing\b)\w+ing|"
    r"begins?|starts?|kicks? off|holds?|conducts?|stages?|launches|sails?|flies|flexes|hosts|"
    r"sends?|moves|practises|practices|continues|enters|fires|simulates|rehearses|showcases|"
    r"perform|performs|underway|under way|roars|tears|jump|jumps|drills? near|exercising)\b",
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


def is_cancelled(sentences: list[str]) -> bool:
    """A cancellation word close to an exercise word, not hedged ("would not say if...")."""
    return any(CANCEL_NEAR.search(s) and not HEDGE.search(s) for s in sentences)


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
