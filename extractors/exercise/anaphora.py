"""Lines that refer back to the exercise ("The exercise is scheduled from ...", "the
manoeuvres threaten nobody"): once an article is known to be about an exercise, a definite
reference to it needs no military word of its own.

Split out of fields.py.
"""

from __future__ import annotations

import re

from .triggers import SentenceEvidence, has_trigger, judge_sentence

IGN = re.IGNORECASE

_ANAPHOR = re.compile(
    r"\b(?:the|this|these|those|that|its|their|this year's)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:exercises?|drills?|manoeuvres|maneuvers|war[- ]?games?|wargames?)\b",
    IGN,
)

_ANAPHOR_LC = re.compile(_ANAPHOR.pattern)


def _resolve_anaphora(evs: list[SentenceEvidence]) -> frozenset[int]:
    """Re-judge sentences that refer back to the exercise; returns their indices."""
    found = set()
    for i, e in enumerate(evs):
        if e.military or not has_trigger(e.text):
            continue
        low = e.text.lower()
        if _ANAPHOR_LC.search(low):
            judged = judge_sentence(e.index, e.text, [], context_military=True)
            if judged.military:
                evs[i] = judged
                found.add(e.index)
    return frozenset(found)
