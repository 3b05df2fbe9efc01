"""Devanagari (and the Indic scripts laid out like it) to Latin letters, roughly, for matching
a name against the series table.

Hindi news writes foreign exercise names in Devanagari as they sound ("वोस्टोक" for Vostok,
"उल्ची फ्रीडम शील्ड" for Ulchi Freedom Shield). A plain letter-for-letter reading, with the
vowel a consonant carries dropped before a vowel sign, a virama and at the end of a word, is
close enough for a fuzzy match to the curated series (``closest_series``); it is not a
transliteration scheme for display.
"""

from __future__ import annotations

_CONSONANTS = {
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n", "च": "ch", "छ": "chh", "ज": "j",
    "झ": "jh", "ञ": "n", "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n", "त": "t",
    "थ": "th", "द": "d", "ध": "dh", "न": "n", "प": "p", "फ": "f", "ब": "b", "भ": "bh",
    "म": "m", "य": "y", "र": "r", "ल": "l", "व": "v", "श": "sh", "ष": "sh", "स": "s",
    "ह": "h",
}  # fmt: skip
_VOWELS = {
    "अ": "a", "आ": "a", "इ": "i", "ई": "i", "उ": "u", "ऊ": "u", "ए": "e", "ऐ": "ai",
    "ओ": "o", "औ": "au", "ऋ": "ri", "ऑ": "o",
}  # fmt: skip
# Vowel signs; "ै" is read "a", as in the English loans Hindi news spells ("पैसिफिक", Pacific).
_SIGNS = {
    "ा": "a", "ि": "i", "ी": "i", "ु": "u", "ू": "u", "ृ": "ri", "े": "e", "ै": "a",
    "ो": "o", "ौ": "au", "ॉ": "o", "ं": "n", "ँ": "n", "ः": "h",
}  # fmt: skip
_VIRAMA = "\u094d"
_NUKTA = "\u093c"


def as_devanagari(text: str) -> str:
    """Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada and Malayalam letters as the
    Devanagari letters in the same place of their Unicode block. The blocks were laid out in
    parallel (after ISCII), so "மலபார்" (Tamil) becomes "मलपार्" and reads "malapar", near
    enough to Malabar for the fuzzy match; Tamil's missing voiced letters cost a little."""
    return "".join(
        chr(0x0900 + (ord(c) - 0x0900) % 0x80) if "\u0980" <= c <= "\u0d7f" else c for c in text
    )


def to_latin(text: str) -> str:
    out: list[str] = []
    chars = [c for c in as_devanagari(text) if c != _NUKTA]
    for i, ch in enumerate(chars):
        nxt = chars[i + 1] if i + 1 < len(chars) else ""
        if ch in _CONSONANTS:
            out.append(_CONSONANTS[ch])
            if nxt and nxt not in _SIGNS and nxt != _VIRAMA and nxt in _CONSONANTS:
                out.append("a")  # the vowel a consonant carries, heard before another one
        elif ch in _VOWELS:
            out.append(_VOWELS[ch])
        elif ch in _SIGNS:
            out.append(_SIGNS[ch])
        elif ch == _VIRAMA:
            continue
        elif "\u0966" <= ch <= "\u096f":
            out.append(str(ord(ch) - 0x0966))
        else:
            out.append(ch)
    return "".join(out)
