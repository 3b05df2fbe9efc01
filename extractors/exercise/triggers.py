"""Sentence-level evidence: does this sentence talk about a military exercise, and how?

The words that signal an exercise (exercise, drill, manoeuvres, war game) are among the most
ambiguous in news English, so each hit is judged in a small window: a nearby other-sense
pattern (oil drilling, exercise caution, room to manoeuvre, video war games, fire drill) voids
it; a military phrase ("naval drills", "Exercise Pitch Black") confirms it; otherwise it needs
military vocabulary in the same sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .senses import other_sense

IGN = re.IGNORECASE
_TOKEN = re.compile(r"[a-z][a-z0-9'-]*")


class WordTest:
    """``regex.search`` replacement for long single-word alternations: a set lookup over the
    sentence's lower-case tokens, plus a small regex for phrases and case-sensitive acronyms.
    About ten times faster than an IGNORECASE alternation of a hundred words."""

    __slots__ = ("words", "prefixes", "rx")

    def __init__(self, words: str, prefixes: str = "", rx: str | None = None, flags: int = 0):
        self.words = frozenset(words.split())
        self.prefixes = tuple(prefixes.split())
        self.rx = re.compile(rx, flags) if rx else None

    def test(self, text: str, tokens: frozenset[str] | None = None) -> bool:
        toks = tokens if tokens is not None else tokens_of(text)
        if not self.words.isdisjoint(toks):
            return True
        if self.prefixes and any(t.startswith(self.prefixes) for t in toks):
            return True
        return bool(self.rx and self.rx.search(text))

    def search(self, text: str) -> bool:
        return self.test(text)


def tokens_of(text: str) -> frozenset[str]:
    return frozenset(_TOKEN.findall(text.lower()))


#: Cheap gate: without one of these (or a named series) a text is not looked at any further.
GATE = re.compile(
    r"exercis|drill|war ?-?gam|wargam|manoeuv|maneuv|live[- ]fire|sinkex|passex|"
    r"forces training|training (?:session )?of",
    IGN,
)

TRIGGER = re.compile(
    r"\b(?:exercis(?:e|es|ed|ing)|drill(?:s|ed|ing)?|war[- ]?gam(?:e|es|ing)|"
    r"manoeuv(?:re|res)|maneuv(?:er|ers)|sinkex|passex|live[- ]fire (?:training|firing)|"
    r"(?:strategic|nuclear|deterrence) (?:[\w-]+ ){0,2}forces training|training (?:session )?"
    r"of (?:[\w'-]+ ){0,3}(?:strategic|nuclear|deterrence) (?:[\w-]+ )?forces)\b",
    IGN,
)

MIL = WordTest(
    "military militaries army armies navy navies naval troop troops soldier soldiers "
    "servicemen servicemen serviceman servicewomen marine marines warship warships destroyer "
    "destroyers frigate frigates corvette corvettes submarine submarines carrier carriers "
    "fighters bomber bombers warplane warplanes jets tanks artillery missile missiles rocket "
    "rockets forces battalion battalions brigade brigades regiment regiments infantry "
    "airborne commando commandos combat amphibious sailors airmen warfare anti-submarine "
    "drone drones helicopter helicopters sorties interoperability live-fire weapon weapons "
    "howitzer howitzers infantrymen admiral admirals commander commanders "
    "fleet squadron squadrons aviation personnel nuclear ballistic tactical airforce",
    "",
    r"(?i:\b(?:paratroop\w*|air ?forces?|fighter jets?|service ?members|defen[cs]e "
    r"(?:ministry|forces?|minister|department|chiefs?)|ministry of defen[cs]e|armed forces|"
    r"special forces|coast ?guards?|"
    r"theat(?:er|re) command|air defen[cs]e|landing craft|command-staff|collective security "
    r"treaty)\b)"
    r"|\b(?:PLA|NATO|Nato|CSTO|IAF|RAF|USAF|IDF|IRGC|MoD|JSDF|JMSDF|JASDF|JGSDF|ADF|INS|HMS|USS|HMAS|"
    r"RAAF|F-\d+\w*|Su-\d+\w*|MiG-?\d*|Rafales?|Typhoons?|Tejas|Gripens?|P-8\w*|B-\d+\w*)\b",
)

# Military words that outweigh a civil setting ("police and soldiers held a drill").
MIL_CORE = WordTest(
    "military militaries army armies navy navies naval troops soldiers marines warships "
    "destroyers frigates submarines battalion battalions brigade brigades regiment infantry "
    "airborne commandos sailors airmen fighters bombers warplanes tanks artillery",
    "",
    r"(?i:\b(?:paratroop\w*|air ?forces?|armed forces|special forces|defen[cs]e (?:ministry|"
    r"forces)|ministry of defen[cs]e)\b)|\b(?:PLA|NATO|CSTO)\b",
)

STRONG = re.compile(
    r"\b(?:militar(?:y|ies)|naval|navy|army|air ?force|air|aerial|joint|combined|bilateral|"
    r"trilateral|multilateral|multinational|multi-national|amphibious|tactical|field|"
    r"command[- ]post|live[- ]fire|firing|missile|artillery|combat|maritime|anti-submarine|"
    r"anti-aircraft|air[- ]defen[cs]e|strategic|nuclear|defen[cs]e|counter-?terror\w*|"
    r"airborne|marine|land|tank|warfighting|war|carrier|fighter|submarine|parachute|"
    r"armou?red|infantry|mechani[sz]ed|paratroop\w*|air[- ]combat|anti-ship|coastal|"
    r"ship|fleet|battle|mobili[sz]ation|readiness|siege|blockade|encirclement|invasion|"
    r"landing)[- ](?:[\w-]+[- ]){0,2}?(?:exercises?|drills?|war[- ]?games?|manoeuvres|maneuvers)\b"
    r"|\b(?:war[- ]?games|wargames|sinkex|passex|live[- ]fire (?:training|firing)|"
    r"(?:strategic|nuclear|deterrence) (?:[\w-]+ ){0,2}forces training|training (?:session )?"
    r"of (?:[\w'-]+ ){0,3}(?:strategic|nuclear|deterrence) (?:[\w-]+ )?forces)\b",
    IGN,
)

# "Exercise Desert Flag", "Ex Sea Dragon": a capitalised name after a capital-E Exercise.
NAMED = re.compile(
    r"\b(?:Exercise|Ex|EXERCISE)\.?\s+['\"]?([A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|the|\d{2,4}"
    r"|[IVX]+))*)"
)


# Sentence talks about exercises in general, not about one: the marker governs the exercise
# noun ("such as joint exercises", "regular drills", "exercises, courses and ship transits").
_EXN = r"(?:exercises?|drills?|war[- ]?games?|wargames?|manoeuvres|maneuvers)"
GENERIC = re.compile(
    r"\b(?:such as|including|like|several|numerous|multiple|various|regular|routine|past|"
    r"repeated|for use in|used in|use in|"
    r"previous|future|potential|possible|more|frequent|periodic|many|series of|number of|"
    r"frequency of|conduct of|pave the way for|avenues? for|areas? of|scope for|exchange of|"
    r"enhance\w*|strengthen\w*|expand\w*|boost\w*|increas\w*|deepen\w*|step up|"
    r"stepping up|cooperation in|co-operation in|on)\s+(?:(?:the|of|in|joint|military|naval|"
    r"air|bilateral|multilateral|combined|army|maritime|defen[cs]e|training|large-scale|"
    r"and)\s+){0,3}" + _EXN + r"\b"
    r"|\b(?:for use in|used in|to be used in|for use during|used during)\s+(?:[\w-]+\s+){0,2}"
    + _EXN
    + r"\b"
    r"|\bfor\s+(?:(?:joint|military|naval|air|training|bilateral|multilateral|combined)\s+)"
    r"{0,2}(?:exercises|drills|war games|wargames)\b"
    r"|\b" + _EXN + r"(?:,| and| or)\s+(?:\w+\s+){0,2}?(?:courses|training|exchanges?|visits|"
    r"transits|port calls|information sharing|dialogues?|capacity building|defen[cs]e trade|"
    r"exhibitions|seminars)"
    r"|\b(?:including|such as)\b[^.;]{0,70}\b(?:and|or)\s+(?:(?:joint|military|naval|air|"
    r"bilateral|combined|more)\s+)*" + _EXN + r"\b"
    r"|\b(?:coming years|in future|going forward|recall\w*|remember\w*|had (?:held|conducted|"
    r"staged|taken part|participated)|previously)\b"
    r"|\b(?:in the past|over the years|in recent years|have been involved|had been involved|"
    r"could|would|might|pave the way|stretch(?:es)? back|for years|for decades|each other's|"
    r"one another's|time to time)\b",
    IGN,
)

SPECIFIC = WordTest(
    "held hold holding holds conduct conducted conducting conducts stage staged stages staging "
    "launch launched launches launching began begin begins beginning start started starts "
    "starting conclude concluded concludes concluding end ended ends underway participate "
    "participated participates participating participation join joined joins joining "
    "practise practised practising practice practiced practicing rehearse rehearsed "
    "rehearsing simulate simulated simulating simulation culminate culminated inaugural "
    "inaugurated commence commenced commences cancel cancelled canceled postpone postponed "
    "suspended suspends scrapped scraps postpones cancels resume resumed involve involved "
    "involves involving feature featured features featuring annual edition phase day days "
    "week weeks month months january "
    "february march april may june july august september october november december jan feb "
    "mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday today yesterday tomorrow upcoming planned scheduled will",
    "",
    r"\b(?:kick(?:s|ed|ing)? off|under way|took part|take part|taking part|takes part|"
    r"carried out|carr(?:y|ies|ying) out|opening ceremony|closing ceremony|flagged off|"
    r"called off|this year's|set to|take place|takes place|taking place|took place|"
    r"is being|are being|wrapp?(?:ed|ing|s)? up)\b",
    IGN,
)

CIVIL = WordTest(
    "police policemen firefighter firefighters residents students pupils school schools "
    "employees passengers ndrf sdrf nurses doctors athletes players coach coaches teammates "
    "team-mates gym workout workouts calories diet researchers analysts scholars academics "
    "simulation csis rand hospital hospitals paramedics",
    "",
    r"\b(?:fire brigades?|fire service|emergency services|civil defen[cs]e|first responders|"
    r"disaster management|think[- ]tanks?)\b",
    IGN,
)

ACCIDENT = WordTest(
    "crash crashed crashes killed died dies death dead accident mishap ejected electrocuted "
    "drowned drown drowns missing injured collided collision sacked dismissed inquiry probe",
    "",
    r"\b(?:caught fire|court[- ]martial\w*)\b",
    IGN,
)

SPACE = WordTest(
    "spacecraft astronaut astronauts cosmonaut cosmonauts capsule nasa orbit orbits orbital "
    "orbiting docking satellite satellites probe rover lander",
    "",
    r"\b(?:space station|ISS|space debris)\b",
)

VERB_SENSE = re.compile(r"\b(?:exercis(?:ed|ing)|drill(?:ed|ing))\b", IGN)

# A coast guard on its own is a law-enforcement service, not armed forces (guideline: armed
# forces only); its drills count only when the sentence also has other military actors.
_COAST_GUARD = re.compile(r"\bcoast ?guards?\b", IGN)

# Mention in passing: the sentence's main event is something else and the exercise sits in a
# time clause after it ("fires missiles days after allied drills end", "to deploy howitzers
# after a series of drills by the North").
_OTHER_EVENT = re.compile(
    r"\b(?:fires?|fired|firing (?:a |an |two |three |several )?(?:\w+ )?missiles?|"
    r"launch(?:es|ed)? (?:a |an |two |three |several )?(?:[\w-]+ ){0,3}missiles?|"
    r"test(?:s|ed)?|test-fir\w*|unveil\w*|deploy\w*|seiz\w*|shot down|"
    r"intercept\w*|sanction\w*|summon\w*|expel\w*|arrest\w*|strikes?|struck)\b",
    IGN,
)
_TIME_CLAUSE = re.compile(
    r"\b(?:(?:(?:a |two |three |several |few )?(?:days?|weeks?|months?|hours?|years?)|shortly|"
    r"soon|just|a day|less than a (?:day|week|month)) )?(?:after|following|since)\b"
)


_CONNECTORS = frozenset(("after", "following", "since"))


def _in_passing(text: str, start: int) -> bool:
    left = text[max(0, start - 240) : start]
    start = len(left)
    conns = list(_TIME_CLAUSE.finditer(left))
    conn = conns[-1] if conns else None
    if conn is None or start - conn.end() > 80:
        return False
    head = left[: conn.start()]
    return _OTHER_EVENT.search(head) is not None and TRIGGER.search(head) is None


@dataclass(slots=True)
class SentenceEvidence:
    """What one sentence says about exercises."""

    index: int
    text: str
    hits: int = 0
    strong: bool = False
    named: list[str] = field(default_factory=list)
    generic: bool = False
    specific: bool = False
    civil: bool = False
    accident: bool = False

    @property
    def military(self) -> bool:
        return self.hits > 0


def judge_sentence(index: int, text: str, series_hits: list[str]) -> SentenceEvidence:
    """Count the military-exercise triggers in ``text`` after removing other-sense uses."""
    ev = SentenceEvidence(index, text)
    triggers = list(TRIGGER.finditer(text))
    toks = tokens_of(text)
    has_mil = MIL.test(text, toks)
    ev.civil = CIVIL.test(text, toks)
    space = SPACE.test(text, toks)
    if ev.civil and not MIL_CORE.test(text, toks):
        triggers = []
    passing_possible = not toks.isdisjoint(_CONNECTORS)
    if (
        has_mil
        and ("coast" in toks or "coastguard" in toks or "coastguards" in toks)
        and _COAST_GUARD.search(text)
        and not MIL.test(_COAST_GUARD.sub(" ", text))
    ):
        triggers, has_mil, ev.civil = [], False, True
    for m in triggers:
        s, e = m.start(), m.end()
        # Military-phrase patterns are only tried in a window round the hit: far cheaper than
        # scanning long sentences, and the patterns are local anyway.
        if other_sense(text, s, e, m.group(0).lower(), toks) or (
            passing_possible and _in_passing(text, s)
        ):
            continue
        lo = max(0, s - 90)
        window = text[lo : e + 70]
        ws, we = s - lo, e - lo
        in_strong = any(g.start() <= ws and we <= g.end() for g in STRONG.finditer(window))
        word = m.group(0).lower()
        if space and word.startswith(("manoeuv", "maneuv")):
            continue
        # "exercised", "drilling": verbs are rarely the military noun sense.
        if (
            VERB_SENSE.fullmatch(word)
            and not in_strong
            and not (word.startswith("drill") and has_mil and "drilling" not in word)
        ):
            continue
        if in_strong:
            ev.strong = True
            ev.hits += 1
        elif has_mil:
            ev.hits += 1
    if has_mil:
        for m in NAMED.finditer(text):
            ev.named.append(m.group(1))
    if series_hits:
        ev.named.extend(series_hits)
    if ev.named and not ev.hits:
        ev.hits = 1
    if ev.named:
        ev.strong = True
    if ev.hits:
        ev.generic = GENERIC.search(text) is not None
        ev.specific = SPECIFIC.test(text, toks)
        ev.accident = ACCIDENT.test(text, toks)
    return ev
