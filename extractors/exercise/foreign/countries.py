"""Countries as the press of each supported language writes them.

Country names come from CLDR through babel (``Locale("es").territories["US"]`` is "Estados
Unidos"), which is kept current for every language and names states the way newspapers do. CLDR
has no demonyms and no press abbreviations, so each language's file adds the forms news uses
most ("EE.UU.", "estadounidenses", "russische") under ``[countries]``. Polish declines names
("Rosji", "Chin"), so Polish names match on their stem.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import pycountry
from babel import Locale

from ..gazetteer import find_places, is_country_code
from .lexicon import LEXICONS, WORD, cldr_locale

# Territories whose forces are their sovereign's ("Guam counts as US").
_SOVEREIGN = {"GU": "US", "PR": "US", "VI": "US", "AS": "US", "MP": "US", "UM": "US"}


@dataclass(frozen=True)
class CountryHit:
    start: int
    end: int
    code: str
    # Where the name proper ends and the endings glued to it begin ("இந்தியா|வில்", in India):
    # a stem matched with any ending; None for a name matched whole.
    core: int | None = None


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _iso_names(lang: str) -> list[tuple[str, str]]:
    """ISO 3166 names in ``lang`` from pycountry's translations: the formal forms CLDR leaves
    out ("République tchèque" beside CLDR's "Tchéquie")."""
    translation = gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True
    )
    out: list[tuple[str, str]] = []
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            english = getattr(country, attr, None)
            if english:
                local = translation.gettext(english)
                if local != english:
                    out.append((country.alpha_2, local))
    return out


@cache
def _matcher(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """Names (case-sensitive, capitalised as CLDR writes them) and demonyms (any case)."""
    names: dict[str, str] = {}
    # The language file's own forms win: CLDR or iso-codes may give another country the same
    # word (Marathi "अमेरिका" for Armenia), and the press means the one the file says.
    own = {
        form.casefold(): code for code, forms in LEXICONS[lang].countries.items() for form in forms
    }

    def usable(form: str, code: str) -> bool:
        return own.get(form.casefold(), code) == code

    for code, name in Locale(cldr_locale(lang)).territories.items():
        if len(code) != 2 or not code.isalpha() or not is_country_code(code):
            continue
        for form in {name, _plain(name)}:
            if usable(form, code):
                names.setdefault(form, code)
    demonyms: list[tuple[str, str]] = []
    for code, name in _iso_names(lang):
        if usable(name, code):
            names.setdefault(name, code)
    for code, forms in LEXICONS[lang].countries.items():
        for form in forms:
            if form[:1].isupper():
                names[form] = code
            else:
                demonyms.append((form, code))
    literal = sorted((n for n in names if "\\" not in n), key=len, reverse=True)
    patterns = [re.escape(n) for n in literal] + [n for n in names if "\\" in n]
    if lang == "pl":
        # "Rosja", "Rosji", "Rosją", "Stanów Zjednoczonych": each word's stem and any ending.
        patterns = [_stemmed(p) for p in patterns]
    elif lang == "de":
        # "Russlands", "den Niederlanden": the genitive and dative endings.
        patterns = [p + "(?:s|n|es)?" if p[-1:].isalpha() else p for p in patterns]
    name_re = re.compile(rf"(?<![{WORD}-])(" + "|".join(patterns) + rf")(?![{WORD}])")
    alternatives = "|".join(f"(?P<d{i}>{f})" for i, (f, _) in enumerate(demonyms)) or "(?!x)x"
    demonym_re = re.compile(rf"(?<![{WORD}-])(" + alternatives + rf")[{WORD}]*", re.IGNORECASE)
    lookup = {n.casefold(): c for n, c in names.items()}
    for i, (_f, code) in enumerate(demonyms):
        lookup[f"d{i}"] = code
    return name_re, demonym_re, lookup


def _code_for(lang: str, surface: str, lookup: dict[str, str]) -> str | None:
    key = surface.casefold()
    if key in lookup:
        return lookup[key]
    if lang == "de":
        for ending in ("s", "n", "es"):
            if key.endswith(ending) and key[: -len(ending)] in lookup:
                return lookup[key[: -len(ending)]]
    if lang == "pl":
        for stem, code in _polish_stems():
            if stem.fullmatch(surface):
                return code
    for name, code in lookup.items():
        if "\\" in name and re.fullmatch(name, surface, re.IGNORECASE):
            return code
    return None


def _stemmed(pattern: str) -> str:
    words = pattern.split(r"\ ")
    return r"\ ".join(w[:-1] + r"\w{0,4}" if len(w) > 3 and w[-1].isalpha() else w for w in words)


@cache
def _polish_stems() -> list[tuple[re.Pattern[str], str]]:
    _name_re, _demonym_re, lookup = _matcher("pl")
    return [
        (re.compile(_stemmed(re.escape(name)), re.IGNORECASE), code)
        for name, code in lookup.items()
        if not (name[:1] == "d" and name[1:].isdigit())
    ]


def find_countries(sentence: str, lang: str) -> list[CountryHit]:
    """Every country the sentence names in ``lang``; see ``_find_countries``."""
    return list(_find_countries(sentence, lang))


@lru_cache(maxsize=4096)
def _find_countries(sentence: str, lang: str) -> tuple[CountryHit, ...]:
    """Every country the sentence names in ``lang`` (names and demonyms), and the English
    country names foreign pages keep ("Peru", "China"), left to right, without overlaps."""
    name_re, demonym_re, lookup = _matcher(lang)
    hits: list[CountryHit] = []
    for m in name_re.finditer(sentence):
        code = _code_for(lang, m.group(1), lookup)
        if code:
            hits.append(CountryHit(m.start(), m.end(), _SOVEREIGN.get(code, code)))
    for m in demonym_re.finditer(sentence):
        group = next(k for k, v in m.groupdict().items() if v)
        hits.append(CountryHit(m.start(), m.end(), lookup[group], core=m.end(1)))
    for p in find_places(sentence):
        if p.code and p.kind == "name":
            hits.append(CountryHit(p.start, p.end, p.code))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[CountryHit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            continue
        out.append(h)
    return tuple(out)
