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

from ..gazetteer import find_places
from .around import (
    _BOTH_KOREAS,
    _COMMAND_AFTER,
    _EXERCISE_BEFORE,
    _FROM_BEFORE,
    _HEAD_COUNT_BEFORE,
    _LAST_IN_LIST,
    _LIST_AFTER,
    _OTHER_OBSERVER,
    _PLUS_LIST,
    _REPLACED_BEFORE,
    _REST_OF_LIST,
    _SPEAKER_AFTER,
    _WITHOUT_BEFORE,
    _WITHOUT_WHAT,
)
from .evidence import CountryEvidence, _codes
from .host_shapes import (
    _CONTEXT_AFTER,
)
from .locate import read_places
from .masking import PARTICIPANT_KINDS, _both_koreas, _mask, _places
from .observer_shapes import (
    _OBS_AFTER,
    _OBS_LATER,
    _OBS_NEXT,
    _OBS_NOUN,
    _OBS_VERB_AFTER_LIST,
    _OBSERVER,
    _WITH_OBSERVERS,
    OWN_OBSERVERS,
)
from .shapes import (
    _CONTEXT_BEFORE,
    _GEO_BEFORE,
    _JOIN_VERB_END,
    _NEGATION,
    _NEWS_VERB_END,
    _NONE,
    _P_ADJ,
    _P_ALLIES,
    _P_AMONG,
    _P_BESIDES,
    _P_BETWEEN,
    _P_FORCE,
    _P_FROM,
    _P_HOST,
    _P_HOSTED,
    _P_INCL,
    _P_INVOLVE,
    _P_LED,
    _P_PARTICIPATING,
    _P_PARTICIPATION_OF,
    _P_PURPOSE,
    _P_SELF,
    _P_SIDE,
    _P_SUBJ,
    _P_SUPPORT,
    _P_TRAIN_WITH,
    _P_WITH,
    _PART_VERB_AFTER,
    _PARTICIPATION_WORDS,
    _REACTION_NEAR,
    _SPEAKERS_IN_BEFORE,
    _SPY_OBJECT,
    _SUBJ_CONTEXT,
    _TENSION_BEFORE,
    PAST_PARTICIPANTS,
    SERIES_PARTNERS,
)
from .unit_shapes import (
    FORCE_CUE_BEFORE,
    MEETING_OBJECT,
    OTHER_MISSION,
    P_ALONGSIDE_FORCES,
    P_CAME_FROM,
    P_MODEL_FROM,
    P_SUBJ_ASIDE,
    PARTICIPATION_INTRO,
    ROLL_CALL,
)
from .words import BAD_GAP

_AGAINST_IN_GAP = re.compile(
    r"\b(?:counter\w*|against|deter\w*|target\w*|threat\w*|confront\w*|rival\w*|aimed at)\b"
    r"[^§.;]{0,40}$",
    re.IGNORECASE,
)
# "..., while Turkmenistan is absent": a negation after the turn belongs to its own clause.
_ASIDE = re.compile(r",\s*(?:who|which)\b[^,;]*,")
_NEW_CLAUSE = re.compile(r",\s*(?:while|whereas)\b", re.IGNORECASE)


# Shapes whose first group is the list of participants, read in any sentence and with no test
# of the words before it: a new one is a row here.
_UNIT_SHAPES = ((P_MODEL_FROM, "from"), (P_CAME_FROM, "from"), (P_ALONGSIDE_FORCES, "with"))
_LIST_SHAPES = (
    (_P_BESIDES, "besides"),
    (_P_INVOLVE, "involve"),
    (_P_SIDE, "side"),
    (_P_PARTICIPATION_OF, "participation-of"),
)

_MAX_PLACES = 80


def read_sentence(sentence: str, ev: CountryEvidence, exercise_sentence: bool) -> None:
    """Add this sentence's participants, host candidates and locations to ``ev``."""
    places = _places(sentence)
    if not places:
        return
    if len(places) > _MAX_PLACES:
        # The list shapes try every start in a list of names, so one sentence of thousands of
        # names (a hostile page) would cost minutes. No real sentence names more than about 40
        # states; the rest of such a sentence is not read.
        # (Cut on the sentence as written: the "both Koreas" rewrite moves offsets.)
        written = find_places(sentence)
        if len(written) >= _MAX_PLACES:
            sentence = sentence[: written[_MAX_PLACES - 1].end]
            places = _places(sentence)
    masked, places = _mask(_BOTH_KOREAS.sub(_both_koreas, sentence), places)
    if "observers" in masked:
        masked = _WITH_OBSERVERS.sub(r"\1", masked)
    observer_sentence = _OBSERVER.search(masked) is not None
    found: dict[int, str] = {}

    def add(match: re.Match[str], group: int, how: str, check_context: bool = True) -> None:
        span = match.group(group)
        start = match.start(group)
        if check_context and _CONTEXT_BEFORE.search(masked[max(0, start - 40) : start]):
            return
        if _CONTEXT_AFTER.match(masked, match.end(group)):
            return
        if how != "officials" and _SPEAKERS_IN_BEFORE.search(masked[max(0, start - 40) : start]):
            return
        for i, _place in _codes(span, places, PARTICIPANT_KINDS):
            found.setdefault(i, how)

    intro = PARTICIPATION_INTRO.search(masked)
    roll_from = intro.end() if intro else len(masked)

    def cued(start: int) -> bool:
        # "represented the U.S. Navy"; "the participating aircraft include U.S. F-35s, ..."
        return start >= roll_from or bool(
            FORCE_CUE_BEFORE.search(masked, max(0, start - 60), start)
        )

    for p_i, p in enumerate(places):
        if p.kind == "force":
            begin = masked.find(f"§{p_i}§")
            at = begin + len(f"§{p_i}§")
            if _REACTION_NEAR.match(masked, at):
                continue
            if exercise_sentence or _PART_VERB_AFTER.match(masked, at) or cued(begin):
                found.setdefault(p_i, "force")
    for m in _P_FORCE.finditer(masked):
        if _REACTION_NEAR.match(masked, m.end()):
            continue
        if (
            cued(m.start())
            or _PART_VERB_AFTER.match(masked, m.end())
            # "Approximately 120 British and 166 French paratroopers jumped": counted troops
            or _HEAD_COUNT_BEFORE.search(masked, max(0, m.start() - 16), m.start())
            or exercise_sentence
            and not _SUBJ_CONTEXT.search(masked[max(0, m.start() - 30) : m.start()])
        ):
            add(m, 1, "force")
    # "Sweden, which has taken part since 1990, will participate": the subject and its verb
    # are also read with the aside between them blanked (same length, so offsets hold); the
    # aside itself may hold a subject ("which the United States has launched").
    unaside = _ASIDE.sub(lambda a: " " * len(a.group(0)), masked) if "," in masked else masked
    views = (masked, unaside) if unaside != masked else (masked,)
    for view in views:
        for m in _P_SUBJ.finditer(view):
            gap = view[m.end(1) : m.end()]
            if BAD_GAP.search(gap) or "§" in gap:
                continue
            if _OBS_NEXT.match(masked, m.end()):
                continue
            ctx = _SUBJ_CONTEXT.search(masked[max(0, m.start() - 30) : m.start()])
            if ctx and not (
                ctx.group(0).lower().startswith(("while", "whereas"))
                and _JOIN_VERB_END.search(masked, m.start(), m.end())
                and not _REACTION_NEAR.match(masked, m.end())
            ):
                continue  # "as X warned"; but "..., while X sent frigates" is one more
            if _SPY_OBJECT.match(masked, m.end()):
                continue  # "is likely to send an intelligence-gathering ship"
            if MEETING_OBJECT.match(masked, m.end()):
                continue  # "N. Korea cancels talks": a meeting called off, not a drill
            if OTHER_MISSION.match(masked, m.end()):
                continue  # "has sent destroyers ... as part of an operation against smuggling"
            if not exercise_sentence and _NEWS_VERB_END.search(masked, m.start(), m.end()):
                continue  # see _NEWS_VERB_END
            add(m, 1, "subject")
    for m in P_SUBJ_ASIDE.finditer(masked):
        add(m, 1, "subject")
    for m in _P_AMONG.finditer(masked):
        add(m, 1, "among", check_context=False)
    if exercise_sentence:
        for m in _P_LED.finditer(masked):
            if not _TENSION_BEFORE.search(masked[max(0, m.start() - 30) : m.start()]) and not (
                re.search(
                    r"sanction|embargo|campaign|war\b", masked[max(0, m.start() - 30) : m.start()]
                )
            ):
                add(m, 1, "led", check_context=False)
    if exercise_sentence:
        for m in _P_WITH.finditer(masked):
            if _REPLACED_BEFORE.search(masked, max(0, m.start() - 40), m.start()):
                continue  # "Noble Dina, which replaced joint drills with Turkey"
            if _AGAINST_IN_GAP.search(masked, m.start(), m.start(1)):
                continue  # "with sharp focus on countering China's military playbook"
            if not _TENSION_BEFORE.search(masked[max(0, m.start() - 30) : m.start()]):
                if not _codes(m.group(1), places, PARTICIPANT_KINDS):
                    # "with Baltic partners Estonia, Latvia ...": the sea was not the partner.
                    m = _LIST_AFTER.match(masked, m.end(1)) or m
                add(m, 1, "with", check_context=False)
        for m in _P_ADJ.finditer(masked):
            gap = masked[m.end(1) : m.end()]
            if BAD_GAP.search(gap) or "§" in gap:
                continue
            add(m, 1, "adjective")
        for m in _P_BETWEEN.finditer(masked):
            before = masked[max(0, m.start() - 30) : m.start()]
            if not _TENSION_BEFORE.search(before) and not _GEO_BEFORE.search(before):
                add(m, 1, "between", check_context=False)
    for m in _P_PURPOSE.finditer(masked):
        # The exercise is what improves the cooperation: its own sentence, or a sentence that
        # names the exercise (or its objectives) before the purpose.
        if (exercise_sentence or _EXERCISE_BEFORE.search(masked, 0, m.start())) and not re.search(
            r"\b(?:amid|as|while)\s+\S*$", masked[max(0, m.start() - 12) : m.start()]
        ):
            add(m, 1, "purpose", check_context=False)
    for m in _P_TRAIN_WITH.finditer(masked):
        add(m, 1, "train-with", check_context=False)
    for m in _P_FROM.finditer(masked):
        group = next(g for g in (1, 2, 3, 4, 5) if m.group(g))
        if group == 2 and not _FROM_BEFORE.search(masked, 0, m.start()):
            continue  # "as well as from X" continues a list of where troops come from
        add(m, group, "officials" if group in (4, 5) else "from", check_context=False)
    roll = ROLL_CALL.search(masked)
    if roll:
        clause = masked[roll.end() : (masked.find(";", roll.end()) + 1 or len(masked) + 1) - 1]
        for m in re.finditer(r"§(\d+)§", clause):
            if places[int(m.group(1))].kind in PARTICIPANT_KINDS:
                found.setdefault(int(m.group(1)), "roll")
    for pattern, how in _UNIT_SHAPES:
        for m in pattern.finditer(masked):
            add(m, 1, how, check_context=False)
    for m in _P_INCL.finditer(masked):
        if _CONTEXT_BEFORE.search(masked[max(0, m.start() - 40) : m.start()]):
            continue
        if exercise_sentence or _PARTICIPATION_WORDS.search(masked):
            add(m, 1, "including", check_context=False)
    for pattern, how in _LIST_SHAPES:
        for m in pattern.finditer(masked):
            add(m, 1, how, check_context=False)
    for m in _P_PARTICIPATING.finditer(masked):
        add(m, next(g for g in (1, 2, 3, 4) if m.group(g)), "participating", check_context=False)
    if exercise_sentence or found:
        # "... soldiers from 13 nations: Italy, ..., with support from France, Belgium"
        for m in _P_SUPPORT.finditer(masked):
            add(m, 1, "support", check_context=False)
    for m in _P_SELF.finditer(masked):
        add(m, 1, "self")
    if exercise_sentence:
        for m in _P_ALLIES.finditer(masked):
            if not _REACTION_NEAR.match(masked, m.end()):  # "Kyiv and its allies are watching"
                add(m, 1, "allies")
    if exercise_sentence or _EXERCISE_BEFORE.search(masked):
        # "Lithuania, the host nation for this year's exercise, will ...": a host named as such
        # counts wherever the exercise is spoken of, not only in its own sentence.
        for pattern in (_P_HOST, _P_HOSTED) if exercise_sentence else (_P_HOSTED,):
            for m in pattern.finditer(masked):
                gap = masked[m.end(1) : m.end()] if m.group(1) else ""
                if pattern is _P_HOST and (BAD_GAP.search(gap) or re.search(r"\band\b|,", gap)):
                    continue
                group = next((k for k, g in enumerate(m.groups(), 1) if g), 0)
                span = m.group(group)
                if _SPEAKER_AFTER.match(masked, m.end(group)):
                    span = _LAST_IN_LIST.sub("", span)
                # "Guam hosts partner nations": a territory hosts for its country.
                for i, p in _codes(span, places, ("name", "region")):
                    if p.kind == "name":
                        found[i] = "host"
                    # "hosted by U.S. Southern Command in the Caribbean nation of Trinidad":
                    # a regional command hosts abroad; where it is held is said apart. A
                    # country's navy or army hosting ("the Royal Thai Navy") is at home.
                    at = masked.find(f"§{i}§") + len(f"§{i}§")
                    command = p.kind == "name" and _COMMAND_AFTER.match(masked, at)
                    ev.hosts.append((p.code or "", sentence, 4 if command else 0))
    for m in _PLUS_LIST.finditer(masked):
        if int(m.group(1).strip("§")) in found:
            add(m, 2, found[int(m.group(1).strip("§"))], check_context=False)
    negated = _NEGATION.search(masked)
    if _NONE.search(masked) or PAST_PARTICIPANTS.search(masked):
        found = {i: how for i, how in found.items() if how == "host"}
    series_wide = SERIES_PARTNERS.search(masked)
    if series_wide:
        found = {i: how for i, how in found.items() if masked.find(f"§{i}§") < series_wide.end()}
    for i, how in found.items():
        code = places[i].code
        if not code:
            continue
        if negated and how != "host":
            at = masked.find(f"§{i}§")
            turn = _NEW_CLAUSE.search(masked, at)
            clause_end = min(
                [
                    x
                    for x in (
                        masked.find(";", at),
                        masked.find(". ", at),
                        turn.start() if turn else -1,
                    )
                    if x >= 0
                ]
                or [len(masked)]
            )
            # "Israel, who is not a member of NATO, will take part": the aside is not the verb.
            said = _ASIDE.sub(" ", masked[at:clause_end])
            if negated.start() > at and _NEGATION.search(said):
                continue
        if how != "host" and _WITHOUT_BEFORE.search(masked, 0, masked.find(f"§{i}§")):
            tail = masked[masked.find(f"§{i}§") + len(f"§{i}§") :]
            if _WITHOUT_WHAT.match(tail):
                continue  # "drills held without US participation"
        # "attaches watch Russian and Belarusian drills": the drills' owners, not observers.
        if observer_sentence and how not in ("host", "adjective"):
            at = masked.find(f"§{i}§")
            tail = masked[at + len(f"§{i}§") :]
            if _OBS_VERB_AFTER_LIST.match(tail):
                ev.observers.add(code)
                continue
            later = _OBS_LATER.match(tail)
            if (
                later
                and "§" in tail[: later.end()]
                and how in ("subject", "force")
                and not _REST_OF_LIST.fullmatch(tail[: tail.rfind("§", 0, later.end()) + 1])
            ):
                later = None  # "X sent troops, while Y came as observers": X takes part
            if later and _OTHER_OBSERVER.search(tail[: later.end()]):
                later = None  # "with the participation of X and Y, while Z attends as an observer"
            # A whole list after "observers from" or "invitations were sent to" (places are
            # masked to a few characters each, so 400 reaches to the end of 40 names).
            if (
                _OBS_AFTER.search(masked[max(0, at - 400) : at])
                or (_OBS_NOUN.match(tail) and not OWN_OBSERVERS.match(tail))
                or later
            ):
                ev.observers.add(code)
                continue
        ev.participants.setdefault(code, sentence)
        ev.how.setdefault(code, how)
        if not observer_sentence:
            ev.plain.add(code)
    read_places(masked, places, sentence, ev, exercise_sentence)
