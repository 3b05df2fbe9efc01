"""Which language a page is written in, from its function words.

A page's ``<html lang>`` and its feed's configured language are often wrong (an English edition
tagged "es", a Spanish page tagged "en"), and the CLI and `eval` have no tag at all. Function
words are cheap to count and hard to fake: a text is in a language when that language's
function words outnumber English ones clearly. A short English headline has few function words
of any language, so it stays English.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from .lexicon import LEXICONS

_ENGLISH_WORDS = (
    "the of and to in a is that for on with as by was were at from has have will be this are "
    "its it an said"
)
_ENGLISH = frozenset(_ENGLISH_WORDS.split())
# Letters, with the Indic scripts' vowel signs and Arabic's vowel marks (no digits, no dandas).
_MARKS = r"\u0900-\u0963\u0971-\u097f\u0980-\u0dff\u064b-\u065f\u0670"
_WORD = re.compile(rf"(?:[^\W\d_]|[{_MARKS}])+(?:'[^\W\d_]+)?")
_MIN_OWN = 3  # function words only the winning language has
_MIN_ALL = 6  # and all its function words, shared ones included


def _shared() -> frozenset[str]:
    """Function words of two or more languages ("de", "la", "in"): they tell no language apart."""
    seen: dict[str, int] = {}
    for lex in LEXICONS.values():
        for w in lex.function_set:
            seen[w] = seen.get(w, 0) + 1
    return frozenset(w for w, n in seen.items() if n > 1) | _ENGLISH


_SHARED = _shared()


def text_language(title: str, text: str) -> str | None:
    """The code of the one supported non-English language the text is written in, else None
    (English, too short to tell, or a language the reader does not know)."""
    sample = unicodedata.normalize("NFC", title + "\n" + text[:3000]).lower()
    words = Counter(_WORD.findall(sample))
    if not words:
        return None
    english = sum(words[w] for w in _ENGLISH)
    best, best_own, best_all = None, 0, 0
    for code, lex in LEXICONS.items():
        own = sum(words[w] for w in lex.function_set - _SHARED)
        if own > best_own:
            best, best_own = code, own
            best_all = sum(words[w] for w in lex.function_set)
    if (
        best is not None
        and best_own >= _MIN_OWN
        and best_all >= _MIN_ALL
        and best_all >= 2 * english
    ):
        return best
    # A short text ("Si è conclusa l'esercitazione navale ... della Marina Militare"): a
    # language's own exercise and military words count beside its function words.
    best, best_score = None, 0
    for code, lex in LEXICONS.items():
        own = sum(words[w] for w in lex.function_set - _SHARED)
        if not own:
            continue
        vocabulary = len(lex.pattern("exercise").findall(sample)) + len(
            lex.pattern("military").findall(sample)
        )
        score = 2 * own + vocabulary
        if vocabulary and score > best_score:
            best, best_score = code, score
    return best if best_score >= _MIN_ALL and best_score >= 3 * english else None
