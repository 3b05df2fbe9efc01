"""An exercise's name in another language: quoted, after a "called" word, or a known series.

Split out of foreign/fields.py, which reads the other fields. Names come first because the
parties, days and phase are read from the sentences that name or tell the exercise.
"""

from __future__ import annotations

import difflib
import re

from ..gazetteer import find_places
from ..names import NameHit, canonical_series, find_names
from ..names.aliases import closest_series
from .countries import find_countries
from .lexicon import WORD, Lexicon
from .reading import Reading
from .transliterate import to_latin

# A name in quotes, each kind of quote closed by its own mate, so that an apostrophe inside
# ("Scudo dell'Unione-2023") stays in the name.
_QUOTED = (
    r"(\"[^\"\n]{2,60}?\"|“[^”“\n]{2,60}?[”“]|«[^»\n]{2,60}?»|„[^“”\n]{2,60}?[“”]|"
    r"'[^'\n]{2,60}?'(?![\w])|‘[^’\n]{2,60}?’)"
)
_CAPITALISED = (
    r"((?:[A-ZÀ-ÖØ-Þ][\w'’-]*|[A-Z]{2,})(?:(?:\s+(?:(?:de|del|da|do|dos|das|di|della|du|des|of|the|"
    r"la|el|y|e)\s+)?|\s+(?:dell|dall|d)['’])(?:[A-ZÀ-ÖØ-Þ][\w'’-]*|[A-Z]{2,}))*)"
)
_EDITION = r"(?:[\s-]*(?:(?:19|20)\d\d|\d{2}(?:[-/]\d{1,2})?|[IVXL]{1,6})(?![\w]))?"
# Words capitalised at a name's place that are not a name: forces, bodies, places' words.
_NOT_NAME = re.compile(
    r"^(?:OTAN|NATO|ONU|UE|EU|Marina|Armada|Ejército|Exército|Esercito|Armée|Fuerza|Força|"
    r"Forze|Forces?|Ministerio|Ministério|Ministero|Ministère|Comando|Commando|Defensa|Defesa|"
    r"Difesa|Défense|Bundeswehr|TNI|Marinha|Estado|Stati?|État|Mar|Mer|Mare|Golfo|Golfe|"
    r"Este|Oeste|Norte|Sur|Sud|Nord|Ost|West|El|La|Los|Las|Le|Les|Il|Lo|Der|Die|Das|En|In)$"
)


def _called_pattern(lex: Lexicon) -> re.Pattern[str]:
    ex = "|".join(lex.exercise + lex.military_exercise)
    called = "|".join(lex.called)
    # "ejercicio cívico militar denominado "Escudo Bolivariano"", "esercitazione, chiamata
    # "Erdik"", "Exercício Forças Silenciosas 2021", "ćwiczenia pod nazwą Zapad-2025". Only the
    # words around the name ignore case: the name itself must be capitalised. Words between the
    # exercise word and the name ("naval en el mar Caribe") need a word that calls it a name.
    return re.compile(
        rf"(?<![{WORD}])(?i:{ex})(?:"
        rf"(?:(?:[\s,]+(?:[a-zà-ÿ][\w-]*)){{0,5}}?[\s,]+(?i:{called})[\s:]+|[\s,:]+)"
        rf"(?:{_QUOTED}|{_CAPITALISED}(?=[\s,.;:)(]|$))"
        rf"|(?:[\s,]+(?:[a-zà-ÿ][\w-]*)){{1,3}}?[\s,]+{_QUOTED})({_EDITION})"
    )


def _name_is(lex: Lexicon) -> re.Pattern[str]:
    """A quoted name said to be an exercise: ""Scudo bolivariano" è una esercitazione", and in
    a language that names before the noun, a quoted name before it ("'X 2025' युद्धाभ्यास")."""
    ex = "|".join(lex.exercise + lex.military_exercise)
    called = "|".join(lex.called)
    before = rf"|\s+(?:(?:{called})\s+)?(?:[{WORD}-]+\s+){{0,3}}?" if lex.names_before else ""
    return re.compile(
        rf"{_QUOTED}(?:\s+(?:è|es|é|est|ist|jest|adalah|was|is)\s+(?:[\w-]+\s+){{0,3}}?{before})"
        rf"(?i:{ex})"
    )


_CALLED_CACHE: dict[str, re.Pattern[str]] = {}
_NAME_IS_CACHE: dict[str, re.Pattern[str]] = {}


def _clean_name(raw: str, edition: str, sentence: str, lex: Lexicon) -> str | None:
    name = raw.strip(" ,.;:-")
    # "'এক্সারসাইজ সেফ গার্ড-২০২৪'" (Exercise Safe Guard-2024): the exercise word written into
    # the quoted name is not part of it, as "Exercise" is not in English.
    lead = lex.pattern("exercise").match(name)
    if lead and lead.end() < len(name) and not name[lead.end() :].startswith("-"):
        name = name[lead.end() :].strip(" ,.;:-")
    if not name or name[0].islower():
        return None  # a name is capitalised, in scripts that have capitals
    words = name.split()
    if _NOT_NAME.match(words[0]) or len(words) > 6:
        return None
    places = find_countries(name, lex.code) or find_places(name)
    if places and places[0].start == 0 and places[-1].end >= len(name) - 1:
        return None  # a place ("mar Caribe", "Amazônia"), not a name
    return (name + edition.rstrip()).strip() if edition.strip() else name


_HAS_EDITION = re.compile(r"\d|\b[IVXL]{1,6}$")


def exercise_name(reading: Reading) -> tuple[str | None, int | None]:
    """The name the text gives most often among those it gives the exercise: a known series
    (with its edition when written), a name after the exercise word, or a code word with its
    edition in the headline. Counting keeps another drill the text compares it with ("coincidiu
    com o exercício UNITAS LXII") from taking the name."""
    candidates: list[tuple[str, str, int]] = []  # (surface, what to count, sentence)
    known: set[str] = set()
    spellings: dict[str, set[str]] = {}  # "Garuda Shield": {"Super Garuda Shield", ...}
    for i in reading.about:
        for hit in reading.known.get(i, []):
            key = canonical_series(hit.series) or hit.series
            candidates.append((hit.surface, key, i))
            known.add(key)
            spellings.setdefault(key, set()).add(hit.series)
    lex = reading.lex
    pat = _CALLED_CACHE.get(lex.code) or _CALLED_CACHE.setdefault(lex.code, _called_pattern(lex))
    named = _NAME_IS_CACHE.get(lex.code) or _NAME_IS_CACHE.setdefault(lex.code, _name_is(lex))
    for i in reading.about:
        s = reading.sentences[i]
        for m in pat.finditer(s):
            quoted = m.group(1) or m.group(3)
            raw = quoted[1:-1].strip() if quoted else m.group(2)
            name = _clean_name(raw or "", m.group(4) or "", s, lex)
            if name:
                candidates.append((name, _EDITION_TAIL.sub("", name), i))
        for m in named.finditer(s):
            name = _clean_name(m.group(1)[1:-1].strip(), "", s, lex)
            if name:
                candidates.append((name, _EDITION_TAIL.sub("", name), i))
    if reading.sentences:
        for m in _CODE_WORD_EDITION.finditer(reading.sentences[0]):
            candidates.append((m.group(0), m.group(1), 0))
    if not candidates:
        return None, None
    text = "\n".join(reading.sentences).casefold()
    # A series from the curated table counts double: it is a name for sure, while capitalised
    # words after an exercise word may be a description ("Eksesais Gabungan Bersama").
    counts = {
        key: max(text.count(form.casefold()) for form in spellings.get(key, {key}))
        * (2 if key in known else 1)
        for _s, key, _i in candidates
    }
    top = max(counts.values())
    key = next(k for _s, k, _i in candidates if counts[k] == top)
    same = [(surface, i) for surface, k, i in candidates if k == key]
    with_edition = [c for c in same if _HAS_EDITION.search(c[0])]
    # The spelling the text uses most, the fullest one ("Super Garuda Shield 2023") on a tie.
    return max(with_edition or same, key=lambda c: (text.count(c[0].casefold()), len(c[0])))


# "SIFOREX 2021" in a headline: a code word in capitals with its year.
_CODE_WORD_EDITION = re.compile(
    r"(?<![\w-])(?![IVXLC]+[\s-])([A-Z]{4,})[\s-]+(?:19|20)\d\d(?![\w])"
)
_EDITION_TAIL = re.compile(r"[\s-]*(?:(?:19|20)\d\d|\d{2}(?:[-/]\d{1,2})?|[IVXL]{1,6})$")


def known_names(sentence: str, lex: Lexicon | None = None) -> list[NameHit]:
    """Series from the curated table: their names cross languages ("Cobra Gold", "Zapad"),
    and in Devanagari they are matched by their sound ("गगन शक्ति 2024 के ज़रिए")."""
    hits = [h for h in find_names(sentence, has_trigger=True) if h.known]
    if lex is not None and lex.names_before and not hits:
        hits = _sounded_names(sentence, lex)
    return hits


# A run of one to four words in an Indic script, then an edition or an exercise word.
_INDIC = r"\u0900-\u0963\u0971-\u097f\u0980-\u0d7f"
_DEVANAGARI_RUN = re.compile(
    rf"(?<![{_INDIC}])((?:[{_INDIC}]+ ){{0,3}}[{_INDIC}]+)(?:[\s-]*(\d{{2,4}})(?!\d))?"
)


def _sounded_names(sentence: str, lex: Lexicon) -> list[NameHit]:
    exercise = lex.pattern("exercise")
    out: list[NameHit] = []
    for m in _DEVANAGARI_RUN.finditer(sentence):
        words = m.group(1).split()
        tail = sentence[m.end() : m.end() + 20]
        if not (m.group(2) or exercise.match(tail.lstrip())):
            continue
        # The run of words ending here that sounds most like a known series ("गगन शक्ति" is
        # Gagan Shakti, not Shakti, and "तक गगन शक्ति" is no closer); the longer on a tie.
        best: tuple[float, int, str] | None = None
        for k in range(1, min(4, len(words)) + 1):
            run = " ".join(words[-k:])
            if exercise.fullmatch(run) or len(run) < 4:
                continue
            latin = to_latin(run)
            series = closest_series(latin, cutoff=0.85)
            if series:
                ratio = difflib.SequenceMatcher(None, latin, series.casefold()).ratio()
                if best is None or ratio >= best[0]:
                    best = (ratio, k, run)
        if best:
            run = best[2]
            start = m.start(1) + len(m.group(1)) - len(run)
            out.append(NameHit(start, m.end(), sentence[start : m.end()].strip(), run, True, True))
    return out


def series_of(name: str | None) -> str | None:
    """The series from the curated table; a name in Devanagari is matched by its sound
    ("वोस्टोक-2018" is Vostok), so that `resolve` joins it with the other outlets' reports."""
    if not name:
        return None
    if any("\u0900" <= c <= "\u0d7f" for c in name):
        bare = _EDITION_TAIL.sub("", name).strip(" -")
        return closest_series(to_latin(bare)) or canonical_series(name)
    return canonical_series(name)
