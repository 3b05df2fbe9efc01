"""One exercise series, many spellings: the curated alias table and its lookup.

Outlets write the same series as transliterations (Tsentr / Center), translations
(Anakonda / Anaconda), long and short forms (RIMPAC / Rim of the Pacific) and near-synonyms
(Maritime / Marine Security Belt). The detector reports `series` through `canonical_series`,
and `resolve` groups mentions by the same key, so both sides agree on what one series is.
The tables live in names.series.SERIES (canonical name, variants, strict) and
names.same_series.SAME_SERIES (one series, other names).
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from .same_series import SAME_SERIES
from .series import SERIES

_EDITION = re.compile(
    r"(?:[\s-]+(?:'?\d{2,4}(?:[-/.]\d{1,2})?[A-Za-z]?|[IVXLC]{1,6}|\d{1,2}(?:st|nd|rd|th)?|"
    # "Seawolf-1/2024": the year's first edition
    r"\d{1,2}/(?:19|20)\d\d)|"
    r"\s*[-\u2013\u2014]\s*(?:'?\d{2,4}[A-Za-z]?))+$"
)


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


@lru_cache(maxsize=1)
def _lookup() -> dict[str, str]:
    table: dict[str, str] = {}
    for canonical, variants in SAME_SERIES:
        for form in (canonical, *variants):
            table.setdefault(_key(form), canonical)
    for canonical, variants, _strict in SERIES:
        first = table.get(_key(canonical), canonical)
        for form in (canonical, *variants):
            table.setdefault(_key(form), first)
    return table


@lru_cache(maxsize=1)
def _known_keys() -> dict[str, str]:
    """Key of every spelling the table knows (10 letters or more) -> its canonical series."""
    return {key: canon for key, canon in _lookup().items() if len(key) >= 10}


@lru_cache(maxsize=4096)
def _misspelt(key: str) -> str | None:
    """The known series a long unknown key is a typo of ("southern kaitpo" -> Southern
    Katipo): one letter swapped, lost or changed, by difflib's ratio over the whole name."""
    if len(key) < 10:
        return None
    return _one_close(key, _known_keys(), 0.9)


def _one_close(key: str, table: dict[str, str], cutoff: float) -> str | None:
    """The series of the one spelling in ``table`` close to ``key`` (or of the two closest,
    when both are the same series); None when none is, or two series are."""
    close = difflib.get_close_matches(key, list(table), n=2, cutoff=cutoff)
    if len(close) == 1 or (len(close) == 2 and table[close[0]] == table[close[1]]):
        return table[close[0]]
    return None


@lru_cache(maxsize=4096)
def closest_series(spelling: str, cutoff: float = 0.8) -> str | None:
    """The known series a rough spelling comes closest to ("vostok", "ulchi fridam shild" from
    a transliteration), when one comes clearly closest; None otherwise."""
    key = _key(spelling)
    if len(key) < 5:
        return None
    table = _lookup()
    if key in table:
        return table[key]
    return _one_close(key, table, cutoff)


def canonical_series(name: object) -> str | None:
    """The table's canonical series for a series or exercise name, else the name without its
    edition ("Zapad-2021" -> "Zapad", "Red Flag-Alaska 21-02" -> "Red Flag"); None for none."""
    if not name or not isinstance(name, str):
        return None
    text = re.sub(r"^(?:the\s+)?(?:exercise|ex\.?|operation)\s+", "", name.strip(), flags=re.I)
    table = _lookup()
    for candidate in (text, _EDITION.sub("", text)):
        key = _key(candidate)
        if key in table:
            return table[key]
    bare = _EDITION.sub("", text).strip()
    return _misspelt(_key(bare)) or bare or None
