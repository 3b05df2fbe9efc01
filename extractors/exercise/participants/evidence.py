"""What one article's sentences say about its countries: participants, observers, host
candidates with their priority, and locations. participants/grammar.py and locate.py fill it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..gazetteer import Place
from .host_shapes import _IDX

# Host candidates from "officials in X": the weakest, and kept only for a participant.
SPEAKERS_PRIORITY = 9


@dataclass(slots=True)
class CountryEvidence:
    participants: dict[str, str] = field(default_factory=dict)  # code -> sentence
    how: dict[str, str] = field(default_factory=dict)  # code -> pattern name (debugging)
    hosts: list[tuple[str, str, float]] = field(default_factory=list)  # code, sentence, priority
    locations: list[dict] = field(default_factory=list)
    observers: set[str] = field(default_factory=set)
    # Found taking part in a sentence that speaks of no observers: an observer mission named
    # elsewhere ("the head of the Indian observer mission") does not undo that.
    plain: set[str] = field(default_factory=set)
    multi_host: bool = False  # held across several countries


def _codes(span: str, places: list[Place], kinds: tuple[str, ...]) -> list[tuple[int, Place]]:
    out = []
    for m in _IDX.finditer(span):
        i = int(m.group(1))
        p = places[i]
        if p.code and p.kind in kinds:
            out.append((i, p))
    return out
