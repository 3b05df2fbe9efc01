"""Which language a page is written in, from its function words.

A page's ``<html lang>`` and its feed's configured language are often wrong (an English edition
tagged "es", a Spanish page tagged "en"), and the CLI and `eval` have no tag at all. Function
words are cheap to count and hard to fake: a text is in a language when that language's
function words outnumber English ones clearly. A short English headline has few function words
of any language, so it stays English.
"""

from __future__ import annotations

import re
from collections import Counter

from .lexicon import LEXICONS

_ENGLISH_WORDS = (
    "the of and to in a is that for on with as by was were at from has have will be this are "
    "its it an said"
)
_ENGLISH = frozenset(_ENGLISH_WORDS.split())
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# Words several languages share ("a", "e", "la", "in", "di"): counted for none of them.
_SHARED = frozenset(("a", "e", "la", "in", "o", "i", "w", "z", "to", "na", "do", "di", "se"))
_MIN_WORDS = 8  # function words of the winning language before a text counts as written in it


def text_language(title: str, text: str) -> str | None:
    """The code of the one supported non-English language the text is written in, else None
    (English, too short to tell, or a language the reader does not know)."""
    sample = (title + "\n" + text[:3000]).lower()
    words = Counter(_WORD.findall(sample))
    if not words:
        return None
    english = sum(words[w] for w in _ENGLISH)
    best, best_count = None, 0
    for code, lex in LEXICONS.items():
        count = sum(words[w] for w in lex.function_set - _SHARED)
        if count > best_count:
            best, best_count = code, count
    if best is None or best_count < _MIN_WORDS or best_count < 2 * english:
        return None
    return best
