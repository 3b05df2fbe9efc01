"""A sentence as the participant shapes read it: every gazetteer mention a ``§i§`` placeholder.

Split out of grammar.py. "North and South Korea" is spelt out as two names first, and photo
credits and bylines are blanked (to spaces of their own length, so offsets hold) before the
places are found: a credit names who took the picture, not who took part.
"""

from __future__ import annotations

import re

from ..gazetteer import Place, find_places
from .around import _BOTH_KOREAS


def _mask(sentence: str, places: list[Place]) -> tuple[str, list[Place]]:
    parts: list[str] = []
    pos = 0
    for i, p in enumerate(places):
        parts.append(sentence[pos : p.start])
        parts.append(f"§{i}§")
        pos = p.end
    parts.append(sentence[pos:])
    return "".join(parts), places


PARTICIPANT_KINDS = ("name", "demonym", "force", "prefix")


def _both_koreas(m: re.Match[str]) -> str:
    noun = "Korea" if m.group(3).startswith("Korea") and m.group(3) != "Korean" else "Korean"
    return f"{m.group(1)} {noun} and {m.group(2)} {noun}"


# "(U.S. Navy photo by Mass Communication Specialist ...)": a credit names who took the
# picture, not who took part.
_CREDIT = re.compile(
    r"\([^()]{0,60}?\b(?:photos?|videos?|images?|graphics?|illustrations?)\s+(?:by|courtesy)\b"
    r"[^()]{0,160}\)?|^\s*(?:[\w.'-]+\s+){1,4}?(?:photo|video|image)\s+by\b[^().;]{0,120}|"
    # a byline: "Story by U.S. Army Sgt. 1st Class ..."
    r"^\s*(?:story|article|text|words|report|written|posted|compiled)\s+by\b[^().;]{0,120}",
    re.IGNORECASE,
)


def _places(sentence: str) -> list[Place]:
    """The sentence's places as the shapes read them (both Koreas spelt out), credits left out.

    A credit is blanked to spaces of its own length, so offsets still match the sentence."""
    reading = _BOTH_KOREAS.sub(_both_koreas, sentence)
    if "by" in reading:
        reading = _CREDIT.sub(lambda m: " " * len(m.group(0)), reading)
    places = find_places(reading)
    if "Soviet" in reading:
        # "four other ex-Soviet states", "former Soviet republics": states once Soviet, not
        # Russia.
        places = [
            p
            for p in places
            if not (p.text == "Soviet" and _ONCE.search(reading, max(0, p.start - 8), p.start))
        ]
    return places


_ONCE = re.compile(r"(?:ex-|former |post-|post |non-)$", re.IGNORECASE)
