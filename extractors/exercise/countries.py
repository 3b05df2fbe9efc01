"""Who takes part, who hosts, and where: read from the way a country is mentioned.

A country named in an exercise story is often only context (sanctions, a war, the target of a
show of force, the sea the ships sail in). So a mention counts as a participant only in a
participation shape: "X and Y navies held", "drills with X, Y and Z", "troops from X",
"X will send forces", "participating countries include X", "X-Y joint exercise", "Chinese
soldiers", "the PLA Navy". Each sentence is rewritten with a placeholder per mention, and the
shapes are regexes over that rewritten text, so lists of any length are handled in one place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .gazetteer import Place, find_places

IGN = re.IGNORECASE
C = r"§\d+§"
LIST = (
    rf"{C}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*/\s*|-|\s+as well as\s+)"
    rf"(?:the\s+|host\s+|hosts\s+)?{C})*"
)

MILNOUN = (
    r"(?:navy|navies|naval|army|armies|air ?forces?|military|militaries|(?:armed |defen[cs]e )?"
    r"forces|troops|soldiers|marines|warships?|ships|vessels|jets|aircraft|fighter jets|"
    r"fighters|bombers|personnel|sailors|airmen|paratroopers|contingents?|coast ?guards?|"
    r"submarines?|frigates?|destroyers?|corvettes?|units|battalions?|brigades?|regiments?|"
    r"special forces|commandos|servicem[ae]n|service ?members|defen[cs]e ministry|"
    r"ministry of defen[cs]e|defen[cs]e forces|self-defen[cs]e forces|infantry|tanks|"
    r"carriers?|aircraft carriers?|task force|task group|fleet|flotilla|squadrons?|"
    r"delegation|team|pilots|crews?|gunners|artillery|warplanes|helicopters|drones|"
    r"F-\d+\w*|Su-\d+\w*|MiG-\d+\w*|Rafales?|Typhoons?)"
)
REACTION = (
    r"(?:scrambl\w*|monitor\w*|track\w*|shadow\w*|intercept\w*|respond\w*|react\w*|warn\w*|"
    r"detect\w*|observ\w*|watch\w*|condemn\w*|protest\w*|denounc\w*|criticis\w*|criticiz\w*|"
    r"said|says|say|accus\w*|report\w*|spott\w*|sighted|closely|raised|"
    r"kept|keep|keeps|keeping|tailed|followed|approached|harass\w*|confronted|"
    r"call(?:ed|s)(?! off)|"
    r"describ\w*|slam\w*|object\w*|complain\w*|express\w*|den(?:y|ies|ied))"
)
EXVERB = (
    r"(?:hold|holds|held|holding|conduct\w*|stag(?:e|es|ed|ing)|launch\w*|carr(?:y|ies|ied|"
    r"ying) out|beg(?:in|an|ins|un)|start\w*|kick\w* off|perform\w*|practis\w*|practic\w*|"
    r"join(?:s|ed|ing)?|particip(?:at|an)\w*|take part|took part|taking part|takes part|send|"
    r"sends|sent|sending|dispatch\w*|deploy(?:s|ed|ing)?|wrapp?\w* up|complet\w*|conclud\w*|"
    r"mount\w*|sail(?:s|ed|ing)?|flew|fly|flies|flying|train(?:s|ed|ing)?|fire[ds]?|firing|"
    r"rehears\w*|simulat\w*|host(?:s|ed|ing)?|organi[sz]\w*|led|lead|leads|co-host\w*|"
    r"provid\w*|contribut\w*|brought|bring\w*|field(?:s|ed|ing)?|commit\w*|land(?:s|ed|ing)?|"
    r"jump\w*|parachut\w*|call\w* off|cancel\w*|postpon\w*|suspend\w*|scrap\w*|resum\w*|"
    r"wrapp?\w* up|sets? (?:the )?(?:\w+ )?dates?|announc\w*|plans?|planned|planning|"
    r"schedul\w*|prepar\w*|unveil\w*|orders?|ordered|ends|ended|opens?|opened|shows?|"
    r"showed|showcas\w*|resum\w*|stages)"
)
BAD_GAP = re.compile(
    r"\b(?:against|said|says|say|accused|accuses|criticised|criticized|condemned|warned|warns|"
    r"urged|called|reported|reports|told|denied|denies|claimed|claims|alleged|believes|fears|"
    r"not|never|refused|declined|sanction\w*|invaded|attacked|protested|because|after|while|"
    r"protests?|objects?|objected|oppos\w*|complain\w*|slam\w*|denounc\w*|criticis\w*|"
    r"reluctant|refus\w*|declin\w*|withdr\w*|unwilling|missiles?|rockets?|shells|"
    r"monitor\w*|watch\w*|track\w*|shadow\w*|observ\w*|surveillance|spy|intelligence\S*|"
    r"research|survey|"
    r"when|as|which|who|that China|near|around|off)\b",
    IGN,
)
TENSION = (
    r"(?:ties|relations|relationships?|tensions?|talks|hostilit\w+|conflicts?|wars?(?![- ]?gam)|"
    r"disputes?|"
    r"standoff|stand-off|borders?|cooperation|co-operation|partnerships?|agreements?|deals?|"
    r"trade|control|frontier|boundary|line|pacts?|treaty|treaties|accords?|"
    r"confrontation|rivalry|friction|clash\w*|row|spat|feud|fight|fighting|problems?|"
    r"issues?|competition|crisis|contacts|meeting|summit|dialogue|engagement|alliance)"
)
_CONTEXT_BEFORE = re.compile(
    r"\b(?:against|near|around|towards?|toward|off|surrounding|encircl\w*|blockad\w*|"
    r"invasion of|invade|attack(?:s|ing)? on|pressure on|threats? (?:from|to|of|posed by)|"
    r"deter(?:rence|ring)?|counter(?:ing)?|warning to|warn(?:ed|s|ing)?|aimed at|directed at|"
    r"target(?:ing|ed|s)?|anger(?:ing|ed)?|despite|sanction\w*|provok\w*|intimidat\w*|"
    r"over|across|east of|west of|north of|south of|close to|approach\w* to|within|"
    r"opposed by|rival|enemy|adversar\w*|visit(?:ed|s|ing)? (?:to )?|trip to|in|into|at|"
    r"from attacking|rather than|unlike|not|after|following|since|because of|amid|"
    r"mock|mock-up of|mock-ups? of|replicas? of|models? of|simulated|"
    r"(?:attack|invasion|aggression|switch|incursion|strike|assault|landing)s? by)"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$",
    IGN,
)

_P_FORCE = re.compile(
    rf"({LIST})(?:'s?)?\s+(?!(?:[\w-]+\s+){{0,2}}?(?:surveillance|spy|intelligence|research|"
    rf"survey|fishing|militia|maritime militia|merchant|civilian|cargo|coast)\b)"
    rf"(?:[\w-]+\s+){{0,2}}?{MILNOUN}\b(?!\s+(?:\w+\s+)?{REACTION})",
    IGN,
)
_P_AMONG = re.compile(
    rf"({LIST})\s+(?:were|are|was|is|will be)\s+(?:also\s+)?among\s+(?:the\s+)?(?:other\s+)?"
    rf"(?:participants|contributors|countries|nations|participating|those|forces)",
    IGN,
)
_P_LED = re.compile(
    rf"\b(?:co-)?(?:led|organi[sz]ed|sponsored|co-hosted|co-led|hosted|run|conducted|"
    rf"staged) by\s+(?:the\s+)?({LIST})",
    IGN,
)
_PART_VERB_AFTER = re.compile(
    r"(?:'s?)?[^.;]{0,120}?\b(?:took part|take part|taking part|takes part|"
    r"particip(?:at|an)\w*|join\w*|contribut\w*|sent|send\w*|brought|bring\w*|"
    r"provid\w*|commit\w*|dispatch\w*)\b",
    IGN,
)
_NEGATION = re.compile(
    r"\b(?:not|neither|nor|never|no longer|withdr[ae]w\w*|pull(?:ed|s|ing)? out|stays? away|"
    r"stayed away|boycott\w*|refus\w*|declin\w*|excluded|frozen|won't|isn't|aren't|wasn't|"
    r"weren't|instead of)\b",
    IGN,
)
_PARTICIPATION_WORDS = re.compile(
    r"\b(?:particip(?:at|an)\w*|take part|taking part|took part|takes part|join\w*|"
    r"contribut\w*|send\w*|sent|involv\w*|contingents?|drills?|exercises?)\b",
    IGN,
)
_SUBJ_CONTEXT = re.compile(
    r"(?:(?<!well )\bas|\bfrom|\bwhile|\bwhereas)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,1}$", IGN
)
_NONE = re.compile(r"\b(?:neither|none of (?:them|these|those)|nor)\b", IGN)
_REACTION_NEAR = re.compile(rf"[^.;]{{0,50}}?\b{REACTION}\b", IGN)
# "North Korea said its artillery units staged a drill": the speaker owns the forces.
_P_SELF = re.compile(
    rf"({C})(?:'s\s+(?:[\w-]+\s+){{0,2}}?(?:ministry|military|command|spokes\w+))?\s+"
    rf"(?:said|says|announced|reported|confirmed|stated)\b[^.;§]{{0,40}}?\b(?:its|their)\s+"
    rf"(?:own\s+)?(?:[\w-]+\s+){{0,2}}?{MILNOUN}\b",
    IGN,
)
_P_ALLIES = re.compile(rf"({LIST})\s+and\s+(?:its|their)\s+(?:allies|partners)\b", IGN)
_P_SUBJ = re.compile(rf"({LIST})(?:'s?)?\s+(?:[\w,-]+\s+){{0,5}}?{EXVERB}\b", IGN)
_P_WITH = re.compile(
    rf"\b(?:with|alongside|joined by|along with|together with|jointly with|"
    rf"partnered with)\s+(?:the\s+)?(?:(?:navies|armies|militaries|forces|air forces|"
    rf"troops|soldiers|ships|counterparts?|partners?) (?:of|from)\s+(?:the\s+)?)?"
    rf"(?:[\w-]+\s+){{0,1}}?({LIST})",
    IGN,
)
_P_FROM = re.compile(
    rf"\b(?:forces|troops|navies|militaries|ships|warships|personnel|contingents?|units|"
    rf"soldiers|armies|air forces|sailors|marines|delegations?|participants|teams|jets|"
    rf"aircraft|servicemen|service ?members|officers|pilots|vessels|representatives)\s+"
    rf"(?:from|of)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?({LIST})",
    IGN,
)
_P_INCL = re.compile(
    rf"\b(?:countries|nations|states|participants|partners|members|navies|militaries|"
    rf"forces|armies)\b[^§.;]{{0,40}}?(?:including|include|includes|included|such as|like|"
    rf"namely|are|were|:|-)\s+(?:the\s+)?(?:(?:those|units|contingents|forces|navies|"
    rf"armies|air forces) (?:of|from)\s+(?:the\s+)?)?({LIST})",
    IGN,
)
_P_ADJ = re.compile(
    rf"({LIST})(?:'s?)?\s*(?:-\s*)?(?:[\w-]+\s+){{0,3}}?(?:exercises?|drills?|war[- ]?games?|"
    rf"wargames?|manoeuvres|maneuvers)\b",
    IGN,
)
_P_BETWEEN = re.compile(
    rf"\b(?:between|among|amongst|involving|participation (?:of|from)|"
    rf"comprising|bringing together|brought together|brings together)\s+(?:the\s+)?"
    rf"(?:(?:armies|navies|militaries|forces|air forces) of\s+(?:the\s+)?)?({LIST})",
    IGN,
)
_P_HOST = re.compile(
    rf"({LIST})\s+(?:[\w-]+\s+){{0,4}}?(?:by\s+)?(?:be\s+)?host(?:s|ed|ing)?\b(?!\s+(?:a|the)?\s*"
    rf"(?:talks|summit|meeting|conference|delegation|visit))",
    IGN,
)
_OBS_AFTER = re.compile(
    r"\b(?:observers?|observ(?:e|ed|es|ing)|guests?|attach[ée]s|invited|watch(?:ed|ing)?|"
    r"spectators?)\b[^.;]*$",
    IGN,
)
_OBS_NEXT = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:observers?|attach[ée]s|monitors)\b", IGN)
_OBS_NOUN = re.compile(r"^(?:'s?)?\s+(?:[\w-]+\s+){0,2}?(?:observers?|attach[ée]s|guests?)\b", IGN)
_P_HOSTED = re.compile(rf"\bhosted by\s+(?:the\s+)?({LIST})", IGN)
_OBSERVER = re.compile(
    r"\b(?:observers?|observ(?:e|ed|es|ing) the|guests?|attach[ée]s|invited to watch|"
    r"watch(?:ed|ing)? the|monitor(?:ed|ing|s)? the|spectators?)\b",
    IGN,
)
_LOC = re.compile(
    rf"\b(?:in|at|on|across|throughout|inside|within|into|over|off|near|around|to|from|"
    rf"off the (?:\w+ )?coast of|on the coast of|in the (?:waters|skies|airspace) (?:off|of|"
    rf"around|near)|waters off|territory of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}?({C})",
    IGN,
)
_IDX = re.compile(r"§(\d+)§")
_CONTEXT_AFTER = re.compile(
    r"-(?:made|built|supplied|designed|developed|origin)\b|-led\s+(?:[\w-]+\s+){0,3}?"
    r"(?:organi[sz]ation|alliance|bloc|coalition|CSTO|NATO|Collective)\b|"
    r"(?:'s?)?\s+(?:threat|threats|tensions?|sanctions|aggression|pressure|challenge|menace|"
    r"factor|problem|question|issue|policy|crisis|war|invasion|hawks|rivalry|dispute)\b",
    IGN,
)
_NOT_HOST_BEFORE = re.compile(
    r"\b(?:conflict|war|fighting|crisis|activity|activities|operations?|invasion|offensive|"
    r"aggression|attacks?|protests?|elections?|moved|entered|sanctions?|instability|"
    r"interests|embassy|ambassador|envoy|trip|visit|visited)\s+(?:\w+\s+){0,1}$",
    IGN,
)
_LINKED_BEFORE = re.compile(
    r"\b(?:take place|takes place|took place|taking place|held|hold|holding|be held|"
    r"conduct\w*|stag\w*|exercises?|drills?|manoeuvres|maneuvers|war[- ]?games?|wargames?|"
    r"arriv\w*|phase|deployed|training|trained|parachuted|jumped|landed|sailed|sailing|"
    r"hosted|kick\w* off|beg[ia]n\w*|start\w*|underway|under way|locations?|ranges?|"
    r"areas?|regions?|base|airbase|air base|port)\b[^.;§]{0,60}$",
    IGN,
)
_TENSION_BEFORE = re.compile(rf"\b{TENSION}\s+(?:[\w-]+\s+){{0,2}}$", IGN)


@dataclass(slots=True)
class CountryEvidence:
    participants: dict[str, str] = field(default_factory=dict)  # code -> sentence
    how: dict[str, str] = field(default_factory=dict)  # code -> pattern name (debugging)
    hosts: list[tuple[str, str, int]] = field(default_factory=list)  # code, sentence, priority
    locations: list[dict] = field(default_factory=list)
    observers: set[str] = field(default_factory=set)


def _mask(sentence: str, places: list[Place]) -> tuple[str, list[Place]]:
    parts: list[str] = []
    pos = 0
    for i, p in enumerate(places):
        parts.append(sentence[pos : p.start])
        parts.append(f"§{i}§")
        pos = p.end
    parts.append(sentence[pos:])
    return "".join(parts), places


def _codes(span: str, places: list[Place], kinds: tuple[str, ...]) -> list[tuple[int, Place]]:
    out = []
    for m in _IDX.finditer(span):
        i = int(m.group(1))
        p = places[i]
        if p.code and p.kind in kinds:
            out.append((i, p))
    return out


PARTICIPANT_KINDS = ("name", "demonym", "force", "prefix")


def read_sentence(sentence: str, ev: CountryEvidence, exercise_sentence: bool) -> None:
    """Add this sentence's participants, host candidates and locations to ``ev``."""
    places = find_places(sentence)
    if not places:
        return
    masked, places = _mask(sentence, places)
    observer_sentence = _OBSERVER.search(masked) is not None
    found: dict[int, str] = {}

    def add(match: re.Match[str], group: int, how: str, check_context: bool = True) -> None:
        span = match.group(group)
        start = match.start(group)
        if check_context and _CONTEXT_BEFORE.search(masked[max(0, start - 40) : start]):
            return
        if _CONTEXT_AFTER.match(masked, match.end(group)):
            return
        for i, _place in _codes(span, places, PARTICIPANT_KINDS):
            found.setdefault(i, how)

    for p_i, p in enumerate(places):
        if p.kind == "force":
            at = masked.find(f"§{p_i}§") + len(f"§{p_i}§")
            if _REACTION_NEAR.match(masked, at):
                continue
            if exercise_sentence or _PART_VERB_AFTER.match(masked, at):
                found.setdefault(p_i, "force")
    for m in _P_FORCE.finditer(masked):
        if _REACTION_NEAR.match(masked, m.end()):
            continue
        if (
            _PART_VERB_AFTER.match(masked, m.end())
            or exercise_sentence
            and not _SUBJ_CONTEXT.search(masked[max(0, m.start() - 30) : m.start()])
        ):
            add(m, 1, "force")
    for m in _P_SUBJ.finditer(masked):
        gap = masked[m.end(1) : m.end()]
        if BAD_GAP.search(gap) or "§" in gap:
            continue
        if _OBS_NEXT.match(masked, m.end()):
            continue
        if _SUBJ_CONTEXT.search(masked[max(0, m.start() - 30) : m.start()]):
            continue
        add(m, 1, "subject")
    for m in _P_AMONG.finditer(masked):
        add(m, 1, "among", check_context=False)
    if exercise_sentence:
        for m in _P_LED.finditer(masked):
            add(m, 1, "led", check_context=False)
    if exercise_sentence:
        for m in _P_WITH.finditer(masked):
            if not _TENSION_BEFORE.search(masked[max(0, m.start() - 30) : m.start()]):
                add(m, 1, "with", check_context=False)
        for m in _P_ADJ.finditer(masked):
            gap = masked[m.end(1) : m.end()]
            if BAD_GAP.search(gap) or "§" in gap:
                continue
            add(m, 1, "adjective")
        for m in _P_BETWEEN.finditer(masked):
            if not _TENSION_BEFORE.search(masked[max(0, m.start() - 30) : m.start()]):
                add(m, 1, "between", check_context=False)
    for m in _P_FROM.finditer(masked):
        add(m, 1, "from", check_context=False)
    for m in _P_INCL.finditer(masked):
        if _CONTEXT_BEFORE.search(masked[max(0, m.start() - 40) : m.start()]):
            continue
        if exercise_sentence or _PARTICIPATION_WORDS.search(masked):
            add(m, 1, "including", check_context=False)
    for m in _P_SELF.finditer(masked):
        add(m, 1, "self")
    if exercise_sentence:
        for m in _P_ALLIES.finditer(masked):
            add(m, 1, "allies")
        for pattern in (_P_HOST, _P_HOSTED):
            for m in pattern.finditer(masked):
                if pattern is _P_HOST and BAD_GAP.search(masked[m.end(1) : m.end()]):
                    continue
                for i, p in _codes(m.group(1), places, ("name",)):
                    found[i] = "host"
                    ev.hosts.append((p.code or "", sentence, 0))
    negated = _NEGATION.search(masked)
    if _NONE.search(masked):
        found = {i: how for i, how in found.items() if how == "host"}
    for i, how in found.items():
        code = places[i].code
        if not code:
            continue
        if negated and how != "host":
            at = masked.find(f"§{i}§")
            clause_end = min(
                [x for x in (masked.find(";", at), masked.find(". ", at)) if x >= 0]
                or [len(masked)]
            )
            if negated.start() > at and _NEGATION.search(masked, at, clause_end):
                continue
        if observer_sentence and how != "host":
            at = masked.find(f"§{i}§")
            tail = masked[at + len(f"§{i}§") :]
            if _OBS_AFTER.search(masked[max(0, at - 80) : at]) or _OBS_NOUN.match(tail):
                ev.observers.add(code)
                continue
        ev.participants.setdefault(code, sentence)
        ev.how.setdefault(code, how)
    # Locations and host candidates.
    for m in _LOC.finditer(masked):
        i = int(m.group(1).strip("§"))
        p = places[i]
        prep = masked[m.start() : m.start(1)].lower()
        before = masked[max(0, m.start() - 70) : m.start()]
        if _NOT_HOST_BEFORE.search(before):
            continue
        linked = _LINKED_BEFORE.search(before) is not None
        if p.kind == "region" and p.code:
            if not re.match(r"\s*(?:to|from)\b", prep):
                ev.hosts.append((p.code, sentence, 1 if linked else 2))
        elif p.kind == "name" and p.code:
            if re.match(r"\s*(?:near|around|to|from|over|into)\b", prep):
                continue
            if linked or "coast" in prep or "waters" in prep:
                ev.hosts.append((p.code, sentence, 1))
                ev.locations.append({"name": p.text, "country": p.code, "sea": False})
            elif re.match(r"\s*(?:in|at|inside|across|throughout|within)\b", prep):
                ev.hosts.append((p.code, sentence, 3))
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
