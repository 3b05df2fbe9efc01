"""Where a story puts the exercise by telling where its forces go or stand.

Two shapes the host rules in places.py did not read: forces travelling to the exercise
("departed for Gan Island, Maldives to take part") name the country that holds it, and a
national exercise placed at a town of its own ("the opening ceremony took place at Karachi")
is held at home even when the story also names the sea its ships sail on.
"""

from __future__ import annotations

import re

from ..gazetteer import find_places
from .host_shapes import SPOKEN_AT

IGN = re.IGNORECASE

# "departed for Gan Island, Maldives to take part", "arrived at the port of Sihanoukville
# in Cambodia", "flown to Estonia for the drill": forces travelling to the exercise name the
# country that holds it.
_TRAVEL_TO = re.compile(
    r"\b(?:depart(?:ed|s|ing)? for|left for|leav(?:es|ing) for|arriv(?:ed|es|ing) (?:in|at)|"
    r"reached|landed (?:in|at)|(?:flew|flown|flying|sailed|sailing|headed|heading|travell?ed|"
    r"travell?ing|deployed|deploying) to|en route to)\s+",
    IGN,
)
# Where the destination ends: a clause, a purpose or a second place.
_DESTINATION_END = re.compile(r"[.;:!?()]|\s(?:to|for|and|from|as|with|after|before|where)\s")


# "took place at Karachi", "in the capital, Caracas", "at the naval dockyard, Karachi".
_AT_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:capital|port city|city|port|town|naval base|"
    r"base|dockyard|[A-Z][\w-]+ (?:Navy )?Dockyard),?\s+(?:of\s+)?)?$"
)


def placed_on_land(texts: list[str]) -> set[str]:
    """The countries whose land (the country, or a town of it) the sentences put something at:
    "took place at Karachi". For a national exercise that also names a sea, a place at home says
    it is held at home, not nowhere in particular."""
    codes: set[str] = set()
    for text in texts:
        if SPOKEN_AT.search(text):
            continue
        for place in find_places(text):
            if (
                place.code
                and place.kind in ("name", "region")
                and _AT_PLACE_BEFORE.search(text, max(0, place.start - 40), place.start)
            ):
                codes.add(place.code)
    return codes


def destination(texts: list[str]) -> tuple[str, str] | None:
    """The country forces travel to for the exercise, and the sentence that says so; None when
    no sentence names one, or the destination is a sea, a region or more than one country."""
    for text in texts:
        for m in _TRAVEL_TO.finditer(text):
            tail = text[m.end() : m.end() + 60]
            stop = _DESTINATION_END.search(tail)
            tail = tail[: stop.start()] if stop else tail
            codes = {p.code for p in find_places(tail) if p.code and p.kind != "sea"}
            if any(p.kind == "sea" for p in find_places(tail)) or len(codes) != 1:
                continue
            return codes.pop(), text
    return None
