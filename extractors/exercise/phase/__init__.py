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
from .cancelled import headline_cancels, is_cancelled
from .cues import (
    CUES,
    CUT_SHORT,
    ENDS_HEADLINE,
    PAST_EVENT,
    WHEN_UNKNOWN,
)

__all__ = ["CUT_SHORT", "decide_phase", "is_cancelled", "phase_from_dates", "phase_from_text"]

_FUTURE_NEAR = re.compile(
    r"\b(?:will|would|shall|set to|to (?:begin|start|commence|kick off|open|launch)|due to|"
    r"scheduled to (?:begin|start|kick off|commence)|is to|are to|plans? to|expected to|"
    r"to be (?:held|conducted|staged|carried out)|to take place)\b",
    re.IGNORECASE,
)
_END_NEAR = re.compile(
    r"\b(?:ended|concluded|wrapped up|culminated|completed|came to an end|closed|wound up|"
    r"ends|concludes|closing ceremony|concluding (?:session|ceremony)|closing session|"
    r"(?:drew|draws|came|comes) to a close)\b",
    re.IGNORECASE,
)
# "was carried out from October 24 to November 7", published November 7: told as done.
_DONE_RANGE = re.compile(
    r"\b(?:was|were|had been)\s+(?:held|conducted|carried out|staged)\b|\btook place\b",
    re.IGNORECASE,
)
_START_PAST = re.compile(
    r"\b(?:began|started|kicked off|opened|launched|commenced|got under ?way|has begun|"
    r"have begun|is underway|are underway|is under way|are under way|"
    r"(?:signall?ed|marked) the (?:start|beginning|opening)|"
    # "Ships depart Klaipeda to begin the underway portion of the exercise"
    r"(?:depart(?:s|ed)?|set sail|sailed|gathered|assembled|arrived)\b[^.;]{0,80}?\bto "
    r"(?:begin|start|kick off|commence))\b",
    re.IGNORECASE,
)


# "fired rockets on Tuesday as part of Coastal Anvil, which continues": one event of many.
_STILL_ON = re.compile(
    r"\b(?:as part of|continu\w*|until|till|will run|runs? through|under ?way|ongoing|"
    r"(?:first|second|third|next|final) (?:stage|phase))\b",
    re.IGNORECASE,
)


_QUOTE_OR_CAPTION = re.compile(
    r"\s*(?:[\"\u201c\u2018']|(?:CAPTION|Caption|FILE PHOTO|File photo|PHOTO|Photo|IMAGE|Image|"
    r"Pictured)\b\s*[:|-])"
)


def phase_from_dates(
    start: dt.date | None,
    end: dt.date | None,
    published: dt.date | None,
    sentence: str = "",
) -> str | None:
    """The phase the exercise's calendar days give on the publication day."""
    if published is None or (start is None and end is None):
        return None
    if start and published < start:
        return "announced"
    if start and start == published and not _START_PAST.search(sentence):
        if _FUTURE_NEAR.search(sentence):
            return "announced"  # "set to commence ... beginning March 19", published March 19
        if end == start and PAST_EVENT.search(sentence):
            return "concluded"  # a one-day drill, reported the same day in the past tense
    if end and published > end:
        return "concluded"
    if (
        end
        and end == published
        and (
            _END_NEAR.search(sentence)
            or _DONE_RANGE.search(sentence)
            and not _STILL_ON.search(sentence)
            and start != end
        )
    ):
        return "concluded"
    if end and published <= end and (start is None or start <= published):
        return "ongoing"
    if start and not end and 0 <= (published - start).days <= 10:
        if (
            start < published
            and PAST_EVENT.search(sentence)
            and not (_START_PAST.search(sentence) or _STILL_ON.search(sentence))
        ):
            return "concluded"  # "held a joint drill off Tumbes on Tuesday", reported later
        return "ongoing"
    return None


_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15,
}  # fmt: skip
# "the three-day drill", "spanning 10 days", "a two-week exercise": how long the exercise lasts.
_DURATION = re.compile(
    r"\b(?:spanning|lasting|over|for)?\s*(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|thirteen|fourteen|fifteen)[- ](day|week)s?\b(?![- ](?:visit|trip|tour|"
    r"course|conference|summit|meeting|seminar|workshop))"
    # "the two-day sea phase": one part's length, not the exercise's
    r"(?!\s+(?:[\w-]+\s+){0,2}?(?:phase|stage|leg|part|portion|segment|window)\b)",
    re.IGNORECASE,
)


def _duration_days(texts: list[str]) -> int | None:
    """The exercise's length in days when one sentence of the lead states a single one."""
    found = {
        (int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS[m.group(1).lower()])
        * (7 if m.group(2).lower() == "week" else 1)
        for t in texts
        if t
        for m in _DURATION.finditer(t)
    }
    return found.pop() if len(found) == 1 else None


_OPENED_TODAY = re.compile(
    r"\b(?:opened|began|started|kicked off|launched|commenced)\b[^.;]{0,40}?\b(?:today|this "
    r"morning)\b|\b(?:today|this morning)\b[^.;]{0,20}?\b(?:opened|began|started|kicked off|"
    r"launched|commenced)\b",
    re.IGNORECASE,
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


_ENDS_BY = re.compile(
    r"\b(?:conclude|end|finish|wrap up|close|run until|run through|last until|continue until|"
    r"until|through|till)\b[^.;]*$",
    re.IGNORECASE,
)


def _from_hint(hint: DateMention, sentence: str, published: dt.date | None) -> str | None:
    """Phase from a weekday, "yesterday" or a month, with the tense of its clause."""
    if published is None:
        return None
    day = hint.start or hint.end
    if day is None:
        return None
    if hint.kind != "day":  # a month or a relative span
        if hint.start and hint.start > published:
            # "The exercise will conclude in June": a later end says it is not over, not that
            # it has not begun.
            before = sentence[max(0, hint.position - 30) : hint.position]
            return None if _ENDS_BY.search(before) else "announced"
        if hint.end and hint.end < published and hint.tense < 0:
            return "concluded"
        return None
    if day > published:
        if hint.role == "end" or _START_PAST.search(sentence):
            return "ongoing"
        return "announced"
    if hint.role == "end":
        return "concluded" if day < published else None
    if hint.role == "start" or _START_PAST.search(sentence):
        return "ongoing" if (published - day).days <= 10 else None
    if day == published:
        # "A ceremony took place on October 18 to open the drills": the purpose is ahead of
        # the ceremony, not of the day.
        if _FUTURE_NEAR.search(sentence) and not PAST_EVENT.search(sentence):
            return "announced"
        # A bare day with no verb of its own ("... exercise in the Arabian Sea on February 26")
        # says nothing about the phase; the cue tables read the rest.
        return "ongoing" if PAST_EVENT.search(sentence) or hint.role != "point" else None
    if PAST_EVENT.search(sentence) and not _STILL_ON.search(sentence):
        return "concluded"  # "held a joint drill off Tumbes on Tuesday", reported later
    return None


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


def _body_cues(text: str) -> list[tuple[str, float, int]]:
    """The cues of a body sentence. A capitalised cue inside the sentence belongs to a name
    ("a Free and Open Indo-Pacific", "Exercise Ongoing Resolve"), not to the exercise's time."""
    found = [
        (label, weight, at)
        for label, weight, at in CUES.scan(text)
        if at == 0 or text[at].islower()
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
    return "unknown"


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
    return phase_from_text(lead + extra, headline)
