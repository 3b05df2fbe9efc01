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

from .generic import GENERIC, generic_lc
from .senses import other_sense
from .vocabulary import ACCIDENT, CIVIL, MIL, MIL_CORE, SPACE, SPECIFIC
from .wordtest import tokens_of

IGN = re.IGNORECASE


#: Cheap gate: without one of these (or a named series) a text is not looked at any further.
GATE = re.compile(
    r"exercis|drill|war ?-?gam|wargam|manoeuv|maneuv|live[- ]fire|sinkex|passex|"
    r"forces training|training (?:session )?of|inspection|readiness check|snap check|"
    r"surprise check",
    IGN,
)
# GATE as plain substrings of the lower-cased text: the same answer, ten times faster than the
# case-insensitive regex (which scans every position of a 4 KB article).
GATE_WORDS = (
    "exercis",
    "drill",
    "war gam",
    "war-gam",
    "war -gam",
    "war- gam",
    "wargam",
    "manoeuv",
    "maneuv",
    "live fire",
    "live-fire",
    "sinkex",
    "passex",
    "forces training",
    "training of",
    "training session of",
    "inspection",
    "readiness check",
    "snap check",
    "surprise check",
    "excercis",
    "joint training",
    "joint military training",
    "joint combat training",
    "joint tactical training",
    # "training rotation", "their NTC rotation", "a rotation at the Joint Readiness Training
    # Center": one substring for all of them keeps the gate short.
    "rotation",
    "training alert",
    "combat alert",
)


def passes_gate(text: str) -> bool:
    """Whether `text` has any word that can start an exercise story (see GATE)."""
    low = text.lower()
    return any(w in low for w in GATE_WORDS)


# Snap and surprise readiness inspections are exercises ("Putin ordered a snap inspection of
# the Central Military District"): the phrase is military on its own.
_INSPECTION = (
    r"(?:snap|surprise|sudden|unannounced|unscheduled|extraordinary)[- ](?:[\w-]+[- ]){0,2}?"
    r"(?:inspections?|checks?)|combat[- ]readiness (?:inspections?|checks?|tests?)|"
    r"readiness (?:inspections?|checks?)"
)
# Of those, the ones that are military whatever the sentence says; a "surprise inspection" of
# restaurant kitchens is not, so the others need military words around them.
_INSPECTION_STRONG = (
    r"combat[- ]readiness (?:inspections?|checks?|tests?)|snap[- ](?:[\w-]+[- ]){0,2}?"
    r"(?:inspections?|checks?)"
)

# "a training rotation at the Joint Readiness Training Center", "their NTC rotation": a
# brigade's force-on-force exercise at a combat training centre.
_CTC_ROTATION = (
    r"(?:training )?rotations? (?:at|to) (?:the )?(?:joint readiness|national|joint "
    r"multinational readiness) training cent(?:er|re)|(?:jrtc|ntc|jmrc) rotations?"
)

TRIGGER = re.compile(
    r"\b(?:exercis(?:e|es|ed|ing)|excercis(?:e|es)|drill(?:s|ed|ing)?|war[- ]?gam(?:e|es|ing)|"
    # Drills that reports call training: "commenced the joint training entitled ...", "a
    # training rotation at the Joint Readiness Training Center", "put on training alert".
    r"joint (?:[\w-]+ ){0,2}?training|" + _CTC_ROTATION + r"|training rotations?|"
    r"(?:training|combat) alert|"
    r"manoeuv(?:re|res)|maneuv(?:er|ers)|sinkex|passex|live[- ]fire (?:training|firing)|"
    + _INSPECTION
    + r"|"
    r"(?:strategic|nuclear|deterrence) (?:[\w-]+ ){0,2}forces training|training (?:session )?"
    r"of (?:[\w'-]+ ){0,3}(?:strategic|nuclear|deterrence) (?:[\w-]+ )?forces)\b",
    IGN,
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
    r"of (?:[\w'-]+ ){0,3}(?:strategic|nuclear|deterrence) (?:[\w-]+ )?forces|"
    + _INSPECTION_STRONG
    + r")\b",
    IGN,
)

_STRONG_MOD = STRONG.pattern[2 : STRONG.pattern.index(")[- ](?:[\\w-]+[- ]){0,2}?") + 1]
# STRONG read backwards from a trigger that is its final noun: a modifier at one of the last
# word starts before it. Anchored matches at a few positions instead of a scan of the window.
_STRONG_HEAD = re.compile(_STRONG_MOD + r"[- ](?:[\w-]+[- ]){0,2}?")
_STRONG_NOUN = re.compile(r"(?:exercises?|drills?|war[- ]?games?|manoeuvres|maneuvers)")
_STRONG_SELF = re.compile(
    r"war[- ]?games|wargames|sinkex|passex|live[- ]fire (?:training|firing)|"
    r"(?:strategic|nuclear|deterrence) (?:[\w-]+ ){0,2}forces training|training (?:session )?"
    r"of (?:[\w'-]+ ){0,3}(?:strategic|nuclear|deterrence) (?:[\w-]+ )?forces|"
    + _CTC_ROTATION
    + r"|"
    + _INSPECTION_STRONG
)
_NOUN_AFTER = re.compile(r"[\w-]*[- ](?:[\w-]+[- ]){0,2}?" + _STRONG_NOUN.pattern)
_WORD_START = re.compile(r"(?<![\w])\w")


def _strong_at(low: str, s: int, e: int) -> bool:
    """Whether a STRONG phrase covers the trigger ``low[s:e]`` (``low`` is lower-cased)."""
    word = low[s:e]
    if _STRONG_SELF.fullmatch(word):
        return True
    if _STRONG_NOUN.fullmatch(word) and (e == len(low) or not (low[e].isalnum() or low[e] == "_")):
        lo = max(0, s - 80)
        for m in _WORD_START.finditer(low, lo, s):
            p = m.start()
            if p == lo and p and (low[p - 1].isalnum() or low[p - 1] == "_"):
                continue
            if _STRONG_HEAD.fullmatch(low, p, s):
                return True
    if not _NOUN_AFTER.match(low, e):
        return False
    # The trigger sits inside a longer phrase ("naval drill exercises"): the full search.
    lo = max(0, s - 90)
    window = low[lo : e + 70]
    return any(g.start() <= s - lo and e - lo <= g.end() for g in _STRONG_LC.finditer(window))


# "Exercise Desert Flag", "Ex Sea Dragon": a capitalised name after a capital-E Exercise.
NAMED = re.compile(
    r"\b(?:Exercise|Ex|EXERCISE)\.?\s+['\"]?([A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|the|\d{2,4}"
    r"|[IVX]+))*)"
)


# IGNORECASE makes ``re`` several times slower; these all-lower-case patterns are also run
# case-sensitively on the lower-cased sentence (same length for the text we see; see _lower).
_TRIGGER_LC = re.compile(TRIGGER.pattern)
_STRONG_LC = re.compile(STRONG.pattern)


def lower_same(text: str) -> str | None:
    """``text.lower()`` when it keeps every offset (almost always), else None."""
    low = text.lower()
    return low if len(low) == len(text) else None


def has_trigger(text: str, low: str | None = None) -> bool:
    low = low if low is not None else lower_same(text)
    if low is None:
        return TRIGGER.search(text) is not None
    return _TRIGGER_LC.search(low) is not None


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
    near = text[max(0, start - 100) : start]
    if "after" not in near and "following" not in near and "since" not in near:
        return False  # the time clause has to end within 80 characters of the trigger
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


def judge_sentence(
    index: int,
    text: str,
    series_hits: list[str],
    context_military: bool = False,
    low: str | None = None,
    toks: frozenset[str] | None = None,
) -> SentenceEvidence:
    """Count the military-exercise triggers in ``text`` after removing other-sense uses.

    ``context_military``: the article is already known to be about a military exercise, so a
    sentence referring back to it ("The exercise is scheduled from...") needs no military word
    of its own; the other-sense filters still apply."""
    ev = SentenceEvidence(index, text)
    low = low if low is not None else lower_same(text)
    lc = low is not None
    triggers = list(_TRIGGER_LC.finditer(low) if lc else TRIGGER.finditer(text))
    triggers_all = triggers
    toks = toks if toks is not None else tokens_of(text)
    has_mil = context_military or MIL.test(text, toks)
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
        word = m.group(0).lower()
        if space and word.startswith(("manoeuv", "maneuv")):
            continue
        verb = VERB_SENSE.fullmatch(word) is not None
        if has_mil and ev.strong and not verb:
            ev.hits += 1  # the phrase test below could change nothing
            continue
        if lc:
            in_strong = _strong_at(low, s, e)
        else:
            lo = max(0, s - 90)
            window = text[lo : e + 70]
            in_strong = any(
                g.start() <= s - lo and e - lo <= g.end() for g in STRONG.finditer(window)
            )
        # "exercised", "drilling": verbs are rarely the military noun sense.
        if (
            verb
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
        for m in NAMED.finditer(text) if "Ex" in text or "EX" in text else ():
            ev.named.append(m.group(1))
    if series_hits:
        ev.named.extend(series_hits)
    if ev.named and not ev.hits:
        ev.hits = 1
    if ev.named:
        ev.strong = True
    if ev.hits:
        if lc:
            ev.generic = generic_lc(low, [m.span() for m in triggers_all])
        else:
            ev.generic = GENERIC.search(text) is not None
        ev.specific = SPECIFIC.test(text, toks)
        ev.accident = ACCIDENT.test(text, toks)
    return ev
