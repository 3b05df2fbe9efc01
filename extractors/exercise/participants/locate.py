"""Where the exercise is held, read from how a sentence places it: host candidates with a
priority (an explicit "hosted by" beats "in X", a speaker's city is the weakest) and the
locations (seas, regions, towns) reported with it.

Split out of participants/grammar.py, which reads who takes part from the same masked sentence.
"""

from __future__ import annotations

import re

from ..gazetteer import Place
from .around import (
    _NAME_PART_AFTER,
    _ORGANISATION_AFTER,
    _POSSESSIVE_NOT_PLACE,
    _POSSESSIVE_POLICY,
    _SEA_WORDS,
)
from .evidence import SPEAKERS_PRIORITY, CountryEvidence, _codes
from .host_shapes import (
    _BASE_DATELINE,
    _HOST_HISTORY,
    _LOC,
    _MULTI_HOST,
    _NATIONAL_BASE,
    _NATIONAL_WATERS,
    _NOT_HOST_BEFORE,
    _TOWN_COUNTRY,
    WATCHED_ON_SCREEN,
)
from .shapes import _LINKED_BEFORE, _SPEAKERS_BEFORE, C


def read_places(
    masked: str, places: list[Place], sentence: str, ev: CountryEvidence, exercise_sentence: bool
) -> None:
    """Add the host candidates and locations of one masked sentence to ``ev``."""
    if _HOST_HISTORY.search(masked):
        return  # earlier editions: neither where this one is held nor its locations
    if WATCHED_ON_SCREEN.search(masked):
        return  # "A TV screen shows a file image of the drill ... at a station in Seoul"
    for m in _MULTI_HOST.finditer(masked):
        codes = {p.code for _, p in _codes(m.group(1) or m.group(2), places, ("name",))}
        # Only where the exercise itself is placed: "held in Latvia, Lithuania and Poland", not
        # "battle groups stationed in ..." or "developments in Libya and Afghanistan".
        placed = m.group(2) or re.match(r"(?:co-)?host|span", m.group(0), re.I)
        linked = _LINKED_BEFORE.search(masked[max(0, m.start() - 70) : m.start()])
        if len(codes) > 1 and (placed or linked or exercise_sentence):
            ev.multi_host = True
    # A place told in a sentence that is not the exercise's own ("the air show held in China")
    # gives way to one told where the exercise is.
    aside = 0.0 if exercise_sentence else 0.5
    for m in _NATIONAL_BASE.finditer(masked):
        p = places[int(m.group(1).strip("§"))]
        if p.code and p.kind in ("demonym", "name", "force"):
            ev.hosts.append((p.code, sentence, 1 + aside))
    for m in _BASE_DATELINE.finditer(masked):
        p = places[int(m.group(1).strip("§"))]
        if p.code and p.kind == "name":
            ev.hosts.append((p.code, sentence, 1 + aside))
    for m in _NATIONAL_WATERS.finditer(masked):
        p = places[int((m.group(1) or m.group(2)).strip("§"))]
        if p.code and p.kind in ("demonym", "name"):
            ev.hosts.append((p.code, sentence, 1 + aside))
    for m in _TOWN_COUNTRY.finditer(masked):
        p = places[int(m.group(1).strip("§"))]
        if (
            p.kind == "name"
            and p.code
            and not _NOT_HOST_BEFORE.search(masked[max(0, m.start() - 70) : m.start()])
        ):
            ev.hosts.append((p.code, sentence, 1 + aside))
    for m in _LOC.finditer(masked):
        i = int(m.group(1).strip("§"))
        p = places[i]
        prep = masked[m.start() : m.start(1)].lower()
        before = masked[max(0, m.start() - 70) : m.start()]
        if (
            _NOT_HOST_BEFORE.search(before)
            or (p.kind == "name" and _ORGANISATION_AFTER.match(masked, m.end()))
            or _POSSESSIVE_NOT_PLACE.match(masked, m.end())
            or _POSSESSIVE_POLICY.match(masked, m.end())
            # "taking part in the ASEAN India maritime exercise": part of a name
            or _NAME_PART_AFTER.match(masked, m.end())
        ):
            continue
        # "units within firing range of Seoul": a distance, not a training range.
        if re.match(r"\s*within\b", prep) and "range" in prep:
            continue
        # "on converging U.S. Army operations": "on" places only as "on the island of X",
        # "on X soil", "on the coast of X".
        if re.match(r"\s*on\b", prep) and not re.fullmatch(
            r"\s*on\s+(?:the\s+)?(?:(?:island|islands|coast|territory|soil|beach|beaches|shores?|"
            r"outskirts|banks?|slopes|grounds|ranges)\s+(?:of\s+)?(?:the\s+)?)?",
            prep,
        ):
            continue
        if _SPEAKERS_BEFORE.search(before) and p.kind == "name" and p.code:
            if re.match(r"\s*(?:in|at)\b", prep):
                ev.hosts.append((p.code, sentence, SPEAKERS_PRIORITY))
            continue
        linked = _LINKED_BEFORE.search(before) is not None
        if p.kind == "region" and p.code:
            # "near the Paracel Islands", "in waters around Hainan": at sea, no host; but
            # "training near Tawang" is on land.
            # "off the coast of Guam" is held there.
            at_sea = (
                "coast" not in prep
                and re.match(r"\s*(?:near|around|off|in the waters|waters)\b", prep)
                and (re.search(r"Island|Isles", p.text) or _SEA_WORDS.search(masked))
            )
            if not re.match(r"\s*(?:to|from)\b", prep) and not at_sea:
                ev.hosts.append((p.code, sentence, (1 if linked else 2) + aside))
        elif p.kind == "name" and p.code:
            if re.match(r"\s*(?:near|around|to|from|over|into)\b", prep):
                continue
            if linked or "coast" in prep or "waters" in prep:
                ev.hosts.append((p.code, sentence, 1 + aside))
                ev.locations.append({"name": p.text, "country": p.code, "sea": False})
            elif re.match(r"\s*(?:in|at|inside|across|throughout|within)\b", prep):
                ev.hosts.append((p.code, sentence, 3 + aside))
    for i, p in enumerate(places):
        if p.kind in ("sea", "area", "region"):
            name = p.text
            # "Russia's Far East": keep the owner in the reported name.
            before = masked[: masked.find(f"§{i}§")]
            own = re.search(rf"({C})'s?\s+$", before)
            if own and p.kind == "region":
                owner = places[int(own.group(1).strip("§"))]
                name = f"{owner.text}'s {p.text}"
            ev.locations.append({"name": name, "country": p.code, "sea": p.kind == "sea"})
