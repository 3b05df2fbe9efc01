"""A name's other forms in the same sentence, and the form names are compared in.

Split out of grammar.py: "Vostok 2022 (East 2022)", "Vostok 2022, known in English as East
2022"; and ``norm_name``, which makes "Exercise Alon" and "ALON" one name.
"""

from __future__ import annotations

import re

from ..gazetteer import find_places
from .grammar import NameHit
from .not_names import _clean, _is_generic

_PAREN = re.compile(r"^['\"\u2019\u201d]?\s*\(([A-Z][\w' -]{1,40}?)\)")


def parenthetical_alias(sentence: str, hit: NameHit) -> str | None:
    """``Vostok 2022 (East 2022)`` -> ``East 2022``; skips "(PLA)"-style expansions."""
    m = _PAREN.match(sentence[hit.end :] if hit.end <= len(sentence) else "")
    if not m:
        # the suffix may have extended past hit.end
        tail = sentence[hit.start + len(hit.surface) :]
        m = _PAREN.match(tail)
    if not m:
        return None
    alias = m.group(1).strip()
    if find_places(alias) or alias.isupper() and len(alias) <= 3:
        return None
    return alias


# "Vostok 2022, the strategic manoeuvres known in English as East 2022": a second form of the
# name given right after it.
_KNOWN_AS = re.compile(
    r"[^.;()]{0,70}?\b(?:(?:also |better |widely )?known|referred to|translated|rendered|"
    r"(?:also )?called)\s+(?:in\s+[A-Z][a-z]+\s+)?as\s+['\"]?"
    r"([A-Z][\w-]*(?:[ -](?:[A-Z][\w-]*|\d{2,4}|[IVX]{1,5}))*)"
)


def appositive_alias(sentence: str, hit: NameHit) -> str | None:
    """``Vostok 2022, ... known in English as East 2022`` -> ``East 2022``."""
    m = _KNOWN_AS.match(sentence, hit.end)
    if not m:
        return None
    alias = _clean(m.group(1))
    if not alias or find_places(alias) and _is_generic(alias):
        return None
    return alias


# "Exercise Alon", "Operation Nanook", "Arctic Challenge Exercise": the word that says what
# kind of event it is, written in front of or after the name by some outlets and not others.
_KIND_WORD = re.compile(r"^(?:exercises?|ex|operation|op|drills?) | (?:exercises?|drills?)$")


def norm_name(name: str | None) -> str:
    """Case-folded, punctuation-insensitive form used to compare names, without a leading
    or trailing "Exercise"/"Operation" (the same name whichever way an outlet wrote it)."""
    if not name:
        return ""
    folded = re.sub(r"[\W_]+", " ", name.casefold()).strip()
    return _KIND_WORD.sub("", folded).strip() or folded
