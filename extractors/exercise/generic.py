"""GENERIC: a sentence about exercises in general rather than about one.

Split out of triggers.py. The marker governs the exercise noun ("such as joint exercises",
"regular drills", "exercises, courses and ship transits"), or the sentence speaks of the past
or the hypothetical ("in recent years", "could"). ``GENERIC`` is the plain pattern;
``generic_lc`` gives the same answer on the lower-cased sentence much faster.
"""

from __future__ import annotations

import re

IGN = re.IGNORECASE
_WORD_START = re.compile(r"(?<![\w])\w")

# Sentence talks about exercises in general, not about one: the marker governs the exercise
# noun ("such as joint exercises", "regular drills", "exercises, courses and ship transits").
_EXN = r"(?:exercises?|drills?|war[- ]?games?|wargames?|manoeuvres|maneuvers)"
# GENERIC's branches, kept apart so that each is tried only where it can match (see
# _generic_lc); GENERIC itself is their union.
_GEN_MARKERS = (
    r"(?:such as|including|like|several|numerous|multiple|various|regular|routine|past|"
    r"repeated|for use in|used in|use in|"
    r"previous|future|potential|possible|more|frequent|periodic|many|series of|number of|"
    r"frequency of|conduct of|pave the way for|avenues? for|areas? of|scope for|exchange of|"
    r"enhance\w*|strengthen\w*|expand\w*|boost\w*|increas\w*|deepen\w*|step up|"
    r"stepping up|cooperation in|co-operation in|on)\s+(?:(?:the|of|in|joint|military|naval|"
    r"air|bilateral|multilateral|combined|army|maritime|defen[cs]e|training|large-scale|"
    r"and)\s+){0,3}"
)
_GEN_USE = (
    r"\b(?:for use in|used in|to be used in|for use during|used during)\s+(?:[\w-]+\s+){0,2}"
    + _EXN
    + r"\b"
)
_GEN_FOR = (
    r"\bfor\s+(?:(?:joint|military|naval|air|training|bilateral|multilateral|combined)\s+)"
    r"{0,2}(?:exercises|drills|war games|wargames)\b"
)
_GEN_LIST = (
    r"\b" + _EXN + r"(?:,| and| or)\s+(?:\w+\s+){0,2}?(?:courses|training|exchanges?|visits|"
    r"transits|port calls|information sharing|dialogues?|capacity building|defen[cs]e trade|"
    r"exhibitions|seminars)"
)
_GEN_SUCH = (
    r"\b(?:including|such as)\b[^.;]{0,70}\b(?:and|or)\s+(?:(?:joint|military|naval|air|"
    r"bilateral|combined|more)\s+)*" + _EXN + r"\b"
)
_GEN_WIDE = (
    r"\b(?:coming years|in future|going forward|recall\w*|remember\w*|had (?:held|conducted|"
    r"staged|taken part|participated)|previously)\b"
    r"|\b(?:in the past|over the years|in recent years|have been involved|had been involved|"
    r"could|would(?!\s+(?:also\s+)?(?:hold|conduct|stage|launch|begin|start|join|take part|"
    r"participate|carry out|run|take place|be held|kick off)\b)|might|pave the way|"
    r"stretch(?:es)? back|for years|for decades|each other's|"
    r"one another's|time to time)\b"
)
GENERIC = re.compile(
    r"\b"
    + _GEN_MARKERS
    + _EXN
    + r"\b|"
    + _GEN_USE
    + "|"
    + _GEN_FOR
    + "|"
    + _GEN_LIST
    + "|"
    + _GEN_SUCH
    + "|"
    + _GEN_WIDE,
    IGN,
)

_GENERIC_LC = re.compile(GENERIC.pattern)
_GEN_HEAD_LC = re.compile(_GEN_MARKERS)
_GEN_NOUN_LC = re.compile(_EXN + r"\b")
_GEN_USE_LC = re.compile(_GEN_USE)
_GEN_FOR_LC = re.compile(_GEN_FOR)
_GEN_LIST_LC = re.compile(_GEN_LIST)
_GEN_SUCH_LC = re.compile(_GEN_SUCH)
_GEN_WIDE_LC = re.compile(_GEN_WIDE)
_GEN_WIDE_SUBS = (
    "coming years",
    "in future",
    "going forward",
    "recall",
    "remember",
    "had ",
    "previously",
    "in the past",
    "over the years",
    "in recent years",
    "been involved",
    "could",
    "would",
    "might",
    "pave the way",
    "stretch",
    "for years",
    "for decades",
    "each other's",
    "one another's",
    "time to time",
)


def generic_lc(low: str, spans: list[tuple[int, int]]) -> bool:
    """``GENERIC.search`` on the lower-cased sentence whose trigger spans are ``spans``. Every
    exercise noun in GENERIC is a trigger, so the noun-governed shapes are tried only there:
    the marker read backwards from the noun, the list shape forwards; the rest only when a
    literal they need is present."""
    if any(w in low for w in _GEN_WIDE_SUBS) and _GEN_WIDE_LC.search(low):
        return True
    if "use" in low and _GEN_USE_LC.search(low):
        return True
    if "for " in low and _GEN_FOR_LC.search(low):
        return True
    if ("including" in low or "such as" in low) and _GEN_SUCH_LC.search(low):
        return True
    for s, _e in spans:
        if _GEN_LIST_LC.match(low, s):
            return True
        m = _GEN_NOUN_LC.match(low, s)
        if m is None:
            continue
        for w in _WORD_START.finditer(low, max(0, s - 80), s):
            p = w.start()
            if p == max(0, s - 80) and p and (low[p - 1].isalnum() or low[p - 1] == "_"):
                continue
            if _GEN_HEAD_LC.fullmatch(low, p, s):
                return True
    return False
