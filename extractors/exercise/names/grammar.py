"""Exercise names: a lexicon of known series plus a small grammar for the rest.

Known series are matched case-sensitively with an optional edition suffix ("Malabar 2023",
"AIME-23", "Desert Flag VIII"). Unknown names are taken only from shapes that news uses for
names, always next to an exercise word: ``Exercise Pacific Vanguard``, ``exercise 'Orion'``,
``Zapad-2025 drills``, ``an exercise dubbed Northern Star``. A descriptive phrase ("annual war
game") is never a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..gazetteer import _trie_regex, find_places, word_starts
from .not_names import _clean, _is_generic
from .series import SERIES

IGN = re.IGNORECASE


# Edition suffixes: "2023", "-23", " 25-1", " 23.2", "-2024A", " VIII", " LXV", " 8", " 1403".
SUFFIX = (
    # "Cope Thunder Philippines 25-1", "Red Flag-Alaska 21-02": where, then a numbered edition.
    r"(?:(?:\s*[-\u2013]\s*|\s+)(?-i:[A-Z][a-z]+)\s+\d{2}-\d{1,2}(?![\w,.]\d)(?![\w])"
    r"|[ -]*'?(?:\d{1,4}(?:[-.]\d{1,2}(?!\d))?[A-C]?)(?![\w,.]\d)(?![\w])"
    # "AMAN (Peace) 25", "Kavkaz (Caucasus) 2020", "Komodo (MNEK) 2016": a gloss or a short
    # form between the series and its edition.
    r"|\s*\((?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|[A-Z]{2,6})\)\s*'?(?:20\d\d|\d{2})(?![\w,.]\d)(?![\w])"
    r"|\s+(?:[IVXLC]{1,7})\b|-[IVXLC]{1,7}\b)?"
)

_GLOSS = re.compile(r"\s*\([^)]*\)\s*")


_EX_WORD = (
    r"(?:[Ee]xercises?|EXERCISES?|[Dd]rills?|[Ww]ar[- ]?games?|[Ww]argames?|[Mm]anoeuvres?|"
    r"[Mm]aneuvers?)"
)


@dataclass(frozen=True, slots=True)
class NameHit:
    """A name occurrence: ``surface`` as it should be reported, ``series`` without edition."""

    start: int
    end: int
    surface: str
    series: str
    known: bool
    strict: bool


@lru_cache(maxsize=1)
def _series_table() -> dict[str, tuple[str, bool]]:
    table: dict[str, tuple[str, bool]] = {}
    for canonical, variants, strict in SERIES:
        for form in (canonical, *variants):
            table.setdefault(form, (canonical, strict))
    return table


@lru_cache(maxsize=1)
def _series_regex() -> re.Pattern[str]:
    words = sorted(_series_table())
    # The "(?<![\w-])" check is done by word_starts(): see gazetteer._regex.
    return re.compile(r"(" + _trie_regex(words) + r")(?![\w])" + "(" + SUFFIX + ")")


_QUOTED = re.compile(r"['\"]([A-Z][\w-]*(?:[ -]+[A-Za-z0-9][\w-]*){0,3})['\"]")
_NAMED_EX = re.compile(
    r"\b(?:Exercise|Ex|EXERCISE|Exercises)\.?\s+['\"]?([A-Z][\w-]*(?:[ -](?:[A-Z][\w-]*|of|the|"
    r"\d{2,4}|[IVX]{1,5}))*)"
)
# "dubbed "Guardians of the Nile"", "called Guardian of the South-2": "of (the)" between
# capitalised words stays inside the name.
_DUBBED = re.compile(
    r"\b(?:named|called|dubbed|code-?named|titled|entitled|christened|codenamed|known as)\s+"
    r"['\"]?"
    r"([A-Z][\w-]*(?:[ -](?:[A-Z][\w-]*|\d{2,4})| of(?: the)? (?=[A-Z])[A-Z][\w-]*)*)"
)
# "deploy ... for Bushido Guardian 23": a two-word capitalised name with an edition number.
_FOR_NAME = re.compile(
    r"\b(?:for|in|during|at|join|joined|joins|joining|of)\s+(?:the\s+)?"
    r"([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}[ -]'?(?:20\d\d|\d{2})(?:[-.]\d)?)\b(?![,.]?\d)"
)
# "Griffin Rise 2015", and editions numbered within the year: "Emerald Warrior 25.2",
# "Agile Flag 23-1", "Seawolf-1/2024".
_YEAR_NAME = re.compile(
    # "Al-Mohed-Al-Hindi-23": an Arabic article before the first word is part of the name.
    # "Spears of Victory 2026", "Shield of the Union 2023": "of (the)" inside the name.
    r"\b((?:(?:Al|El|Ad|Ar|As)-)?[A-Z][a-zA-Z]+(?:(?:[ -]| of | of the )[A-Z][a-zA-Z]+){0,2})"
    r"[ -]'?(20\d\d|\d{2}(?:[.-]\d{1,2})?|\d{1,2}/20\d\d)\b(?![,.]?\d)"
    # "a 30-nation exercise": a count, not an edition
    r"(?!-(?:nation|country|member|day|week|month|strong)s?\b)"
)
# "the Viekaren exercise", "the annual Sampriti drills", "launch 25th Cope Tiger exercise": a
# proper name in prose right before an exercise word.
_BEFORE_EX = re.compile(
    r"\b(?:[Tt]he|a|an|its|their|annual|biennial|\d{1,3}(?:st|nd|rd|th))\s+"
    # "the two-week Granite Gate exercise", "this year's week-long Sea Lance drills"
    r"(?:(?:\w+-(?:day|week|month)(?:-long)?|weeklong|annual|biennial|large-scale|latest|"
    r"upcoming|yearly)\s+)?"
    # "its Sea Lance naval drill": a three-letter word opens a two-word name
    r"([A-Z][a-z]{3,}(?:[ -][A-Z][a-z]{2,})?|[A-Z][a-z]{2}[ -][A-Z][a-z]{2,}|"
    # "the 25th annual COPE Tiger exercise": a capitalised word after an all-caps one
    r"[A-Z]{3,}[ -][A-Z][a-z]{2,})\s+"
    r"(?:(?:naval|military|joint|air|army|bilateral|combined|field|operational|operative|"
    r"strategic|tactical|command-staff)\s+)?"
    # "the 10th annual Emerald Warrior Exercise": the word capitalised as part of the name
    r"(?:exercises?|drills?|war ?games?|wargames?|Exercises?)\b"
    # "the Chebarkul drill site": where, not which
    r"(?!\s+(?:sites?|grounds?|ranges?|areas?|zones?|fields?|cent(?:er|re)s?|season|schedule))"
)
# "a Revolutionary Guard military exercise", "the Coast Guard drills": whose, not which.
_FORCE_WORD = re.compile(
    r"\b(?:Guards?|Army|Navy|Corps|Forces?|Command|Fleet|Brigade|Division|Ministry|Police|"
    r"Militia|Pentagon|Kremlin)\b"
)
_NEAR_EX = re.compile(_EX_WORD)
_ADJ = r"(?:joint|military|naval|air|bilateral|trilateral|multilateral|army|maritime|combined|"
_ADJ += r"field|live-fire|firing|tactical|training|Joint|Military|Naval|Air|Army|Maritime)"
_QUOTE_LEFT = re.compile(
    r"(?:\b(?:Exercise|Ex)\.?|(?:" + _EX_WORD + r"|(?:joint|military|naval|army|air)"
    r"(?: naval| military| air| maritime| army)? training)"
    r"(?:,?\s*(?:code-?named|named|called|dubbed|titled|entitled))?),?\s*$"
)
_QUOTE_RIGHT = re.compile(r"\s*(?:" + _ADJ + r"\s+){0,2}" + _EX_WORD + r"\b")


def _near_exercise_word(sentence: str, start: int, end: int, window: int = 40) -> bool:
    left = sentence[max(0, start - window) : start]
    right = sentence[end : end + window]
    return bool(_NEAR_EX.search(left) or _NEAR_EX.search(right))


# "this year's Malabar", "the annual Freedom Shield": a series word used as a proper name.
_NAME_CUE = re.compile(
    r"(?:\b(?:this|last|next) year's|\bthe (?:annual|biennial|latest|\d+(?:st|nd|rd|th)) "
    r"(?:edition of )?)\s*$",
    IGN,
)
_ROMAN_OR_DASH_NUM = re.compile(r"^(?:-\d{1,2}|-[IVXLC]{1,7}|\s+[IVXLC]{2,7})$")


def promoted(sentence: str, start: int, suffix: str) -> bool:
    """A non-distinctive series counts as a name on its own when it carries an edition number
    written as names are ("Shaheen-IX", "Aman-25") or follows a naming cue."""
    if suffix and _ROMAN_OR_DASH_NUM.match(suffix):
        return True
    return _NAME_CUE.search(sentence[max(0, start - 40) : start]) is not None


_TWO_DIGITS = re.compile(r"\d\d")
# The word before a series that is also a common word: "Indian Ocean", "Northern Shield".
_IN_PLACE_NAME = re.compile(r"([A-Z][\w-]+)\s+$")
_SERIES_GLUE = re.compile(r"[\w-]")
# A capitalised word (not an exercise word, article or possessive) right before a series word
# makes it part of another proper name: "Air Operations Centre", "Fleet Training Center".
_FACILITY_WORD = re.compile(
    r"(?<![\w'])(?!(?:Exercise|Exercises|Operation|Ex|The|This|That|Next|Last|Annual|A|An)\s)"
    r"[A-Z][a-z]+\s+$"
)
_DUB_WORDS = ("named", "called", "dubbed", "code", "titled", "entitled", "christened", "known as")


_EDITION_END = re.compile(r"[ -]*'?(?:(?:\d{1,2}/)?\d{2,4}(?:[.-]\d{1,2})?|[IVX]{1,5})$")


# A one-word series followed by another capitalised word that is no part of an exercise name:
# a company, a town or a team ("Dragon Oil", "Thunder Bay"), not the exercise.
_OTHER_PROPER_NOUN = re.compile(
    r" (?!(?:Exercise|Exercises|Drill|Drills|Series|Phase|Edition|I|II|III|IV|V)\b)"
    r"(?:Oil|Gas|Energy|Bay|City|Group|Corp|Corporation|Inc|Ltd|Holdings|Airlines|Air|Bank|"
    r"Capital|Motors|Technologies|Systems|Resources|Petroleum|Mining|Media|Club|FC|United)\b"
)


def _only_whose(prefix: str) -> bool:
    """Whether ``prefix`` is only a state's name or demonym ("Turkish ", "the US ")."""
    words = re.sub(r"^(?:the|The|THE)\s+", "", prefix.strip())
    if not words:
        return False
    places = find_places(words)
    return (
        len(places) == 1
        and places[0].code is not None
        and places[0].kind in ("name", "demonym")
        and places[0].start == 0
        and places[0].end == len(words)
    )


def _without_state(name: str) -> str:
    """ "Algeria Desert Shield 2022" (from "Russia-Algeria Desert Shield 2022") -> "Desert
    Shield 2022": a state's name before a name of two words or more is whose it is. A
    one-word name keeps it ("Italian Blade")."""
    first, _, rest = name.partition(" ")
    words = re.sub(_EDITION_END, "", rest).split()
    if len(words) >= 2 and _only_whose(first):
        pair = f"{first} {words[0]}"
        if any(p.start == 0 and p.end == len(pair) for p in find_places(pair)):
            return name  # "Indian Ocean Shield": the state's word is part of a place
        return rest
    return name


def find_names(sentence: str, has_trigger: bool) -> list[NameHit]:
    """Name occurrences in one sentence. Loose grammar applies only when ``has_trigger``."""
    hits: list[NameHit] = []
    taken: list[tuple[int, int]] = []
    table = _series_table()
    # Cheap gates: each grammar shape below needs a literal the sentence may not have.
    has_digits = _TWO_DIGITS.search(sentence) is not None
    for m in word_starts(_series_regex(), sentence, _SERIES_GLUE):
        base, suffix = m.group(1), m.group(2) or ""
        canonical, strict = table[base]
        if not strict and promoted(sentence, m.start(), suffix):
            strict = True
        if not strict and _IN_PLACE_NAME.search(sentence, max(0, m.start() - 20), m.start()):
            before = _IN_PLACE_NAME.search(sentence, max(0, m.start() - 20), m.start())
            whole = f"{before.group(1)} {base}" if before else base
            if any(p.kind in ("sea", "region", "area") for p in find_places(whole)):
                continue  # "the Indian Ocean" is no edition of the Ocean exercise
        if (
            not strict
            and not suffix
            and _FACILITY_WORD.search(sentence, max(0, m.start() - 30), m.start())
        ):
            continue  # "the Combined Air Operations Centre": a place named with the word
        if not strict and not suffix and _OTHER_PROPER_NOUN.match(sentence, m.end()):
            continue  # "Dragon Oil", "Thunder Bay": a word of another proper name
        if not strict:
            quoted = m.start() > 0 and sentence[m.start() - 1] in "'\""
            if not has_trigger or not (
                suffix or quoted or _near_exercise_word(sentence, m.start(), m.end(), 25)
            ):
                continue
        # "Kavkaz (Caucasus) 2020": the gloss is a translation, not part of the name.
        surface = (_GLOSS.sub(" ", base + suffix) if "(" in suffix else base + suffix).strip()
        hits.append(NameHit(m.start(), m.end(), surface, canonical, True, strict))
        taken.append((m.start(), m.end()))
    if not has_trigger:
        for m in _FOR_NAME.finditer(sentence) if has_digits else ():
            name = m.group(1)
            if not _is_generic(name):
                series = re.sub(r"[ -]*'?\d[\d.-]*$", "", name).strip()
                if not _is_generic(series):
                    hits.append(NameHit(m.start(1), m.end(1), name, series, False, False))
        return hits

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    candidates: list[tuple[int, int, str]] = []
    for m in _NAMED_EX.finditer(sentence) if "Ex" in sentence or "EX" in sentence else ():
        s, e = m.start(1), m.end(1)
        # "Exercise SEA DRAGON 2021": the words after "Exercise" are the name, longer than the
        # known series "Dragon" inside them.
        inner = [h for h in hits if s < h.start and h.end <= e and h.known and not h.strict]
        if inner and not _is_generic(_clean(m.group(1))):
            hits = [h for h in hits if h not in inner]
            taken = [(a, b) for a, b in taken if not (s < a and b <= e)]
        candidates.append((s, e, m.group(1)))
    for m in _DUBBED.finditer(sentence) if any(w in sentence for w in _DUB_WORDS) else ():
        if _near_exercise_word(sentence, m.start(), m.end(), 60):
            candidates.append((m.start(1), m.end(1), m.group(1)))
    for m in _QUOTED.finditer(sentence) if "'" in sentence or '"' in sentence else ():
        if _QUOTE_LEFT.search(sentence[max(0, m.start() - 40) : m.start()]) or _QUOTE_RIGHT.match(
            sentence, m.end()
        ):
            candidates.append((m.start(1), m.end(1), m.group(1)))
    for m in _BEFORE_EX.finditer(sentence):
        if not _FORCE_WORD.search(m.group(1)):
            candidates.append((m.start(1), m.end(1), m.group(1)))
    for m in _YEAR_NAME.finditer(sentence) if has_digits else ():
        # "Exercises In 2021 Due To COVID-19": cut at "To", the number that made it a name
        # is gone, and "Due" is no name.
        if _near_exercise_word(sentence, m.start(), m.end(), 40) and _clean(m.group(0)).endswith(
            m.group(2)
        ):
            candidates.append((m.start(), m.end(), m.group(0)))
    for s, e, raw in candidates:
        name = _without_state(_clean(raw))
        if not name or _is_generic(name) or len(name) < 3:
            continue
        series = re.sub(_EDITION_END, "", name).strip() or name
        if _is_generic(series):
            continue
        # "named Dragon Pioneer 2016", "'North Thunder'", "Griffin Rise 2015": a name told as
        # such is longer than the one-word known series ("Dragon", "Thunder") it starts or ends
        # with, and is another exercise.
        inner = [
            h
            for h in hits
            if s <= h.start
            and h.end <= e
            and h.known
            and not h.strict
            and len(series) > len(h.series) + 2
            and h.series.casefold() in series.casefold()
        ]
        if inner and all(_only_whose(sentence[s : h.start]) for h in inner):
            continue  # "Turkish EFES-2024": the series, with whose it is in front
        if inner:
            hits = [h for h in hits if h not in inner]
            taken = [(a, b) for a, b in taken if not any((a, b) == (h.start, h.end) for h in inner)]
        if not free(s, e):
            continue
        hits.append(NameHit(s, e, name, series, False, False))
        taken.append((s, e))
    hits.sort(key=lambda h: h.start)
    return hits
