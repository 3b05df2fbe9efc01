"""A national drill's own forces: the host takes part when the story names no other state.

"Soldiers of the brigade proved their readiness on Monday during a surprise alert at Fort
Hood", "Snap check begins in the Central Military District": a story about one country's
drill at home often names no state as taking part, only units, bases and commanders. The
host rules still place it (a base, a district, a dateline), and the forces that train there
are the host's. FIELDS.md counts the states whose forces take part "as stated"; a drill held
at home by forces the story does not send abroad states its own; so does the host of a
drill with unnamed "partner nations" ("RIMPAC 2018 has officially begun" off Hawaii). A drill of
an alliance (NATO, CSTO) is the alliance's: members are not expanded, and the host of such a
drill is often only where it happens, so none is added.
"""

from __future__ import annotations

import re

from ..gazetteer import find_places

# An alliance or a bloc holds the drill: its members are not expanded (FIELDS.md), and the host
# of such a drill is often only where it happens. On the dev split, a story that names no state
# beside an alliance was labelled with the host as often as without; with only "partner
# nations", "multinational" or "allies" around it, the host took part in 9 of 11.
_ALLIANCE = re.compile(r"\b(?:[Aa]lliance|[Cc]oalition|NATO|Nato|CSTO|SCO|ASEAN|Asean|OTAN)\b")


def home_forces(host: str | None, texts: list[str], placed_by_rules: bool) -> list[str]:
    """The host as the only participant, when the story about it names none; else nothing.

    ``texts`` are the headline and the sentences about the exercise. A host the rules placed
    (a base, a town, a dateline) is where the drill is; one the learned scorer chose is only
    the likeliest country, and is taken as the drill's own only when the story opens with it
    ("Russian Defence Minister ... surprise checks"), not when it comes up later as a target
    ("within range of Seoul")."""
    if not host or any(_ALLIANCE.search(t) for t in texts):
        return []
    if not placed_by_rules and not any(
        p.code == host for p in find_places(texts[0] if texts else "")
    ):
        return []
    return [host]
