"""A national drill's own forces: the host takes part when the story names no other state.

"Soldiers of the brigade proved their readiness on Monday during a surprise alert at Fort
Hood", "Snap check begins in the Central Military District": a story about one country's
drill at home often names no state as taking part, only units, bases and commanders. The
host rules still place it (a base, a district, a dateline), and the forces that train there
are the host's. FIELDS.md counts the states whose forces take part "as stated"; a drill held
at home by forces the story does not send abroad states its own. A story that speaks of
several states ("multinational", "allies", "partner nations", an alliance) names its
participants or leaves them open; the host alone would be a guess, so none is added.
"""

from __future__ import annotations

import re

from ..gazetteer import find_places

# Words that say more than one state takes part, or that the story is about an alliance.
_SEVERAL = re.compile(
    r"\b(?:multi-?national|multilateral|bilateral|trilateral|combined|allie[sd]|alliance|"
    r"coalition|partners?|countries|nations|foreign|NATO|CSTO|SCO|ASEAN|OTAN|"
    r"joint (?:military )?exercises? (?:with|between)|alongside|counterparts?)\b",
    re.IGNORECASE,
)


def home_forces(host: str | None, texts: list[str], placed_by_rules: bool) -> list[str]:
    """The host as the only participant, when the story about it names none; else nothing.

    ``texts`` are the headline and the sentences about the exercise. A host the rules placed
    (a base, a town, a dateline) is where the drill is; one the learned scorer chose is only
    the likeliest country, and is taken as the drill's own only when the story opens with it
    ("Russian Defence Minister ... surprise checks"), not when it comes up later as a target
    ("within range of Seoul")."""
    if not host or any(_SEVERAL.search(t) for t in texts):
        return []
    if not placed_by_rules and not any(
        p.code == host for p in find_places(texts[0] if texts else "")
    ):
        return []
    return [host]
