"""The phase of an exercise relative to the article's own time (its publication date).

Order of evidence: a cancellation (not a partial one, not hedged) beats everything; then the
exercise's calendar days against the publication date; then the best other dated hint (a
weekday, "yesterday", "next month") with the tense of its clause; then the cue tables read
over the headline and the first sentences about the exercise. The cue tables are in cues.py.
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import DateMention
from .calendar import (
    _DONE_RANGE,
    _END_NEAR,
    _FUTURE_NEAR,
    _OPENED_TODAY,
    _START_PAST,
    _STILL_ON,
    _duration_days,
    _from_hint,
    phase_from_dates,
)
from .cancelled import headline_cancels, is_cancelled
from .cues import CUES
from .patterns import (
    CUT_SHORT,
    ENDS_HEADLINE,
    PAST_ACCOUNT,
    PRESENT_ACCOUNT,
    WHEN_UNKNOWN,
)

__all__ = ["CUT_SHORT", "decide_phase", "is_cancelled", "phase_from_dates", "phase_from_text"]

_QUOTE_OR_CAPTION = re.compile(
    r"\s*(?:[\"\u201c\u2018']|(?:CAPTION|Caption|FILE PHOTO|File photo|PHOTO|Photo|IMAGE|Image|"
    r"Pictured)\b\s*[:|-])"
)


def _plain_lead(lead: list[str]) -> str | None:
    """ "ongoing" when one of the opening lines says the exercise is running now ("are
    currently underway", "is in progress"); a state, unlike a verb such as "began", which
    may tell of anything."""
    for text in lead[:3]:
        if not _QUOTE_OR_CAPTION.match(text) and _RUNNING_NOW.search(text):
            return "ongoing"
    return None


_RUNNING_NOW = re.compile(
    r"\b(?:is|are)\s+(?:currently\s+|now\s+|still\s+)?(?:underway|under way|ongoing|"
    r"on-going|in progress|being held|being conducted)\b",
    re.IGNORECASE,
)


def _scores(text: str) -> dict[str, float]:
    scores = {"announced": 0.0, "ongoing": 0.0, "concluded": 0.0}
    for label, weight, _ in CUES.scan(text):
        scores[label] += weight
    return scores


def _headline_cue(headline: str | None, lead: list[str]) -> str | None:
    """A headline whose cues clearly point one way ("France prepares Orion 26"), unless the
    first sentences say otherwise as plainly ("set to conduct drills" over "the drills
    officially kicked off on Wednesday")."""
    if not headline:
        return None
    scores = _scores(headline)
    best = max(scores.values())
    if best < 1.5 or list(scores.values()).count(best) > 1:
        return None
    label = max(scores, key=scores.__getitem__)
    for text in [t for t in lead if t != headline][:2]:
        body = _scores(text)
        strongest = max(body.values())
        if strongest >= 3.0 and body[label] < strongest:
            return None
    return label


# "Forces joined with host country Jordan and 30 partner nations Sunday to kick off Eager
# Lion": a past verb whose purpose was the opening tells an opening that happened.
_PAST_TO_OPEN = re.compile(
    r"\b(?:joined|gathered|assembled|met|arrived|converged|came together|deployed|held|"
    r"depart(?:s|ed)?|set sail|sailed)\b[^.;]{0,120}?"
    r"\bto (?:kick off|begin|start|launch|open|commence|mark the (?:start|beginning|opening))\b",
    re.IGNORECASE,
)


# "the navies brought their frigates together to test their air defences": a bare verb
# after "to" is a purpose and has no tense of its own; the sentence's own verb tells the time.
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)


def _bare_infinitive(label: str, weight: float, text: str, at: int) -> bool:
    if label == "announced" and text.startswith("to ", at):
        return _moved_for(text, at)
    if label != "ongoing" or weight > 1.0:
        return False
    return bool(_TO_BEFORE.search(text, max(0, at - 4), at))


# "Warships left the port of Severomorsk to hold gunnery exercises", "US forces deploy to
# Chile to conduct combined training": forces moving in order to exercise. The "to" is their
# purpose, not a plan; the movement verb tells the time.
_MOVED = re.compile(
    r"\b(?:left|departed|sailed|arrived|gathered|assembled|converged|deployed|deploy|deploys|"
    r"brings together|brought together|came together|flew|headed|moved|travell?ed)\b",
    re.IGNORECASE,
)
_PLANNED = re.compile(
    r"\b(?:will|shall|plans?|planned|planning|set|scheduled|expected|due|intends?)\b",
    re.IGNORECASE,
)


def _moved_for(text: str, at: int) -> bool:
    clause = re.split(r"[,;:]", text[:at])[-1]
    verbs = list(_MOVED.finditer(clause))
    return bool(verbs) and not _PLANNED.search(clause, 0, verbs[-1].start())


def _body_cues(text: str) -> list[tuple[str, float, int]]:
    """The cues of a body sentence. A capitalised cue inside the sentence belongs to a name
    ("a Free and Open Indo-Pacific", "Exercise Ongoing Resolve"), not to the exercise's time."""
    found = [
        (label, weight, at)
        for label, weight, at in CUES.scan(text)
        if (at == 0 or text[at].islower()) and not _bare_infinitive(label, weight, text, at)
    ]
    opened = _PAST_TO_OPEN.search(text) if " to " in text else None
    if opened and not _FUTURE_NEAR.search(text, 0, opened.start()):
        # the opening, not the announcement "to kick off" would otherwise be read as
        found = [c for c in found if not opened.start() <= c[2] < opened.end()]
        found.append(("ongoing", 3.0, opened.start()))
    return found


def _plain_label(cues: list[tuple[str, float, int]], needed: float) -> str | None:
    """The label with the largest summed weight, if that reaches `needed`. A tie goes to the
    label with the single strongest cue ("currently in the middle of" over "to prepare for"
    and "will work as one force"), then to announced, ongoing, concluded."""
    sums = {"announced": 0.0, "ongoing": 0.0, "concluded": 0.0}
    strongest = dict.fromkeys(sums, 0.0)
    for label, weight, _ in cues:
        sums[label] += weight
        strongest[label] = max(strongest[label], weight)
    best = max(sums.values())
    if best < needed:
        return None
    tied = [key for key in sums if sums[key] == best]
    return max(tied, key=lambda key: strongest[key])


_ORDER = ("announced", "ongoing", "concluded")


def _reported_after(head_cues: list[tuple[str, float, int]], first_body: list[str]) -> bool:
    """A present-tense headline ("India, France, UAE Conduct Joint Air Exercise") over a body
    that tells it in the past ("The exercise, held on January 23, ..."): headlines tell past
    events in the present, so the weak headline cue does not decide."""
    if not head_cues or max(w for _, w, _ in head_cues) >= 1.5:
        return False
    body = [c for text in first_body for c in _body_cues(text)]
    return bool(body) and _plain_label(body, 0.5) == "concluded"


def _overruled(label: str, first_body: list[str]) -> bool:
    """The first sentences under a headline plainly say a later phase: "India, Australia to
    hold AUSINDEX this week" over "The navy is holding the biennial exercise". Never an
    earlier one: the body's "ahead of the final phase" is about a part, not the whole."""
    for text in first_body:
        cues = _body_cues(text)
        said = _plain_label(cues, 3.0)
        if said and _ORDER.index(said) > _ORDER.index(label) and max(w for _, w, _ in cues) >= 3.0:
            return True
    return False


def phase_from_text(sentences: list[str], headline: str | None = None) -> str:
    """The phase the text tells (see `_told_phase`); "ongoing" when it tells none: a story
    about an exercise that gives no sign of being a preview or a wrap-up is, far more often
    than not, told while it runs ("troops take part in", a photo of the day)."""
    return _told_phase(sentences, headline) or "ongoing"


def _told_phase(sentences: list[str], headline: str | None = None) -> str | None:
    """The cue tables over the headline, then each sentence in turn: the first sentence with
    cue decides, by the summed weights of its cues. A headline decides first unless the
    first sentences under it plainly say otherwise.

    A headline whose cue is weak only adds to the weak evidence: headlines tell past events
    in the present ("Navies conduct drill"). Quotations and photo captions are not read:
    speakers talk in the present of what they did, and captions are always in the present
    ("F-35s fly over the range").
    """
    if is_cancelled(([headline] if headline else []) + sentences[:3]):
        return "cancelled"
    if headline and ENDS_HEADLINE.search(headline):
        return "concluded"
    weak = {"announced": 0.0, "ongoing": 0.0, "concluded": 0.0}
    body = [
        s
        for s in sentences
        if s != headline and not _QUOTE_OR_CAPTION.match(s) and not WHEN_UNKNOWN.search(s)
    ]
    # A sentence that says it does not know when ("footage of the drill, without saying when
    # it took place") is not read, and makes past-tense verbs elsewhere no report.
    when_unknown = any(WHEN_UNKNOWN.search(t) for t in sentences)
    if headline:
        head_cues = CUES.scan(headline)
        said = _plain_label(head_cues, 1.0)
        reported = _reported_after(head_cues, body[:2])
        if said and not _overruled(said, body[:2]) and not reported:
            return said
        for label, weight, _ in head_cues if not reported else ():
            weak[label] += weight
    for at, text in enumerate(body):
        cues = _body_cues(text)
        said = _plain_label(cues, 1.0)
        if said:
            # A weak cue ("hosts", "conducts") gives way to a plain one in the next line:
            # "Greek bases to hosts largest air exercise" over "will host the exercise".
            if max(w for _, w, _ in cues) < 3.0 and at + 1 < len(body):
                following = _body_cues(body[at + 1])
                plain = _plain_label(following, 3.0)
                if plain and plain != said and max(w for _, w, _ in following) >= 3.0:
                    return plain
            return said
        for label, weight, _ in cues:
            weak[label] += weight
    # No sentence is plain about it, but past-tense verbs of the exercise ("demonstrated",
    # "held", "carried out") say it is a report of what happened.
    if when_unknown:
        return "unknown"
    if weak["concluded"] > 0.5 and weak["concluded"] > max(weak["announced"], weak["ongoing"]):
        return "concluded"
    # A present-tense headline with nothing against it ("President watches war games").
    if weak["ongoing"] >= 1.0 and weak["ongoing"] > max(weak["announced"], weak["concluded"]):
        return "ongoing"
    if weak["concluded"] > max(weak["announced"], weak["ongoing"]):
        return "concluded"
    if weak["announced"] > max(weak["concluded"], weak["ongoing"]):
        return "announced"
    return None  # nothing in the text tells the time


# "The exercise took place from September 21 to 26", "lasted from 14 to 23 November 2018",
# "which was hosted by Leeuwarden Air Base from 2 to 13 October": the span itself told as done.
# calendar's "was held", "took place", and more ways of telling a whole span as done.
_SPAN_DONE = re.compile(
    _DONE_RANGE.pattern
    + r"|\b(?:(?:was|were|had been|has been|have been)\s+(?:successfully\s+)?(?:hosted|"
    r"organi[sz]ed)|lasted|ran from|ended on|(?<!\bis )(?<!\bare )held (?:from|on|between))\b",
    re.IGNORECASE,
)


# "Between August 11 and 29, the range near Antuco is the setting for the exercise": a
# schedule told in the present is a preview or a report while it runs, not a record.
_PRESENT = re.compile(
    r"\b(?:is|are|takes? place|runs?|involves?|brings? together|features?)\b", re.IGNORECASE
)


def _undated_span(sentence: str) -> str | None:
    """On a page with no date of its own, the sentence that gives the exercise's whole span,
    told as done, says it is over: without a publication day this is the only clock the story
    has. Told as to come it says nothing sure: a story of a drill under way gives its
    schedule in the future too ("will run until March 7")."""
    if _SPAN_DONE.search(sentence) and not (
        _STILL_ON.search(sentence) or _FUTURE_NEAR.search(sentence)
    ):
        return "concluded"
    return None


def decide_phase(
    *,
    headline: str | None,
    lead: list[str],
    name: str | None,
    published: dt.date | None,
    start: dt.date | None,
    end: dt.date | None,
    schedule_sentence: str,
    hint: DateMention | None,
    hint_sentence: str,
    openings: list[str] | None = None,
) -> str:
    """The phase: see the module docstring for the order of evidence."""
    # Pages repeat their headline (a title, a share card, a print header): once is enough.
    lead = [t for k, t in enumerate(lead) if t not in lead[:k]]
    own = tuple(n for n in (name,) if n)
    if is_cancelled(([headline] if headline else []) + lead[:3], own) or headline_cancels(
        headline, name
    ):
        return "cancelled"
    if any(CUT_SHORT.search(t) for t in lead[:3]):
        return "concluded"
    # On the first day, "will be held from April 11 to 28" beside "kicked off on Tuesday" in
    # the lead is an opening reported, not an announcement.
    opened = [
        t
        for t in ([headline] if headline else []) + lead[:3] + (openings or [])
        if _START_PAST.search(t)
    ]
    # On the last day, "concluded this Wednesday" in the lead ends it whatever sentence gave
    # the days.
    closed = [
        t
        for t in ([headline] if headline else []) + lead[:3]
        if _END_NEAR.search(t) and not _FUTURE_NEAR.search(t)
    ]
    if headline and ENDS_HEADLINE.search(headline) and not _FUTURE_NEAR.search(headline):
        # "Longest drills end with ...": the headline of the last day ends it, in the plural too.
        closed.append("concluded")
    by_dates = phase_from_dates(
        start, end, published, " ".join([schedule_sentence, *opened, *closed])
    )
    if (
        by_dates == "announced"
        and start
        and published
        and any(_OPENED_TODAY.search(t) for t in opened)
    ):
        # "Raul Castro opened today the strategic drills ..., including the defence days on
        # November 23 and 24": the days given are a later part of an exercise already open.
        by_dates = "ongoing"
    if by_dates == "ongoing" and start and not end and published:
        days = _duration_days([schedule_sentence, *lead[:3]])
        if days and (published - start).days > days:
            # "commenced last Wednesday ... Spanning three days", read the Monday after: over.
            by_dates = "concluded"
    if by_dates is None and published is None and start and end and start != end:
        by_dates = _undated_span(schedule_sentence)
    if by_dates:
        return by_dates
    if headline and ENDS_HEADLINE.search(headline):
        return "concluded"
    by_headline = _headline_cue(headline, lead)
    if by_headline:
        return by_headline
    if hint is not None:
        # "The exercises began with an initial stage in May ... These maneuvers are currently
        # underway": a month is weaker evidence than a lead that says it plainly.
        plain = _plain_lead(lead) if hint.kind != "day" else None
        by_hint = plain or _from_hint(hint, hint_sentence, published)
        if by_hint:
            return by_hint
    # The sentence that gave the days is about the exercise even where the lead missed it
    # ("are taking part in Exercise Sentinel, which started Friday and will run until ...").
    extra = [schedule_sentence] if schedule_sentence and schedule_sentence not in lead else []
    told = _told_phase(lead + extra, headline)
    if (
        told is None
        and published is None
        and start
        and end
        and not _PRESENT.search(schedule_sentence)
    ):
        # "Exercise Maple Flag ran at Cold Lake from May 30 to June 24, 2016", on a page with
        # no date of its own and no word of a plan, an opening or of running: a full schedule
        # with its year, told without a tense that places it, is a record written after it
        # (a unit's page, a spotter's report, an encyclopedia entry).
        return "concluded"
    if told is None and published is None and _told_in_past(headline, lead):
        # "From May 7-19, NATO ships engaged in live-fire drills ... the exercise integrated
        # ships from nine states", on a page with no date: with no clock but the tense, a
        # story told wholly in the past is a record of a drill that is over.
        return "concluded"
    return told or "ongoing"


def _told_in_past(headline: str | None, lead: list[str]) -> bool:
    """The headline and first exercise sentences (quotes and captions aside) use a past verb
    of the drill and no present, perfect, future or opening one."""
    texts = [
        t for t in ([headline] if headline else []) + lead[:3] if not _QUOTE_OR_CAPTION.match(t)
    ]
    said = " ".join(texts)
    return PAST_ACCOUNT.search(said) is not None and PRESENT_ACCOUNT.search(said) is None
