"""An article that describes an exercise series rather than reporting one edition of it.

Encyclopaedia entries, programme pages and explainers ("Sea Breeze is a U.S. and Ukraine
co-hosted multinational maritime exercise held in the Black Sea", "What is Northern Edge?")
name a real series and read like exercise news, but report no event: counting them would add
a phantom exercise to every trend table. They open by defining the series in the present
tense and never say when anything happens.
"""

from __future__ import annotations

import re

from .phrases import phrase_regex

_EXN = r"(?:exercises?|drills?|war[- ]?games?|wargames?|manoeuvres|maneuvers|training event)"
# "X is an annual multinational exercise", "Northern Edge is Alaska's largest ... exercise"
DEFINITION = re.compile(
    r"\b(?:is|are)\s+(?:an?|the|one of the|alaska's|(?-i:[A-Z][\w.]*(?:'s)?))\s+"
    r"(?:[\w.,'-]+\s+){0,10}?" + _EXN + r"\b",
    re.IGNORECASE,
)
SERIES_WORDS = phrase_regex(
    (
        "annual",
        "annually",
        "biennial",
        "biennially",
        "yearly",
        "every year",
        "each year",
        "every two years",
        "every other year",
        "held every",
        "twice a year",
        "regularly",
        "regular",
        "typically",
        "usually",
        "is designed to",
        "are designed to",
        "premier",
        "since 19*",
        "since 20*",
        "series",
        "recurring",
        "is conducted",
        "is held",
        "are held",
        "is sponsored",
        "is an exercise",
    )
)
PAGE_MARKS = re.compile(
    r"From Wikipedia|Jump to:? navigation|^\s*=+ [^=]+ =+\s*$|^What (?:is|are) [A-Z]|"
    # a wiki heading with its edit link run on: "Nato ExercisesEdit"
    r"^[^\n]{3,80}[a-z]Edit\s*$|"
    # an encyclopaedia's numbered citations: "... peacekeeping operations.[1] In the ...[2]"
    r"\w[.,]?\[\d{1,3}\][^\[]{1,400}\w[.,]?\[\d{1,3}\]",
    re.MULTILINE,
)
# Verbs that tell an exercise is happening, will happen or has happened (both lists use them).
_UNDER_WAY = (
    "began",
    "kicked off",
    "kicks off",
    "got underway",
    "gets underway",
    "is underway",
    "are underway",
    "concluded",
    "wrapped up",
    "will begin",
    "will start",
    "will kick off",
    "will take place",
    "will be held",
    "opening ceremony",
    "closing ceremony",
    "are taking part",
    "is taking part",
    "started",
    "launched",
    "is being held",
    "are being held",
)
# Anything that places an event in time: a report of this edition.
EVENT = phrase_regex(
    (
        *_UNDER_WAY,
        "today",
        "yesterday",
        "tomorrow",
        "this week",
        "last week",
        "next week",
        "this year",
        "this month",
        "next month",
        "on monday",
        "on tuesday",
        "on wednesday",
        "on thursday",
        "on friday",
        "on saturday",
        "on sunday",
        "opened",
        "arrived",
        "currently",
        "is being conducted",
        "are being conducted",
        "is hosting",
        "are hosting",
        "this morning",
        "this evening",
        "tonight",
    )
)
# A calendar day ("March 7, 2025", "7 March") or an edition in a name ("Freedom Shield 25",
# "African Lion 2021") also pins the text to one event: a photo caption, not a series page.
DAY = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b"
)
EDITION = re.compile(r"\b[A-Z][\w-]+(?: [A-Z][\w-]+)*[ -]'?(?:19|20)?\d\d[A-Z]?\b(?![\d,.])")


def describes_series(title: str, sentences: list[str], text: str) -> bool:
    """True for a page that defines an exercise series and reports no edition of it."""
    lead = ([title] if title else []) + sentences[:3]
    head = "\n".join(lead)
    heading = _WIKI_HEADING.search(text[:600]) or (_WIKI_HEADING.search(title) if title else None)
    if heading and EDITION.search(heading.group(1)):
        return False  # "= Vostok 2018 =": an encyclopaedia entry on one edition is its report
    # Defined in one line of the lead, told as a series there or in another ("TRADEWINDS is a
    # multinational ... exercise led by ... The exercise is designed to promote ...").
    window = " ".join(([title] if title else []) + sentences[:6])
    defined = any(DEFINITION.search(s) for s in lead) and SERIES_WORDS.search(window) is not None
    if not (defined or PAGE_MARKS.search(text[:600]) or title and PAGE_MARKS.search(title)):
        return False
    if PAGE_MARKS.search(head):
        return True
    return not (EVENT.search(window) or DAY.search(window) or EDITION.search(head))


_WIKI_HEADING = re.compile(r"^\s*=+ ([^=]+) =+\s*$", re.MULTILINE)


# Defence ministers agreeing to "step up joint exercises": a policy, not an exercise. Only for
# an article that names no exercise and gives it no day.
POLICY = phrase_regex(
    (
        "agreed to",
        "agree to",
        "agrees to",
        "pledged to",
        "pledge to",
        "vowed to",
        "vow to",
        "to step up",
        "stepping up",
        "step up",
        "to strengthen",
        "to boost",
        "to expand",
        "to deepen",
        "to increase",
        "roadmap",
        "cooperation plan",
        "said they would",
        "will hold more",
        "more joint",
        "memorandum",
        "defence cooperation",
        "defense cooperation",
        "security cooperation",
        "military cooperation",
    )
)


def is_policy_talk(title: str, sentences: list[str]) -> bool:
    """True for talk of exercises in general, agreed or promised, with no event in it."""
    lead = ([title] if title else []) + sentences[:3]
    if not any(POLICY.search(s) for s in lead):
        return False
    window = " ".join(([title] if title else []) + sentences[:6])
    # The day the ministers spoke is no event; an exercise that began or is held is.
    return not (HAPPENING.search(window) or DAY.search(window))


HAPPENING = phrase_regex(
    (
        *_UNDER_WAY,
        "held a",
        "held joint",
        "conducted a",
        "staged a",
        "next week",
        "next month",
        "this week",
        "commenced",
        "commences",
        "is conducting",
        "are conducting",
    )
)
