"""Which sentences of an article are read for the exercise's days.

The exercise sentences, and among the first lines those that name the exercise (or one of its
other forms), refer back to it ("The drills will run until ...") or tell its schedule right
after a sentence about it ("Forces will operate ... through October 6"). Lines further down
recount other events, and their days are not this exercise's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .meetings import is_meeting

IGN = re.IGNORECASE

_REFERS_BACK = re.compile(
    r"^(?:It|The (?:exercises?|drills?|manoeuvres|maneuvers|war ?games?|event|training)|"
    # "The major maritime military training event ended on September 20"
    r"This year's|The (?:[\w-]+ ){1,4}?(?:exercise|drills?|training event|manoeuvres|maneuvers))\b"
)


# "The opening ceremony took place today", "Spanning seven days from November 11 to 17, the
# exercise ...": right after an exercise sentence, its schedule told without an exercise word
# of its own.
_SCHEDULE_FOLLOWS = re.compile(
    r"\b(?:opening ceremony|closing ceremony|kick(?:ed|s)? off|beg[ia]n|begins|start(?:ed|s)|"
    r"commenc\w+|got under ?way|end(?:ed|s)|conclud\w+|wrap(?:ped|s)? up|will (?:run|last|"
    r"continue)|runs|lasts?|spanning|the (?-i:[a-z-]+ ){0,3}?(?:exercises?|drills?|manoeuvres|"
    r"maneuvers|training)|"
    # "... stated that the joint land and air drills will be held from May 14 to 28"
    r"will be (?:held|conducted|staged)|will take place|(?:is|are) scheduled (?:for|from|to)|"
    r"(?:through|until|till) (?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d"
    r"{1,2}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*))\b",
    IGN,
)
# "From Sept. 8-23, some 2,000 soldiers will train together", "from July 31 to Aug. 14": a
# span of days right after the exercise line is its schedule, unless the line names another
# exercise.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
_SPAN_FOLLOWS = re.compile(
    rf"\bfrom (?:{_MONTH}\.? \d{{1,2}}|\d{{1,2}} {_MONTH})(?:st|nd|rd|th)?,? ?"
    rf"(?:(?:to|through|until|till|-|\u2013) ?\d+\b|(?:to|through|until|till) {_MONTH})|"
    rf"\bfrom \d{{1,2}} (?:to|-|\u2013) \d{{1,2}} {_MONTH}",
    IGN,
)
# "This year's iteration, scheduled for Sept. 9-20": the edition the story is about, told
# without its name; its dates count as those of a sentence that names it.
_THIS_EDITION = re.compile(r"^This year's (?:iteration|edition|exercise|drills?)\b", IGN)


# "Marines had been due to begin training on Wednesday": a plan since replaced.
_SUPERSEDED = re.compile(
    r"\b(?:had been (?:due|scheduled|set|planned|expected)|originally|initially (?:planned|"
    r"scheduled))\b",
    IGN,
)


_STAMP = re.compile(
    r"^\W*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:\d{1,2}\s+[A-Za-z]+\.?|"
    r"[A-Za-z]+\.?\s+\d{1,2}),?\s+\d{4}(?:\s*[|,-]?\s*\d{1,2}:\d\d(?:\s*[AP]M)?)?\W*$",
    IGN,
)

# Lines past this one tell other events; the schedule is in the first paragraphs.
_NAMING_LINES = 16
_CORE_LINES = 30


def date_sentences(
    sentences: list[str],
    core_indices: Iterable[int],
    main_series: str | None,
    has_title: bool,
    own_names: tuple[str, ...] = (),
) -> list[int]:
    """Sentence indices to read dates in: the exercise sentences (``core_indices``), and the
    first lines that name the exercise (or its other forms, "NE25"), refer back to it or tell
    its schedule right after a sentence about it or one that names it."""
    core_idx = set(core_indices)
    picked = {i for i in core_idx if i < _CORE_LINES}
    naming: set[int] = set()
    # Lines of more than three words, in order: page furniture ("Date:", "2 MIN") is skipped
    # when looking back for the exercise line.
    prose: list[int] = []
    for i, s in enumerate(sentences[:_NAMING_LINES]):
        # A timestamp line ("Friday 21 July 2023 11:36 AM") is furniture, not prose.
        long_line = len(s.split()) > 3 and not _STAMP.match(s)
        if i == 0 and has_title:
            if long_line:
                prose.append(i)
            continue
        low = s.casefold()
        names_it = bool(main_series) and main_series in low or any(n in low for n in own_names)
        if names_it:
            naming.add(i)
        # Right after a sentence about the exercise, or one that names it ("This year, UNITAS
        # is featuring ... Forces will conduct operations ... through October 6").
        after_core = any(j in core_idx or j in naming for j in prose[-2:])
        follows = after_core and bool(
            _REFERS_BACK.match(s)
            or not _SUPERSEDED.search(s)
            and (
                _SCHEDULE_FOLLOWS.search(s)
                or _SPAN_FOLLOWS.search(s)
                and not _names_another(s, main_series, own_names)
            )
        )
        if names_it or follows:
            picked.add(i)
        if long_line:
            prose.append(i)
    return sorted(picked)


def _names_another(sentence: str, main_series: str | None, own_names: tuple[str, ...]) -> bool:
    """The line names an exercise edition that is not this one ("the results of the West-2021
    exercise, which took place from September 10 to 15"), a part of this one or a meeting about
    it: its days are not this exercise's."""
    if _A_PART.search(sentence) or is_meeting(sentence):
        return True
    for m in _EDITION_NAME.finditer(sentence):
        name = m.group(1).casefold()
        if not (main_series and name in main_series) and not any(name in n for n in own_names):
            return True
    return False


# "The second frame of the drill, from Oct 15 to 26": the days of one part, not of the whole.
# ("took part" is taking part, not a part.)
_A_PART = re.compile(
    r"\b(?:phase|stage|frame|portion|leg)\b|(?<!took )(?<!take )(?<!takes )(?<!taking )\bpart\b",
    IGN,
)
# "West-2021", "Cobra Gold 2025": a name with its edition's year.
_EDITION_NAME = re.compile(r"\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+)*)[- ](?:19|20)\d\d\b")


def names_this_edition(sentence: str) -> bool:
    """Whether the line opens with "This year's iteration" (or edition, exercise, drills): the
    story's edition, told without its name ("..., scheduled for Sept. 9-20")."""
    return _THIS_EDITION.match(sentence) is not None


# "The exercise will culminate with a Distinguished Observer Day on May 29-30": the days of one
# event inside the exercise (its finale, a visitors' day), not its schedule.
_PART_DAY = re.compile(
    r"\b(?:culminat\w+ (?:with|in)|(?:distinguished )?(?:visitors?|observers?|VIP|media|press)"
    r"['\u2019]? day|open day|demonstration day)\b",
    IGN,
)


def tells_a_part_day(sentence: str) -> bool:
    """Whether the sentence dates one event inside the exercise (its finale, a visitors' day):
    its days are the schedule only when nothing else dates the exercise."""
    return _PART_DAY.search(sentence) is not None
