"""Other senses of the exercise words, judged from the words right around a hit.

Split out of triggers.py: "oil drilling", "exercise caution", "room to manoeuvre", "video war
games", "sit-ups and other exercises", "teaching bomb-disposal drills".
"""

from __future__ import annotations

import re
from functools import lru_cache

IGN = re.IGNORECASE


# --- Other senses, judged from the words right before and after a hit (cheap set lookups and
# anchored matches instead of one big regex scanned over the sentence).
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_LEFT_ADJ = {
    "exercis": _words(
        "physical aerobic regular daily moderate vigorous cardio breathing stretching strength "
        "mental fitness intellectual academic pr relations branding box-ticking cost-cutting "
        "fundraising rebranding accounting consultation mapping listening pointless futile "
        "paper bureaucratic marketing control face-saving simple statistical modelling "
        "modeling costing pandemic preparedness tabletop table-top domination "
        "anti-tunnelling anti-tunneling census sampling public political diplomatic legal "
        "classroom writing reading evacuation vaccination counting polling electoral election "
        "voting weight resistance balance pelvic core mass-casualty casualty air-raid "
        "civil-defence civil-defense blackout organisational organizational restructuring "
        "reorganisation reorganization administrative verification enumeration"
    ),
    "drill": _words(
        "oil gas offshore exploratory exploration deep-sea deepsea water well geothermal shale "
        "fracking core hole dental lithium mining seabed fire evacuation earthquake tsunami "
        "emergency safety lockdown active-shooter shooter survival disaster hurricane flood "
        "tornado bomb school police hospital firefighting fire-fighting rescue first-aid "
        "practice football rugby passing shooting batting fielding ball penalty skills skill "
        "dance marching spring-training fitness mock cybersecurity cyber-security pandemic "
        "outbreak health power hammer electric cordless rotary pneumatic mass-casualty parade "
        "foot rifle ceremonial offense hurry-up two-minute agility footwork tackling kicking "
        "conditioning "
        "casualty air-raid civil-defence civil-defense blackout siren"
    ),
    "manoeuv": _words(
        "diplomatic political legal procedural parliamentary backroom behind-the-scenes "
        "corporate financial clever deft shrewd evasive emergency orbit orbital orbit-raising "
        "raising avoidance docking collision-avoidance spacecraft satellite debris burn "
        "last-minute legislative pre-election electoral boardroom negotiating anti-air "
        "defensive terminal high-g aerobatic evasion flight in-flight pull-up s-turn cunning "
        "tactical-voting to can could able freely will would and flanking outflanking "
        "encircling pincer"
    ),
    "war": _words("video computer online board miniature console mobile fantasy"),
}
_LEFT_GAP = {
    "exercis": _words(
        "tabletop table-top planetary pandemic health cybersecurity cyber-security financial "
        "banking hospital clinical medical flu vaccine disaster stress-test"
    ),
    "drill": _words("tabletop pandemic health hospital medical disaster spring"),
    "manoeuv": _words("diplomatic political orbit orbital spacecraft satellite evasive anti-air"),
    "war": _words("video computer board miniature"),
}
_CIVIL_LEFT = r"\b(?:civil[- ]defen[cs]e|air[- ]raid|mass[- ]casualty|emergency[- ]response)\s*$"
_LEFT_RX = {
    "exercis": re.compile(_CIVIL_LEFT, IGN),
    "drill": re.compile(
        r"(?:\b(?:knows?|knew|know) the|\bthe usual|\bas per (?:the )?(?:laid[- ]down )?|"
        r"\b(?:active|mass) shooter|\bfirst aid|\bspring training|\bnuclear accident|"
        r"\bchemical spill|\bcyber security)\s*$|"
        + _CIVIL_LEFT
        + r"|\b(?:teach(?:es|ing)?|taught|learn(?:s|ing|ed|t)?|instruct(?:s|ing|ed)?)\b"
        r"(?:\s+[\w'-]+){0,4}\s*$",
        IGN,
    ),
    "manoeuv": re.compile(
        r"\b(?:room|space|latitude|freedom|scope|leeway)\s+(?:for|to|of)\s+(?:\w+\s+)?$", IGN
    ),
    "war": None,
}
# Literals one of which every _LEFT_RX alternative contains: the search runs only then.
_CIVIL_GATE = ("civil", "air", "mass", "emergency")
_LEFT_GATE = {
    "exercis": _CIVIL_GATE,
    "drill": _CIVIL_GATE
    + (
        "know",
        "knew",
        "usual",
        "as per",
        "shooter",
        "first aid",
        "spring training",
        "nuclear accident",
        "chemical spill",
        "cyber security",
        "teach",
        "taught",
        "learn",
        "instruct",
    ),
    "manoeuv": ("room", "space", "latitude", "freedom", "scope", "leeway"),
    "war": (),
}
_RIGHT_RX = {
    "exercis": re.compile(
        r"\s+(?:[\w-]+\s+){0,3}?(?:options?|rights?|power|"
        r"powers|caution|restraint|control|influence|judge?ments?|vetoe?s?|discretion|"
        r"tolerance|patience|authority|leverage|sovereignty|care|jurisdiction|prudence|"
        r"vigilance|freedom|franchise|warrants?|clause|muscles?|diligence|self-control|"
        r"responsibility|oversight|privilege|prerogative)\b"
        r"|\s+(?:bikes?|class(?:es)?|regimes?|routines?|programmes?|book|yard|equipment|"
        r"machines?|balls?|mats?|physiolog\w*|science|sessions?|videos?|tolerance|"
        r"in (?:futility|frustration|damage|democracy|self|patience)|funding|budgets?|"
        r"costs?|spending|to (?:restructure|reorgani[sz]e|review|identify|assess|map|count|"
        r"verify|update|revise|audit|streamline|rationali[sz]e|evaluate|determine|clean|"
        r"digiti[sz]e|convert|merge|trim|cut))\b",
        IGN,
    ),
    "drill": re.compile(
        r"\s?(?:rigs?|bits?|ships?|holes?|wells?|sites?|permits?|licen[cs]es?|into|through|"
        r"for (?:oil|gas|water|minerals)|down|a hole|sergeants?|instructors?|music|rappers?|"
        r"artists?|press|machines?|work|programme|program|campaign|results|core|pipe|"
        r"movements?|routines?|squads?|hall|ground|square|team|teams|competition)\b",
        IGN,
    ),
    "manoeuv": None,
    "war": re.compile(
        r"\s+(?:developer|studio|publisher|franchise|series|title|console|creator|company|"
        r"maker|miniatures|hobby|figures|shops?|retailer)\b",
        IGN,
    ),
}
_LAST_WORDS = re.compile(r"[A-Za-z][\w'-]*")
_GAMES_WORKSHOP = re.compile(r"\bGames Workshop\b")
# War games as a hobby or product: "sold a million copies", "PC players", "gamers".
_GAMING = re.compile(
    r"\b(?:copies|gamers?|gaming|PC players|downloads?|console|Steam|video games?|strategy title|"
    r"board games?|tabletop)\b",
    IGN,
)
# Fitness vocabulary around "exercises": "sit-ups, planks and other exercises".
_GAMING_TOKS = _words(
    "copies gamers gamer gaming pc console steam video title board tabletop download downloads"
)
_FITNESS_TOKS = _words(
    "sit-ups sit-up push-ups push-up pull-ups press-ups plank planks squat squats lunges "
    "burpees fitness workout workouts calisthenics treadmill treadmills"
)
_FITNESS = re.compile(
    r"\b(?:sit-ups?|push-ups?|pull-ups?|press-ups?|planks?|squats?|lunges|burpees|"
    r"fitness tests?|workouts?|calisthenics|treadmills?)\b",
    IGN,
)
# A war game run by analysts is a study, not armed forces exercising.
_STUDY = re.compile(
    r"\b(?:think[- ]tanks?|researchers|analysts|scholars|academics|scenarios|simulations? "
    r"(?:run|conducted) by|CSIS|RAND|institute|university|study|report found|report said)\b",
    IGN,
)


# A cyber "war game" for banks and firms tests business resilience, not armed forces.
_BUSINESS_CYBER = re.compile(
    r"\b(?:banks?|banking|financial|insurers?|firms|companies|businesses|sector|exchanges?|"
    r"markets?|regulators?|Bank of England|Federal Reserve|ECB)\b",
    IGN,
)
_MILITARY_HERE = re.compile(
    r"\b(?:military|armed forces|army|navy|naval|air force|troops|soldiers|defen[cs]e "
    r"ministry|ministry of defen[cs]e|NATO|cyber command)\b",
    IGN,
)


def _family(word: str) -> str:
    if word.startswith("exercis"):
        return "exercis"
    if word.startswith("drill"):
        return "drill"
    if word.startswith(("manoeuv", "maneuv")):
        return "manoeuv"
    if word.startswith("war") or word.startswith("wargam"):
        return "war"
    return ""


def other_sense(
    text: str, start: int, end: int, word: str, toks: frozenset[str] = frozenset()
) -> bool:
    """True when the trigger at ``text[start:end]`` is used in a non-military sense."""
    fam = _family(word)
    if not fam:
        return False
    left = text[max(0, start - 60) : start]
    words = [w.lower() for w in _LAST_WORDS.findall(left)[-3:]]
    if words:
        last = words[-1]
        adj = _LEFT_ADJ[fam]
        if last in adj or (
            not last.startswith(("live-", "rocket-", "missile-")) and last.split("-")[-1] in adj
        ):
            return True
        if any(w in _LEFT_GAP[fam] for w in words):
            return True
    rx = _LEFT_RX[fam]
    if rx is not None:
        low = left.lower()
        if any(g in low for g in _LEFT_GATE[fam]) and rx.search(left):
            return True
    rrx = _RIGHT_RX[fam]
    if rrx is not None and rrx.match(text, end):
        return True
    if fam == "war" and (
        _sentence_has(_STUDY, text)
        or (not toks.isdisjoint(_GAMING_TOKS) and _sentence_has(_GAMING, text))
    ):
        return True
    if fam in ("war", "exercis") and _business_cyber(text):
        return True
    if fam == "exercis" and not toks.isdisjoint(_FITNESS_TOKS) and _sentence_has(_FITNESS, text):
        return True
    return fam == "war" and _sentence_has(_GAMES_WORKSHOP, text)


# The tests above read the whole sentence, the same for every trigger in it: a sentence that
# says "exercise" thousands of times (a hostile page) must not be read thousands of times.
# A str caches its hash, so the lookup costs nothing after the first.
@lru_cache(maxsize=512)
def _sentence_has(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


@lru_cache(maxsize=256)
def _business_cyber(text: str) -> bool:
    return (
        "cyber" in text.lower()
        and _BUSINESS_CYBER.search(text) is not None
        and not _MILITARY_HERE.search(text)
    )
