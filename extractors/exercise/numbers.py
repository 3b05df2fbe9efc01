"""Force sizes: troops, aircraft, ships and vehicles/equipment, with their qualifier.

Only the first figure per class in exercise sentences is kept: news copy states the headline
size first ("more than 50,000 troops") and breaks it down later ("including 140 planes").
"""

from __future__ import annotations

import re

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
    r"reservists|conscripts|infantrymen|commandos|special forces|military staff",
    "aircraft": r"aircraft|planes|airplanes|aeroplanes|warplanes|jets|fighter jets|fighters|"
    r"helicopters|choppers|bombers|aviation units|drones|UAVs|sorties",
    "ships": r"ships|warships|vessels|naval vessels|boats|submarines|frigates|destroyers|"
    r"surface ships|combat ships|corvettes",
    "vehicles": r"vehicles|tanks|armou?red vehicles|weapons? units|weaponry units|units of "
    r"(?:military |combat )?(?:equipment|weaponry|hardware|weapons)|pieces of "
    r"(?:military )?(?:equipment|hardware)|military hardware|artillery pieces|"
    r"armou?red personnel carriers|howitzers|launchers|weapons systems|"
    r"military equipment|combat vehicles",
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


def find_counts(sentence: str) -> dict[str, tuple[int, str]]:
    """``{"troops": (50000, "more than"), ...}`` for the first figure of each class."""
    out: dict[str, tuple[int, str]] = {}
    for m in COUNT.finditer(sentence):
        value = _value(m)
        if value is None or value <= 0:
            continue
        digits = m.group(2)
        if digits and re.fullmatch(r"(19|20)\d\d", digits) and not m.group(3):
            continue  # a year, not a count
        cls = next(k for k in _CLASSES if m.group(k))
        if cls in out:
            continue
        qual = _QUAL.get((m.group("qual") or "").lower(), "exact")
        out[cls] = (value, qual)
    for m in SHIP_FLEET.finditer(sentence):
        tok, noun = m.group(1).lower(), m.group(2).lower()
        value = int(tok) if tok.isdigit() else _WORDS.get(tok)
        cls = "ships" if noun in ("ship", "vessel") else "aircraft"
        if value and cls not in out:
            out[cls] = (value, "exact")
    return out
