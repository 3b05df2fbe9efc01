"""Force sizes: troops, aircraft, ships and vehicles/equipment, with their qualifier.

Only the first figure per class in exercise sentences is kept: news copy states the headline
size first ("more than 50,000 troops") and breaks it down later ("including 140 planes").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a hundred": 100,
    "hundred": 100,
    "dozens": 24,
    "a dozen": 12,
    "dozen": 12,
    "hundreds": 200,
    "thousands": 2000,
}
_MULT = {"thousand": 1_000, "million": 1_000_000, "lakh": 100_000, "k": 1_000}

_QUAL = {
    "more than": "more than",
    "over": "more than",
    "in excess of": "more than",
    "upwards of": "more than",
    "at least": "at least",
    "no fewer than": "at least",
    "about": "about",
    "around": "about",
    "some": "about",
    "nearly": "about",
    "almost": "about",
    "approximately": "about",
    "roughly": "about",
    "close to": "about",
    "an estimated": "about",
    "estimated": "about",
    "up to": "up to",
    "as many as": "up to",
    "less than": "less than",
    "fewer than": "less than",
    "under": "less than",
}

_NUM = (
    r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(thousand|million|lakh|k)\b)?"
    r"|\b(" + "|".join(sorted((re.escape(w) for w in _WORDS), key=len, reverse=True)) + r")"
    r"(?:[\s-]+(thousand))?"
)

_CLASSES: dict[str, str] = {
    "troops": r"troops|soldiers|servicem[ae]n|service ?members|service personnel|"
    r"military personnel|personnel|sailors|marines|airmen|paratroopers|"
    r"reservists|conscripts|infantrymen|commandos|special forces|military staff|"
    r"members of the (?:armed forces|military)|(?:armed )?forces members",
    "aircraft": r"aircraft|planes|airplanes|aeroplanes|warplanes|jets|fighter jets|fighters|"
    r"helicopters|choppers|bombers|aviation units|drones|uavs|sorties",
    "ships": r"ships|warships|vessels|naval vessels|boats|submarines|frigates|destroyers|"
    r"surface ships|combat ships|corvettes",
    "vehicles": r"vehicles|tanks|armou?red vehicles|weapons? units|weaponry units|units of "
    r"(?:military |combat )?(?:equipment|weaponry|hardware|weapons)|pieces of "
    r"(?:military )?(?:equipment|hardware)|military hardware|artillery pieces|"
    r"armou?red personnel carriers|howitzers|launchers|weapons systems|"
    r"military equipment|combat vehicles|artillery systems|armou?red vehicles",
}
_CLASS_RE = "|".join(f"(?P<{k}>{v})" for k, v in _CLASSES.items())

COUNT = re.compile(
    r"(?:\b(?P<qual>"
    + "|".join(sorted(map(re.escape, _QUAL), key=len, reverse=True))
    + r")\s+)?(?:"
    + _NUM
    + r")\s+(?:(?!and\b|or\b|of\s+them)[A-Za-z][\w-]*\s+){0,2}?(?:"
    + _CLASS_RE
    + r")\b",
    re.IGNORECASE,
)
# "an eight-ship fleet", "a 12-ship flotilla"
SHIP_FLEET = re.compile(
    r"\b(\d+|" + "|".join(k for k in _WORDS if " " not in k) + r")-(ship|vessel|aircraft|jet)\b",
    re.IGNORECASE,
)


def _value(m: re.Match[str]) -> int | None:
    digits, mult, word, wmult = m.group(2), m.group(3), m.group(4), m.group(5)
    if digits:
        value = float(digits.replace(",", ""))
        if mult:
            value *= _MULT[mult.lower()]
    elif word:
        value = _WORDS[word.lower()]
        if wmult:
            value *= 1000
    else:
        return None
    return int(value)


# COUNT and SHIP_FLEET are written in lower case, so they also run case-sensitively on the
# lower-cased sentence (IGNORECASE makes ``re`` several times slower); a sentence with no digit
# and no number word is skipped outright.
_DIGIT = re.compile(r"\d")
_NUMBER_WORDS = frozenset(w for k in _WORDS for w in k.split() if w != "a")
_WORD = re.compile(r"[a-z]+")


# COUNT without its qualifier (an empty group keeps the numbering), matched only where a number
# starts; the qualifier is read from the words just before. An anchored match at a few positions
# instead of a scan of every position of the sentence.
_TAIL = re.compile(
    r"(?P<qual>)(?:"
    + _NUM
    + r")\s+(?:(?!and\b|or\b|of\s+them)[A-Za-z][\w-]*\s+){0,2}?(?:"
    + _CLASS_RE
    + r")\b"
)
_QUALS = sorted(_QUAL, key=len, reverse=True)
_GLUE = re.compile(r"\w")


_WORD_AT: dict[str, re.Pattern[str]] = {
    w: re.compile(r"\b" + w + r"\b") for w in _NUMBER_WORDS | {"a dozen", "a hundred"}
}


def _number_starts(low: str, words: set[str] | frozenset[str]) -> list[int]:
    """Where a figure can start: every digit, and each number word present (``words``)."""
    starts = [m.start() for m in _DIGIT.finditer(low)]
    for w in words:
        starts.extend(m.start() for m in _WORD_AT[w].finditer(low))
    if "dozen" in words or "hundred" in words:
        for w in ("a dozen", "a hundred"):
            starts.extend(m.start() for m in _WORD_AT[w].finditer(low))
    return sorted(set(starts))


def _count_matches(
    low: str, words: set[str] | frozenset[str] | None = None
) -> Iterator[tuple[re.Match[str], int, str]]:
    """Same matches as ``COUNT.finditer`` on the lower-cased sentence: (match of the figure
    and noun, start including the qualifier, qualifier or "")."""
    pos = 0
    if words is None:
        words = _NUMBER_WORDS.intersection(_WORD.findall(low))
    for q in _number_starts(low, words):
        if q < pos:
            continue
        m = _TAIL.match(low, q)
        if m is None:
            continue
        start, qual = q, ""
        left = low[max(pos, q - 25) : q]
        stripped = left.rstrip()
        if len(stripped) < len(left):
            for cand in _QUALS:
                if stripped.endswith(cand):
                    p = q - (len(left) - len(stripped)) - len(cand)
                    if p >= pos and not (p and _GLUE.match(low, p - 1)):
                        start, qual = p, cand
                        break
        yield m, start, qual
        pos = m.end()


def find_counts(sentence: str) -> dict[str, tuple[int, str]]:
    """``{"troops": (50000, "more than"), ...}`` for the first figure of each class."""
    out: dict[str, tuple[int, str]] = {}
    low = sentence.lower()
    words = _NUMBER_WORDS.intersection(_WORD.findall(low))
    if not words and not _DIGIT.search(low):
        return out
    if len(low) == len(sentence):
        text, found = low, list(_count_matches(low, words))
    else:
        text = sentence
        found = [(m, m.start(), m.group("qual") or "") for m in COUNT.finditer(sentence)]
    for m, _start, qual_word in found:
        value = _value(m)
        if value is None or value <= 0:
            continue
        digits = m.group(2)
        if digits and re.fullmatch(r"(19|20)\d\d", digits) and not m.group(3):
            continue  # a year, not a count
        cls = next(k for k in _CLASSES if m.group(k))
        if cls in out:
            continue
        qual = _QUAL.get(qual_word.lower(), "exact")
        out[cls] = (value, qual)
    fleet = "-" in text and any(w in text for w in ("-ship", "-vessel", "-aircraft", "-jet"))
    for m in SHIP_FLEET.finditer(text) if fleet else ():
        tok, noun = m.group(1).lower(), m.group(2).lower()
        value = int(tok) if tok.isdigit() else _WORDS.get(tok)
        cls = "ships" if noun in ("ship", "vessel") else "aircraft"
        if value and cls not in out:
            out[cls] = (value, "exact")
    return out
