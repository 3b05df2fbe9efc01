"""Sentences about *another* exercise or an earlier event, read as context in a long article.

A feature on one exercise often recalls others ("The Indian Army holds similar exercises with
Indonesia and Thailand", "Moscow held its own drills last month", "Aurora was last held in
2017, when...", "Pakistan's air force, meanwhile, held drills with Turkey"). Countries named
there are not participants of this exercise, and places there are not its host. A sentence
that names the exercise, or refers to it with a definite "the exercise", is never set aside
on time words alone.
"""

from __future__ import annotations

import re

IGN = re.IGNORECASE
_EXN = r"(?:exercises?|drills?|war[- ]?games?|wargames?|manoeuvres|maneuvers)"

# "similar bilateral exercises", "its own drills", "a separate exercise", "other war games"
_OTHER_EXERCISE = re.compile(
    r"\b(?:similar|other|separate|another|previous|earlier|past|own|parallel|rival|"
    r"counter|concurrent|simultaneous|coinciding)\s+(?:[\w-]+\s+){0,3}?" + _EXN + r"\b",
    IGN,
)
# "have also taken part in exercises with...": experience, not this event.
_PERFECT_GENERIC = re.compile(
    r"\b(?:has|have|had)\s+(?:also\s+|previously\s+|often\s+|regularly\s+)?(?:taken part|"
    r"participated|held|conducted|staged|joined|trained)\s+(?:in\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:exercises|drills|war games|wargames|manoeuvres|maneuvers)\b",
    IGN,
)
_PAST_TIME = re.compile(
    r"\b(?:last (?:year|month|summer|autumn|winter|spring)|earlier this (?:year|month)|"
    # "which the PLA has previously stated is a punishment": an earlier statement, not event.
    r"(?:years?|months) ago|previously(?! (?:said|stated|announced|described|called|warned|"
    r"declared|noted|claimed|vowed))|in the past|(?:was|were) last held|meanwhile|"
    r"in recent (?:years|months|weeks|days)|"
    # "Earlier, the district commander reported a joint exercise ...", "That year, warships
    # visited ... for naval exercises": a turn to another time, at the head of the sentence.
    r"^\W*(?:earlier|that year|at the time|back then)(?=,))\b",
    IGN,
)
# "was first staged in 2019", "last held five years ago": the history of this exercise series,
# set aside even when the sentence says "the exercise".
_HISTORY = re.compile(
    r"\b(?:first|last|previously|originally|initially)\s+(?:held|staged|conducted|launched|"
    r"organi[sz]ed|took place|run)\b|\b(?:years?|decades?) ago\b",
    IGN,
)
_DEFINITE = re.compile(
    r"\b(?:the|this|this year's)\s+(?:[\w-]+\s+){0,2}?" + _EXN + r"\b(?!\s+(?:with|in|at)\s)",
    IGN,
)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
# "larger contingents than in 2023", "twice as many as last year": a comparison with an
# earlier edition still describes this one.
_COMPARISON = re.compile(
    r"\b(?:than|as|compared (?:with|to)|up from|down from|versus)\s+(?:[\w,]+\s+){0,2}?"
    r"(?:in\s+)?(?:last (?:year|month)|(?:19|20)\d\d)\b",
    IGN,
)


_OTHER_WORDS = (
    "similar",
    "other",
    "separate",
    "another",
    "previous",
    "earlier",
    "past",
    "own",
    "parallel",
    "rival",
    "counter",
    "concurrent",
    "simultaneous",
    "coinciding",
)
_PAST_WORDS = (
    "last ",
    "earlier this",
    " ago",
    "previously",
    "in the past",
    "meanwhile",
    "in recent ",
    "earlier,",
    "that year,",
    "at the time,",
    "back then,",
)
_COMPARE_WORDS = ("than", "as ", "compared", "up from", "down from", "versus")
# The patterns are lower case: they run without IGNORECASE on the lower-cased sentence, and
# each only when a literal it needs is present.
_OTHER_LC = re.compile(_OTHER_EXERCISE.pattern)
_PERFECT_LC = re.compile(_PERFECT_GENERIC.pattern)
_PAST_LC = re.compile(_PAST_TIME.pattern)
_DEFINITE_LC = re.compile(_DEFINITE.pattern)
_COMPARISON_LC = re.compile(_COMPARISON.pattern)
_HISTORY_LC = re.compile(_HISTORY.pattern)


# "The district's schedule for 2022 also includes joint exercises with Egypt and Pakistan",
# "the 2022 combat training plan includes joint drills with ...": a year's programme of
# drills, not this one.
_PROGRAMME = re.compile(
    r"\b(?:schedule|plan|programme|program|calendar)\b(?:\s+for\s+(?:19|20)\d\d)?[^.;]{0,50}?"
    r"\b(?:also\s+)?(?:includes?|included|envisages?|provides for)\b[^.;]{0,80}?\b" + _EXN + r"\b"
)


_PROGRAMME_LC = re.compile(_PROGRAMME.pattern)


def other_event(sentence: str, pub_year: int | None, names_main: bool) -> bool:
    """True when ``sentence`` is about another exercise or an earlier event.

    ``names_main``: the sentence names the article's exercise (then only an explicit "other",
    "similar" or "own" exercise phrase sets it aside)."""
    low = sentence.lower()
    if any(w in low for w in _OTHER_WORDS) and _OTHER_LC.search(low):
        return True
    if ("has " in low or "have " in low or "had " in low) and _PERFECT_LC.search(low):
        return True
    if names_main:
        return False
    if ("plan" in low or "schedule" in low or "program" in low or "calendar" in low) and (
        _PROGRAMME_LC.search(low)
    ):
        return True
    years = [int(y) for y in _YEAR.findall(low)] if pub_year else []
    if (" ago" in low or "ly " in low or "first " in low or "last " in low) and _HISTORY_LC.search(
        low
    ):
        return not years or any(y < pub_year for y in years if pub_year)
    past = any(w in low for w in _PAST_WORDS)
    if not past and not any(y < pub_year for y in years if pub_year):
        return False
    if any(w in low for w in _COMPARE_WORDS):
        low = _COMPARISON_LC.sub(" ", low)
        years = [int(y) for y in _YEAR.findall(low)] if pub_year else []
    if _DEFINITE_LC.search(low):
        return False
    if past:
        marks = {m.group(0) for m in _PAST_LC.finditer(low)}
        # "Meanwhile, 57 personnel will be coming from ...": a turn to more of this exercise's
        # plan, not to another event.
        if marks and not (marks == {"meanwhile"} and " will " in low):
            return True
    return bool(pub_year) and any(y < pub_year for y in years)
