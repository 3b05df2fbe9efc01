"""The words right around one country mention that change what it is.

Split out of grammar.py. Each reads the masked sentence (every gazetteer mention a ``§i§``
placeholder) just before or after one mention: a list that goes on, the state left out
("without US participation", "instead of Turkey"), an observer's role, a name part ("Indian
Ocean"), an organisation ("the US Central Command"), a state's policy ("Canberra's strategy").
"""

from __future__ import annotations

import re

from .shapes import LIST

# "Russia, China and Japan will take part as observer states": nothing but the list between a
# state and the role, so the role is the whole list's.
_REST_OF_LIST = re.compile(
    r"^(?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|as well as\s+)?(?:the\s+)?§\d+§)+"
)
_REPLACED_BEFORE = re.compile(
    r"\b(?:replac\w*|instead of|in place of|took the place of)\b[^.;§]{0,30}$", re.IGNORECASE
)
# "NATO holds drills without US participation": the state named is the one absent.
_WITHOUT_BEFORE = re.compile(
    r"\b(?:without|absence of|absent|lack of|no)\s+(?:the\s+)?(?:any\s+)?$", re.IGNORECASE
)
_WITHOUT_WHAT = re.compile(
    r"(?:'s?)?\s+(?:[\w-]+\s+)?(?:participation|involvement|troops|forces|personnel|units|"
    r"ships|support|presence)\b",
    re.IGNORECASE,
)


_SEA_WORDS = re.compile(
    r"\b(?:seas?|waters|naval|navy|navies|ships|warships|vessels|maritime|fleet)\b", re.IGNORECASE
)
_LIST_AFTER = re.compile(rf"\s+(?:[\w-]+\s+){{0,3}}?({LIST})")
# "North and South Korea" names two countries in one phrase; spelt out, the list grammar reads
# both. The rewrite keeps what the sentence says; evidence keeps the sentence as written.
_BOTH_KOREAS = re.compile(r"\b(North|South) and (South|North) (Koreas?|Korean)\b")


# "hosted by Italy, the US Defense Department announced": the list ends where a new clause's
# subject begins.
_LAST_IN_LIST = re.compile(r",\s*(?:the\s+)?§\d+§$")
_SPEAKER_AFTER = re.compile(
    r"(?:'s)?\s+(?:[A-Z][\w-]*\s+){0,3}?(?:Department|Ministry|officials?|said|says|announced|"
    r"reported|statement)\b"
)
_EXERCISE_BEFORE = re.compile(
    r"\b(?:exercises?|drills?|war[- ]?games?|wargames?|manoeuvres|maneuvers|training)\b", re.I
)
_FROM_BEFORE = re.compile(
    r"\b(?:soldiers|troops|forces|personnel|sailors|units|contingents|servicemen|militaries|"
    r"navies|ships|warships|aircraft|equipment|participants)\b",
    re.IGNORECASE,
)
_HEAD_COUNT_BEFORE = re.compile(r"\b\d[\d,]*\s+$")
# "..., while Azerbaijan attends as an observer": the role belongs to the country after it.
_OTHER_OBSERVER = re.compile(
    r"\b(?:while|whereas|but|with)\s+(?:[\w-]+\s+){0,4}?(?:from\s+)?(?:the\s+)?§\d+§"
)
_NAME_PART_AFTER = re.compile(
    r"\s+(?:(?:maritime|naval|military|joint|air|army|bilateral|trilateral|combined|defen[cs]e|"
    r"security|field|live-fire|air force|navy)\s+){1,2}(?:exercises?|drills?|war ?games?|"
    r"manoeuvres|maneuvers)\b",
    re.I,
)
_COMMAND_AFTER = re.compile(r"\s+(?:[A-Z][\w-]*\s+){1,2}Command\b")
# "in the US Central Command", "at the Indian Navy": an organisation of the country, not a
# place in it.
_ORGANISATION_AFTER = re.compile(
    r"(?:'s)?\s+(?:[A-Z][\w-]*\s+){0,2}(?:Command|Army|Navy|Air Force|Forces|Embassy|Ministry|"
    r"Department|Government|Marine Corps|Coast Guard|Defen[cs]e Force)\b"
    # "at Nepal Army Battle School": a site named after the organisation is a place.
    r"(?!\s+(?:[A-Z][\w-]*\s+){0,2}(?:School|Base|Camp|Cent(?:er|re)|Range|Station|Academy|"
    r"College|Ground|Field|Airfield|Barracks|Complex|Area))"
)
# "a shift in Canberra's strategy", "in Taiwan's response zone": the state, not a place in it;
# "in China's Fujian province", "in Russia's Far East" are places.
_POSSESSIVE_NOT_PLACE = re.compile(
    r"'s?\s+(?!(?:[\w-]+\s+){0,2}?(?:(?:province|region|territory|territorial|waters|coast|"
    r"coastal|island|islands|airspace|capital|north|south|east|west|northern|southern|eastern|"
    r"western|central|far|border|mainland|interior|heartland|exclave|enclave|oblast|state|"
    r"prefecture|county|district|military district|soil|bases?|brigade|ranges?|port|ports|"
    r"airfield|garrison|training)\b|§|(?-i:[A-Z])))",
    re.IGNORECASE,
)
# "a shift in Canberra's Indo-Pacific security strategy": the state's policy, not a place.
_POSSESSIVE_POLICY = re.compile(
    r"'s?\s+(?:(?:[\w-]+|§\d+§)\s+){0,3}?(?:strategy|strategies|policy|policies|security|"
    r"relations|ties|"
    r"interests|government|posture|plans?|decisions?|approach|priorities|diplomacy|thinking)\b",
    re.IGNORECASE,
)

# "Australia, Canada, New Zealand and the United Kingdom - plus France and Japan", "1,000 more
# from Australia and Singapore as well as new participants France and the United Kingdom": a
# list that goes on after a participant takes part as the participant does.
_PLUS_LIST = re.compile(
    rf"(§\d+§)[)'\"\u201d\s]*(?:[-\u2013\u2014]\s*|,\s*)?(?:plus|as well as|along with|"
    rf"together with)\s+(?:the\s+)?(?:new\s+)?(?:participants\s+|partners\s+|newcomers\s+)?"
    rf"(?:the\s+)?({LIST})",
    re.IGNORECASE,
)
