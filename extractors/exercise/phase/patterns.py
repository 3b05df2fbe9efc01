"""Fixed shapes the phase rules test beside the weighted cues.

Split out of phase/cues.py, which keeps the weighted tables. These are yes/no tests rather than
weighed evidence: a drill cut short, a headline that ends it, an event told after the day it
happened, a text that says the date is not known.
"""

from __future__ import annotations

import re

from ..phrases import phrase_regex

# An exercise cut short has ended whatever its schedule said.
CUT_SHORT = re.compile(
    r"\b(?:cut(?:s|ting)? short|(?:ended|finished|concluded|wound up|called off the rest of)\b"
    r"[^.;]{0,60}?\b(?:(?:a|one|two|three|\w+) days? early|early|ahead of schedule)\b|"
    r"brought to an early end)",
    re.IGNORECASE,
)
EXERCISE_WORD = re.compile(
    r"\b(?:exercises?|drills?|war[- ]?games?|wargames?|manoeuvres|maneuvers|training|"
    r"operations?)\b",
    re.IGNORECASE,
)

# A headline that ends the exercise: "Allied troops end Swift Response in Poland".
ENDS_HEADLINE = re.compile(
    r"(?<!\bthe )(?<!\bto )(?<!\ban )(?<!\bits )\bend\b(?! of\b)|"
    r"\b(?:cuts? short|ends|ended|conclude|concludes|concluded|wraps? up|wrapped up|closes|closed|"
    r"finish(?:es|ed)?|completes|completed|culminates|comes to an end|winds? up|"
    r"(?:is|are|now) over|caps? off|capped off|closes? out|closed out)\b",
    re.IGNORECASE,
)
# One event reported after the day it happened: "warships held a joint drill on Tuesday".
PAST_EVENT = re.compile(
    r"\b(?:held|staged|conducted|carried out|fired|concluded|ended|took place|practi[sc]ed|"
    r"flew|sailed|simulated|rehearsed|performed|demonstrated|ran|joined|took part|"
    r"participated|launched|guided|oversaw|test-fired|completed)\b",
    re.IGNORECASE,
)
# The text itself says the drill's time is not known: footage released later, a date withheld.
WHEN_UNKNOWN = phrase_regex(
    (
        "did not say when",
        "didn't say when",
        "without saying when",
        "without giving the date",
        "without giving a date",
        "without giving the date of",
        "did not give the date",
        "did not give a date",
        "did not say what day",
        "not clear when",
        "unclear when",
        "date was not given",
        "date of the drill was not",
        "date of the exercise was not",
    )
)

# An undated story told wholly in the past: "From May 7-19, NATO ships engaged in live-fire
# drills", "the exercise integrated ships from nine states". Verbs of an opening ("began",
# "kicked off", "launched") are left out: an opening told in the past is a drill under way.
PAST_ACCOUNT = re.compile(
    r"\b(?:was|were|took part|participated|engaged|integrated|attended|involved|held|"
    r"conducted|carried out|practi[sc]ed|demonstrated|trained|fired|marked|included|"
    r"brought together|featured|tested|showcased|visited|witnessed|staged|completed|concluded|"
    r"ended|wrapped up|performed|executed|simulated|flew|sailed|jumped|landed|attracted|"
    r"culminated|rehearsed)\b",
    re.IGNORECASE,
)
# ... and what tells it is not over: a present or future verb of the drill or its state.
PRESENT_ACCOUNT = re.compile(
    r"\b(?:is|are|has|have|will|shall|takes? part|participates?|engages?|involves|includes|holds|"
    r"conducts|practi[sc]es|trains|continues|runs|underway|under way|ongoing|currently|now|"
    r"begins|starts|kicks off|hosts|began|started|kicked off|launched|opened|commenced|"
    r"today|tonight|this week|tomorrow)\b",
    re.IGNORECASE,
)
