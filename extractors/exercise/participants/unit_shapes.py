"""Shapes that name a participant through its units, ships or aircraft rather than as a state.

Stories about big exercises often never say "the United States took part": they say which
ship "represented the U.S. Navy", that "the largest detachment came from the United States Air
Force", that "the participating aircraft include U.S. F-35s, German Tornados", or that "two C-17s
from the United States" flew in. Each shape here reads the masked sentence (every gazetteer
mention a ``§i§`` placeholder) that participants/grammar.py builds.
"""

from __future__ import annotations

import re

from .shapes import LIST, MILNOUN

IGN = re.IGNORECASE

# Right before a force ("the U.S. Navy", "Royal Canadian Navy", "American paratroopers"): a
# word that makes the force one of the exercise's own.
# "represented the U.S. Navy", "joint jumps of Ukrainian and American paratroopers".
FORCE_CUE_BEFORE = re.compile(
    r"(?:\brepresent(?:s|ed|ing)|"
    r"\b(?:joint|combined)\s+(?:[\w-]+\s+){1,2}?(?:of|by|between|involving))"
    r"\s+(?:the\s+)?(?:Royal\s+)?$",
    IGN,
)

# "The participating aircraft include a diverse mix, such as ...", "Among the vessels setting off
# were ...": what comes after this in the sentence is a roll of participants, so every force
# named after it ("U.S. F-35s, German Tornados") takes part.
PARTICIPATION_INTRO = re.compile(
    r"\b(?:participating|taking part|participants?)\b[^.;]{0,60}?"
    r"\b(?:include[sd]?|including|are|were|will be|comprise[sd]?|such as)\b|"
    r"\bamong the\s+(?:[\w-]+\s+){0,2}?(?:ships|vessels|warships|units|aircraft|forces|"
    r"participants|contingents)\b[^.;§]{0,60}?\b(?:are|were|will be)\b",
    IGN,
)

_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|a pair of|a few|several)"
# "two C-17 Globemasters from the United States", "four F-16s from Poland": a number of one
# aircraft or ship type, and where they come from.
P_MODEL_FROM = re.compile(
    rf"\b{_COUNT}\s+(?-i:[A-Z]{{1,4}}[-/]?\d+[\w/-]*)(?:\s+[\w-]+)?\s+"
    rf"from\s+(?:the\s+)?({LIST})",
    IGN,
)

# "carried out landings alongside Swedish, French and Italian soldiers": the forces a unit
# acts alongside are its partners in the exercise, whatever the verb.
# "The bombers were accompanied by two South Korean F-15 fighters", "joined by the Japanese
# minesweeper": the same, told in the passive.
P_ALONGSIDE_FORCES = re.compile(
    rf"\b(?:alongside|side by side with|together with|(?:joined|accompanied) by)\s+"
    rf"(?:the\s+|an?\s+)?(?:{_COUNT}\s+)?({LIST})(?:'s?)?\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{MILNOUN}\b",
    IGN,
)

# "the largest detachment for this exercise came from the United States Air Force": who sent
# a contingent, with the exercise named between the noun and "came from".
P_CAME_FROM = re.compile(
    r"\b(?:detachments?|contingents?|participation|delegations?)\s+(?:for|in|at|to)\s+"
    r"(?:this|the|that)\s+(?:year's\s+)?(?:[\w-]+\s+){0,2}?(?:exercise|drills?|event|edition|"
    r"manoeuvres|maneuvers)\s+(?:will\s+)?(?:come|comes|came|is|was|will be)\s+(?:coming\s+)?"
    rf"from\s+(?:the\s+)?({LIST})",
    IGN,
)


# "Also part of the event are America's allies in the Five Eyes coalition Australia, Canada,
# New Zealand and the United Kingdom plus France and Japan": after a plain roll-call opening,
# every state named in the rest of the clause takes part, whatever words come between.
ROLL_CALL = re.compile(
    r"\b(?:(?:also\s+)?part of the (?:event|exercises?|drills?|manoeuvres|maneuvers)\s+"
    r"(?:are|were|will be)|(?:the\s+)?participating (?:countries|nations|states|navies|forces)\s+"
    r"(?:are|were|will be|include|included)|participants (?:are|were|will be|include|included))"
    r"\b",
    IGN,
)

# "China and Mongolia, which also participated, became the first ...": the verb of taking part
# in an aside right after the list.
P_SUBJ_ASIDE = re.compile(
    rf"({LIST}),\s*(?:who|which)\s+(?:also\s+|both\s+|each\s+)?(?:will\s+|have\s+|has\s+)?"
    r"(?:also\s+)?(?:particip(?:at|an)\w*|took part|take part|taken part|joined|join|sent|send|"
    r"contributed|contribute)\b",
    IGN,
)

# "The United States has sent several destroyers to the region as part of an operation against
# drug trafficking": forces sent for a mission of their own, beside the drill, not into it.
OTHER_MISSION = re.compile(
    r"[^.;]{0,160}?\bas part of\s+(?:an?|the|its|their|what)\b[^.;]{0,50}?\b(?:operation|"
    r"mission|deployment|campaign|crackdown|patrols?)\b(?![^.;]{0,30}\b(?:exercises?|drills?))",
    IGN,
)

# "N. Korea Cancels Talks", "Pyongyang postponed the high-level meeting": what the verb acts on
# is a meeting, not a drill.
MEETING_OBJECT = re.compile(
    r"\s+(?:the\s+|its\s+|a\s+|planned\s+|scheduled\s+)*(?:[\w'-]+\s+){0,2}?(?:talks|"
    r"meetings?|summit|visit|dialogue|negotiations|meet)\b",
    IGN,
)
