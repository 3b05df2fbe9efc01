"""Field extraction for an article judged to be about an exercise.

Split out of detector.py: the name, the sentences that are about *this* exercise, its dates,
participants, host, locations, phase, force sizes, domains and kind.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from .dates import DateSpan, find_dates
from .model import ExerciseMention
from .names import NameHit, appositive_alias, parenthetical_alias
from .numbers import find_counts
from .participants import fill_places
from .phase import (
    CUT_SHORT,
    ENDS_HEADLINE,
    headline_cancels,
    is_cancelled,
    phase_from_dates,
    phase_from_relative,
    phase_from_text,
)
from .schedule import EXPLICIT, choose_schedule
from .triggers import SentenceEvidence, has_trigger, judge_sentence

IGN = re.IGNORECASE

_DOMAINS = (
    (
        "sea",
        re.compile(
            r"\b(?:naval|navy|navies|maritime|warships?|ships?|frigates?|"
            r"destroyers?|submarines?|carriers?|vessels?|sea|anti-submarine|"
            r"fleet|sailors|corvettes?)\b",
            IGN,
        ),
    ),
    (
        "air",
        re.compile(
            r"\b(?:air ?forces?|aircraft|jets|air|fighters?|bombers?|"
            r"helicopters?|sorties|aerial|warplanes|planes|pilots|airborne)\b",
            IGN,
        ),
    ),
    (
        "land",
        re.compile(
            r"\b(?:army|armies|ground|tanks?|infantry|artillery|land|"
            r"armou?red|soldiers|troops|brigades?|battalions?|mechani[sz]ed|"
            r"howitzers?|field exercise)\b",
            IGN,
        ),
    ),
    ("amphibious", re.compile(r"\b(?:amphibious|beach landings?|landing ships?|marines)\b", IGN)),
    ("cyber", re.compile(r"\bcyber", IGN)),
    ("space", re.compile(r"\b(?:space|satellites?|anti-satellite)\b", IGN)),
    ("nuclear", re.compile(r"\b(?:nuclear|strategic forces|nuclear-capable)\b", IGN)),
)
# Lower-case copies of _DOMAINS, each with literals one of which every alternative contains:
# the regex is tried only when one is present (an absent domain no longer costs a full scan).
_DOMAIN_GATES = {
    "sea": (
        "nav",
        "maritime",
        "ship",
        "frigate",
        "destroyer",
        "submarine",
        "carrier",
        "vessel",
        "sea",
        "fleet",
        "sailors",
        "corvette",
    ),
    "air": (
        "air",
        "aircraft",
        "jets",
        "fighter",
        "bomber",
        "helicopter",
        "sorties",
        "aerial",
        "warplanes",
        "planes",
        "pilots",
    ),
    "land": (
        "arm",
        "ground",
        "tank",
        "infantry",
        "artillery",
        "land",
        "soldiers",
        "troops",
        "brigade",
        "battalion",
        "mechani",
        "howitzer",
        "field exercise",
    ),
    "amphibious": ("amphibious", "beach landing", "landing ship", "marines"),
    "cyber": ("cyber",),
    "space": ("space", "satellite"),
    "nuclear": ("nuclear", "strategic forces"),
}
_DOMAINS_LC = tuple((d, re.compile(rx.pattern), _DOMAIN_GATES[d]) for d, rx in _DOMAINS)
_MULTI = re.compile(
    r"\b(?:multinational|multilateral|multi-national|\d+ (?:nations|countries))\b", IGN
)
_BILAT = re.compile(r"\bbilateral\b", IGN)


_ENDED = re.compile(
    r"\b(?:concluded|ended|wrapped up|came to an end|closed|culminated|completed)\b", re.I
)


def _ended_today(headline: str | None, sched, sentences: list[str]) -> bool:
    """A completion verb in the headline or in the sentence that gave the end date."""
    if headline and ENDS_HEADLINE.search(headline):
        return True
    index = sched.phase_sentence if sched.phase_sentence is not None else sched.sentence
    return index is not None and bool(_ENDED.search(sentences[index]))


def fill_fields(
    mention: ExerciseMention,
    has_title: bool,
    sentences: list[str],
    evs: list[SentenceEvidence],
    names_by_sentence: dict[int, list[NameHit]],
    pub: dt.date | None,
) -> None:
    weak = _resolve_anaphora(evs)
    ex = [e for e in evs if e.military]
    # --- name: a known or grammar name in the headline, else the most-mentioned one.
    all_hits = [
        (i, h) for i in sorted(names_by_sentence) for h in names_by_sentence[i] if evs[i].military
    ]
    main_series: str | None = None
    if all_hits:
        counts = Counter(h.series.casefold() for _, h in all_hits)
        first_i, first_h = all_hits[0]
        if first_i == 0:
            main_series = first_h.series.casefold()
        else:
            top = max(counts.values())
            main_series = next(
                h.series.casefold() for _, h in all_hits if counts[h.series.casefold()] == top
            )
        main_hits = [(i, h) for i, h in all_hits if h.series.casefold() == main_series]
        i0, h0 = main_hits[0]
        if _key(_display_name(h0.surface)) == _key(h0.series):
            # The fullest form names it: "Iron Fist" in the headline, "Iron Fist 25" below.
            i0, h0 = next(
                ((i, h) for i, h in main_hits if len(_key(h.surface)) > len(_key(h.series))),
                (i0, h0),
            )
        mention.name = _display_name(h0.surface)
        mention.series = h0.series if h0.known else _display_name(h0.series)
        aliases: list[str] = []
        seen = {_key(mention.name)}
        for i, h in main_hits:
            for cand in (
                _display_name(h.surface),
                parenthetical_alias(sentences[i], h),
                appositive_alias(sentences[i], h),
            ):
                if cand and _key(cand) not in seen:
                    seen.add(_key(cand))
                    aliases.append(cand)
        mention.aliases = aliases
        mention.evidence["name"] = sentences[i0]

    # Sentences that talk about the main exercise (or about no named one).
    def about_main(i: int) -> bool:
        hits = names_by_sentence.get(i) or []
        if not hits or main_series is None:
            return True
        return any(h.series.casefold() == main_series for h in hits)

    core = [e for e in ex if about_main(e.index)]
    # --- dates first: they also tell which sentences are about another, earlier exercise.
    dated: dict[int, DateSpan] = {}
    for e in core:
        d = find_dates(e.text, pub)
        if d is not None:
            dated[e.index] = d
    main_named = {e.index for e in core if names_by_sentence.get(e.index) and main_series}
    sched = choose_schedule(dated, main_named, pub)
    if sched.anchor:
        far = {
            i
            for i, d in dated.items()
            if d.kind in EXPLICIT
            and (d.start or d.end)
            and abs(((d.start or d.end) - sched.anchor).days) > 60
        }
        core = [e for e in core if e.index not in far]
    named = frozenset(i for i, hits in names_by_sentence.items() if hits and about_main(i))
    pub_year = pub.year if pub else None
    fill_places(mention, has_title, sentences, evs, core, about_main, weak, pub_year, named)
    if sched.start:
        mention.start_date = sched.start.isoformat()
        mention.qualifiers["start_date"] = "day"
    if sched.end:
        mention.end_date = sched.end.isoformat()
        mention.qualifiers["end_date"] = "day"
    if sched.sentence is not None:
        mention.evidence["dates"] = sentences[sched.sentence]
    phase_texts = [e.text for e in core[:4]]
    headline = sentences[0] if has_title and evs[0].military else None
    phase = None
    if is_cancelled(phase_texts[:3]) or headline_cancels(headline, mention.name):
        phase = "cancelled"
    elif any(CUT_SHORT.search(t) for t in phase_texts[:3]):
        phase = "concluded"
    span = sched.phase_span
    if phase is None and span and span.kind in EXPLICIT:
        phase = phase_from_dates(span.start, span.end, pub)  # calendar dates decide
    if phase is None and headline and ENDS_HEADLINE.search(headline):
        phase = "concluded"
    if phase is None and span and sched.phase_sentence is not None:
        if span.kind == "relative" and "day" in (span.start_precision, span.end_precision):
            day = span.start or span.end
            phase = phase_from_relative(sentences[sched.phase_sentence], day, pub)
        if phase is None:
            phase = phase_from_dates(span.start, span.end, pub)
    if phase == "ongoing" and span and span.end == pub and _ended_today(headline, sched, sentences):
        # "X ended on Wednesday", published that Wednesday: the last day is over, not under way.
        phase = "concluded"
    mention.phase = phase or phase_from_text(phase_texts, headline)
    # --- numbers: exercise sentences first, then the lines that continue them ("In all, more
    # than 50,000 personnel are expected...").
    core_idx = {e.index for e in core}
    follow = [
        e
        for e in evs
        if e.index not in core_idx
        and e.index > 0
        and about_main(e.index)
        and (e.index - 1 in core_idx or e.index - 2 in core_idx)
    ]
    for e in core + follow:
        for cls, (value, qual) in find_counts(e.text).items():
            if getattr(mention, cls) is None:
                setattr(mention, cls, value)
                if qual != "exact":
                    mention.qualifiers[cls] = qual
                mention.evidence[cls] = e.text
    # --- domains and kind
    joined = " ".join(e.text for e in core)
    joined_low = joined.lower()  # the domain patterns are lower case: no IGNORECASE scan
    mention.domains = [
        d
        for d, rx, gate in _DOMAINS_LC
        if any(w in joined_low for w in gate) and rx.search(joined_low)
    ]
    n = len(mention.countries)
    if n >= 3 or (n == 0 and _MULTI.search(joined)):
        mention.kind = "multilateral"
    elif n == 2 or (n == 0 and _BILAT.search(joined)):
        mention.kind = "bilateral"
    else:
        mention.kind = "national"
    if core:
        mention.evidence.setdefault("is_exercise", core[0].text)


# "The exercise is scheduled from...", "the manoeuvres threaten nobody": once the article is
# known to be about an exercise, a definite reference to it needs no military word of its own.
_ANAPHOR = re.compile(
    r"\b(?:the|this|these|those|that|its|their|this year's)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:exercises?|drills?|manoeuvres|maneuvers|war[- ]?games?|wargames?)\b",
    IGN,
)

_ANAPHOR_LC = re.compile(_ANAPHOR.pattern)


def _resolve_anaphora(evs: list[SentenceEvidence]) -> frozenset[int]:
    """Re-judge sentences that refer back to the exercise; returns their indices."""
    found = set()
    for i, e in enumerate(evs):
        if e.military or not has_trigger(e.text):
            continue
        low = e.text.lower()
        if _ANAPHOR_LC.search(low):
            judged = judge_sentence(e.index, e.text, [], context_military=True)
            if judged.military:
                evs[i] = judged
                found.add(e.index)
    return frozenset(found)


def _display_name(surface: str) -> str:
    s = re.sub(r"^(?:Exercise|Ex|EXERCISE)\.?\s+", "", surface.strip())
    return s.strip(" '\"")


def _key(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.casefold())
