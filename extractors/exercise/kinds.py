"""What kind of exercise a mention is: the domains it trains in and how many states take part.

Split out of fields.py. Read over the sentences about this exercise only, so that a navy named
in background does not make a land drill naval.
"""

from __future__ import annotations

import re

IGN = re.IGNORECASE

_DOMAINS = (
    (
        "sea",
        re.compile(
            r"\b(?:naval|navy|navies|maritime|warships?|ships?|frigates?|"
            r"destroyers?|submarines?|carriers?|vessels?|sea|anti-submarine|"
            r"fleet|sailors|corvettes?)\b",
            IGN,
        ),
    ),
    (
        "air",
        re.compile(
            r"\b(?:air ?forces?|aircraft|jets|air|fighters?|bombers?|"
            r"helicopters?|sorties|aerial|warplanes|planes|pilots|airborne)\b",
            IGN,
        ),
    ),
    (
        "land",
        re.compile(
            r"\b(?:army|armies|ground|tanks?|infantry|artillery|land|"
            r"armou?red|soldiers|troops|brigades?|battalions?|mechani[sz]ed|"
            r"howitzers?|field exercise)\b",
            IGN,
        ),
    ),
    ("amphibious", re.compile(r"\b(?:amphibious|beach landings?|landing ships?|marines)\b", IGN)),
    ("cyber", re.compile(r"\bcyber", IGN)),
    ("space", re.compile(r"\b(?:space|satellites?|anti-satellite)\b", IGN)),
    ("nuclear", re.compile(r"\b(?:nuclear|strategic forces|nuclear-capable)\b", IGN)),
)
# Lower-case copies of _DOMAINS, each with literals one of which every alternative contains:
# the regex is tried only when one is present (an absent domain no longer costs a full scan).
_DOMAIN_GATES = {
    "sea": (
        "nav",
        "maritime",
        "ship",
        "frigate",
        "destroyer",
        "submarine",
        "carrier",
        "vessel",
        "sea",
        "fleet",
        "sailors",
        "corvette",
    ),
    "air": (
        "air",
        "aircraft",
        "jets",
        "fighter",
        "bomber",
        "helicopter",
        "sorties",
        "aerial",
        "warplanes",
        "planes",
        "pilots",
    ),
    "land": (
        "arm",
        "ground",
        "tank",
        "infantry",
        "artillery",
        "land",
        "soldiers",
        "troops",
        "brigade",
        "battalion",
        "mechani",
        "howitzer",
        "field exercise",
    ),
    "amphibious": ("amphibious", "beach landing", "landing ship", "marines"),
    "cyber": ("cyber",),
    "space": ("space", "satellite"),
    "nuclear": ("nuclear", "strategic forces"),
}
_DOMAINS_LC = tuple((d, re.compile(rx.pattern), _DOMAIN_GATES[d]) for d, rx in _DOMAINS)
_MULTI = re.compile(
    r"\b(?:multinational|multilateral|multi-national|\d+ (?:nations|countries))\b", IGN
)
_BILAT = re.compile(r"\bbilateral\b", IGN)


def domains_of(text: str) -> list[str]:
    """Domains in table order; the gates keep an absent domain from costing a regex scan."""
    low = text.lower()  # the domain patterns are lower case: no IGNORECASE scan
    return [d for d, rx, gate in _DOMAINS_LC if any(w in low for w in gate) and rx.search(low)]


def kind_of(country_count: int, text: str) -> str:
    """By the participants, or by the words ("multinational") when none is named."""
    if country_count >= 3 or (country_count == 0 and _MULTI.search(text)):
        return "multilateral"
    if country_count == 2 or (country_count == 0 and _BILAT.search(text)):
        return "bilateral"
    return "national"
