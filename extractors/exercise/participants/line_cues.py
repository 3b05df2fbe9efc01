"""Which lines of a story, besides its exercise sentences, are read for who takes part.

Split out of places.py: a line that counts troops by nationality in the head of the story, one
that lists the participants ("other countries joining include ..."), one with a verb of taking
part or sending forces, and one that refers back to the exercise.
"""

from __future__ import annotations

import re

IGN = re.IGNORECASE

# "Approximately 120 British and 166 French paratroopers soared ...": troops counted by
# nationality in the head of an exercise story are its troops.
_FORCE_COUNT = re.compile(
    r"\b\d[\d,]*\s+(?:[A-Z][\w.'-]+\s+(?:and\s+\d[\d,]*\s+)?){1,3}(?:troops|soldiers|"
    r"paratroopers|sailors|marines|Marines|airmen|personnel|service ?members|servicemen)\b"
)
_HEAD_LINES = 20
_LISTS_PARTICIPANTS = re.compile(
    # "These countries include Australia, ...", "other countries joining include Canada, ..."
    r"\b(?:countries|nations|states|partners|allies)\s+(?:joining\s+|taking part\s+|"
    r"participating\s+)?includ(?:e|es|ed)\b|"
    r"\b(?:(?:those|nations|countries|militaries|forces|units|navies|partners)\s+"
    r"(?:participating|taking part|joining)|participants|participating (?:nations|countries|forces|"
    # "The participating aircraft include U.S. F-35s, German Tornados and Belgian F-16s"
    r"militaries|navies|units|aircraft|ships|vessels|jets|assets|air forces))\s+"
    r"(?:include|included|are|were|will be)\b|"
    # "Norwegian F-16s, Swedish Gripens ... took to the skies with U.S. Air Force F-15Es to
    # train in a combined environment": forces told training together.
    r"\b(?:to train|trained|training|train) (?:together|alongside|side by side|in a combined)\b|"
    # "They are being held under the leadership of Norway."
    r"\bunder the (?:leadership|command|lead) of\b|"
    # "This includes troops from Lithuania itself, as well as allied nations such as ...",
    # "This year also included the military forces of Tonga, France, and Fiji"
    r"^(?:This|It|They|These|The (?:exercises?|drills?|event|training|manoeuvres|maneuvers)|"
    r"This year(?:'s (?:exercise|edition|iteration|drills?))?)\b[^.;]{0,30}?\b(?:includ(?:es|ed|e)|"
    r"involv(?:es|ed)|brings together|brought together|featur(?:es|ed))\b|"
    # "Also part of the event are America's allies ... Australia, Canada"
    r"\bpart of the (?:event|exercises?|drills?|training|manoeuvres|maneuvers) (?:are|were|is|"
    r"was|will be)\b",
    re.IGNORECASE,
)
_PARTICIPATION = re.compile(
    r"\b(?:particip(?:at|an)\w*|take part|taking part|took part|takes part|contingents?|"
    r"send (?:forces|troops|ships|units|warships|aircraft|personnel)|sent (?:forces|troops|"
    r"ships|warships|aircraft|personnel)|joined by|alongside|"
    # "Troops from the UK, Latvia and Liberia also will be part of the scenarios"
    r"(?:troops|forces|personnel|soldiers|sailors|marines|units|contingents|militaries|navies|"
    r"warships|ships|aircraft)(?: (?:will be |are |were )?(?:coming|came|come|arriving|arrived))?"
    r" from|part of the|"
    # "This year's foreign partners are from the Czech Republic."
    r"partners (?:are|were|will be) from|"
    # "included the military forces of Tonga", "will also be represented by air defence units"
    r"includ(?:es|ed) (?:the )?(?:military |armed |naval )?forces of|"
    r"(?:be|are|were) represented)\b",
    IGN,
)

_REFERS = re.compile(
    r"\b(?:the|this|this year's|the annual|the joint|the multinational|the bilateral)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:exercises?|drills?|war[- ]?games?|wargames?|manoeuvres|maneuvers)\b|"
    # exercise jargon for whoever takes part: "the training audience represent Lithuania, ..."
    r"\b(?:training audience|participating (?:nations|countries|navies|armies|militaries|"
    r"forces|troops|units|states|partners))\b",
    IGN,
)
