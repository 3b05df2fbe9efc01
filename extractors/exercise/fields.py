"""Field extraction for an article judged to be about an exercise.

Split out of detector.py: the name, the sentences that are about *this* exercise, its dates,
participants, host, locations, phase, force sizes, domains and kind.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from .anaphora import _resolve_anaphora
from .context import other_event
from .dates import (
    DateContext,
    DateMention,
    choose_schedule,
    dateline_day,
    edition_year,
    find_mentions,
)
from .dates.finish import finish_schedule
from .dates.grammar import years_in
from .dates.meetings import days_beside_meeting, is_meeting
from .dates.sentences import date_sentences as read_for_dates
from .dates.sentences import names_this_edition, tells_a_part_day
from .kinds import domains_of, kind_of
from .model import ExerciseMention
from .names import (
    NameHit,
    appositive_alias,
    canonical_series,
    find_names,
    parenthetical_alias,
)
from .names.umbrella import umbrellas
from .numbers import find_counts
from .participants import fill_places
from .phase import decide_phase
from .phase.patterns import EXERCISE_WORD
from .triggers import SentenceEvidence

IGN = re.IGNORECASE


def fill_fields(
    mention: ExerciseMention,
    has_title: bool,
    sentences: list[str],
    evs: list[SentenceEvidence],
    names_by_sentence: dict[int, list[NameHit]],
    pub: dt.date | None,
    echoed: frozenset[int] = frozenset(),
) -> None:
    """``echoed``: lines that name the exercise only because the story gave the name beside an
    exercise word elsewhere (detector._echo_names); they are about it, but cast no vote on how
    it is named."""
    weak = _resolve_anaphora(evs)
    ex = [e for e in evs if e.military]
    # --- name: a known or grammar name in the headline, else the most-mentioned one.
    all_hits = [
        (i, h)
        for i in sorted(names_by_sentence)
        for h in names_by_sentence[i]
        if evs[i].military and i not in echoed
    ]
    # A name in a sentence about another or an earlier event ("exceeds those taking part in
    # the concurrent Zapad 2017 drills") is not the article's exercise when another name is.
    pub_year = pub.year if pub else None
    # Each test reads the whole sentence: once per sentence, not once per name in it.
    named = sorted({i for i, _ in all_hits})
    elsewhere = {i for i in named if i != 0 and other_event(sentences[i], pub_year, False)}
    own = [(i, h) for i, h in all_hits if i not in elsewhere]
    if own:
        all_hits = own
    # "Nordic Response ... is part of a larger NATO exercise called Steadfast Defender": the
    # umbrella named after "part of" is not the story's exercise; the name before it is.
    umbrella_ids = {
        i: umbrellas(sentences[i], names_by_sentence[i]) for i in {i for i, _ in all_hits}
    }
    inner = [(i, h) for i, h in all_hits if id(h) not in umbrella_ids[i]]
    if inner:
        all_hits = inner
    # A photo caption shows whatever the photographer was at (often an earlier edition:
    # "during Exercise Southern Katipo 15. Credit: Defence" above a story on Southern Katipo
    # 17): the story's own lines say which exercise it is about and how it is named.
    captions = {i for i in named if not (i == 0 and has_title) and _is_caption(sentences, i)}
    told = [(i, h) for i, h in all_hits if i not in captions]
    main_series: str | None = None
    if all_hits:
        voters = told or all_hits
        counts = Counter(h.series.casefold() for _, h in voters)
        first_i, first_h = voters[0]
        if first_i == 0:
            main_series = first_h.series.casefold()
        else:
            top = max(counts.values())
            main_series = next(
                h.series.casefold() for _, h in voters if counts[h.series.casefold()] == top
            )
        main_hits = [(i, h) for i, h in all_hits if h.series.casefold() == main_series]
        i0, h0 = next(((i, h) for i, h in told if h.series.casefold() == main_series), main_hits[0])
        if not _EDITION_TAIL.search(h0.surface):
            # The fullest form names it: "Iron Fist" in the headline, "Iron Fist 25" below;
            # "RIMPAC 2022" rather than the long form "Rim of the Pacific" without a year. A
            # long form that says what it is stays, unless the edition is of that same form
            # ("Large Scale Exercise 23" below "Large Scale Exercise").
            long_form = _LONG_FORM.search(h0.surface) is not None
            stem = h0.surface.casefold()
            i0, h0 = next(
                (
                    (i, h)
                    for i, h in main_hits
                    if _EDITION_TAIL.search(h.surface)
                    and (not long_form or h.surface.casefold().startswith(stem))
                ),
                (i0, h0),
            )
        if not _EDITION_TAIL.search(h0.surface):
            # "The official said Aman-23 would be divided into harbour and sea phases": the
            # edition is often written only in a line with no military word of its own.
            i0, h0 = next(
                (
                    (i, h)
                    for i in range(1, min(len(sentences), _EDITION_LINES))
                    if h0.surface in sentences[i] and not _is_caption(sentences, i)
                    for h in names_by_sentence.get(i) or find_names(sentences[i], False)
                    if h.series.casefold() == main_series
                    and _EDITION_TAIL.search(h.surface)
                    and h.surface.casefold().startswith(h0.surface.casefold())
                    and _current_edition(h.surface, pub_year)
                    and not other_event(sentences[i], pub_year, False)
                ),
                (i0, h0),
            )
        mention.name = _display_name(h0.surface)
        series = h0.series if h0.known else _display_name(h0.series)
        mention.series = canonical_series(series) or series
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
    year, explicit_year = edition_year(mention.name)
    if year is None:
        # "Dynamic Mongoose (DYMO 21)": the edition may be written only in the other form.
        for alias in mention.aliases:
            year, explicit_year = edition_year(alias)
            if year is not None:
                break
    # Dates are read in the exercise sentences and in those that name it or refer back to it
    # ("Sea Breeze will run through July 12", "The exercise is due to continue until ...").
    own_names = tuple(n.casefold() for n in (mention.name, *mention.aliases) if n and len(n) >= 4)
    date_sentences = read_for_dates(
        sentences, (e.index for e in core), main_series, has_title, own_names
    )
    document_year = None
    if pub is None:
        written = [y for i in date_sentences for y in years_in(sentences[i])]
        document_year = max(written) if written else None
        # "The two most notable aspects of Vostok-2018 were ...": on an undated page, an edition
        # of the story's own series written anywhere is a surer year than "since 2012".
        editions = _edition_years(main_series, sentences)
        if editions:
            document_year = max(editions)
        # "CANBERRA, Sept 6: ... the exercise, which began on Sunday": a dateline without a
        # year, in the year of the exercise's edition, is the day the story was filed.
        pub = dateline_day(sentences[:3], year or document_year)
    ctx = DateContext(pub, year, explicit_year, document_year)
    dated: dict[int, list[DateMention]] = {}
    meetings: set[int] = set()
    for index in date_sentences:
        e = evs[index]
        found = find_mentions(e.text, ctx)
        if found:
            dated[e.index] = found
            if is_meeting(e.text):
                ahead = days_beside_meeting(e.text, found)
                if ahead:
                    dated[e.index] = ahead
                else:
                    meetings.add(e.index)
    main_named = {
        i
        for i in date_sentences
        if main_series
        and (names_by_sentence.get(i) or main_series in sentences[i].casefold())
        or names_this_edition(sentences[i])
        # "African Lion 2025 (AL25) ... AL25 takes place from April 14 to May 23": the short
        # form the story itself gave names it too.
        or any(_names_as_word(a.casefold(), sentences[i]) for a in mention.aliases if len(a) >= 4)
    }
    parts = frozenset(i for i in dated if tells_a_part_day(sentences[i]))
    sched = choose_schedule(
        dated, main_named, meetings, pub, year if explicit_year else None, parts
    )
    if sched.anchor:
        far = {
            i
            for i, found in dated.items()
            if (days := [m.start or m.end for m in found if m.kind == "day" and not m.report])
            and all(abs((d - sched.anchor).days) > 60 for d in days if d)
        }
        # "Notably in January, India and France held a five-day exercise": a past month that
        # ends before this exercise begins is another event.
        far |= {
            i
            for i, found in dated.items()
            if i not in main_named
            and any(
                m.kind == "month" and m.end and m.tense < 0 and (sched.anchor - m.end).days > 7
                for m in found
            )
            and not any(m.kind == "day" for m in found)
        }
        core = [e for e in core if e.index not in far]
    named = frozenset(i for i, hits in names_by_sentence.items() if hits and about_main(i))
    pub_year = pub.year if pub else None
    fill_places(mention, has_title, sentences, evs, core, about_main, weak, pub_year, named)
    first = min((e.index for e in core if e.index in main_named), default=None)
    finish_schedule(sched, sentences, date_sentences, dated, first, pub, year)
    if sched.start:
        mention.start_date = sched.start.isoformat()
        mention.qualifiers["start_date"] = "day"
    if sched.end:
        mention.end_date = sched.end.isoformat()
        mention.qualifiers["end_date"] = "day"
    if sched.sentence is not None:
        mention.evidence["dates"] = sentences[sched.sentence]
    elif (
        sched.hint is not None
        and sched.hint.kind == "month"
        and sched.hint.start
        and sched.hint_sentence in main_named
    ):
        # "will host exercise Aman in February 2023" (published October 2022): no day, so no
        # start_date, but the month says which year's edition this is; resolve reads it.
        mention.qualifiers["month"] = sched.hint.start.strftime("%Y-%m")
        mention.evidence["month"] = sentences[sched.hint_sentence]
    elif document_year and year is None and not (sched.start or sched.end):
        # An undated page with no day of its own ("Cruzeiro do Sul Exercise 2018 ... held at
        # Natal"): the year its exercise lines write says which edition it is; resolve reads it
        # instead of the day the page was first fetched.
        mention.qualifiers["year"] = str(document_year)
    headline = (
        sentences[0]
        if has_title and (evs[0].military or EXERCISE_WORD.search(sentences[0]))
        else None
    )
    mention.phase = decide_phase(
        headline=headline,
        lead=[e.text for e in core[:4]],
        name=mention.name,
        published=pub,
        start=sched.start,
        end=sched.end,
        schedule_sentence=sentences[sched.sentence] if sched.sentence is not None else "",
        hint=sched.hint,
        hint_sentence=sentences[sched.hint_sentence] if sched.hint_sentence is not None else "",
        # Sentences that open the exercise on its first day ("on Tuesday kicked off").
        openings=[
            s
            for i, s in enumerate(sentences[:8])
            if sched.start
            and any(
                m.role == "start" and m.start == sched.start
                for m in (dated.get(i) or find_mentions(s, ctx))
            )
        ],
    )
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
    # and the first sentences that name the exercise ("The approximately 3,200 participants in
    # this year's Ex MAPLE RESOLVE 22 ...").
    seen = core_idx | {e.index for e in follow}
    naming = [evs[i] for i in date_sentences if i not in seen and i > 0]
    # "In total, around 11,500 military personnel ... will participate": a head count told
    # with a verb of taking part, in the first paragraphs.
    seen |= {e.index for e in naming}
    naming += [
        e
        for e in evs[1:16]
        if e.index not in seen and about_main(e.index) and _TAKE_PART.search(e.text)
    ]
    home = mention.countries[0] if len(mention.countries) == 1 else None
    for e in core + follow + naming:
        for cls, (value, qual) in find_counts(e.text).items():
            if qual.startswith("contingent:"):
                # One side's contingent is no exercise-wide total ("120 personnel each",
                # "12,200 US troops"), unless that side is the only one taking part.
                if not home or qual != f"contingent:{home}":
                    continue
                qual = "exact"
            if getattr(mention, cls) is None:
                setattr(mention, cls, value)
                if qual != "exact":
                    mention.qualifiers[cls] = qual
                mention.evidence[cls] = e.text
    # --- domains and kind
    joined = " ".join(e.text for e in core)
    mention.domains = domains_of(joined)
    mention.kind = kind_of(len(mention.countries), joined)
    if core:
        mention.evidence.setdefault("is_exercise", core[0].text)


def _edition_years(series: str | None, sentences: list[str]) -> list[int]:
    """Years of the editions of ``series`` (case-folded) written in the story ("Vostok-2018")."""
    if not series:
        return []
    edition = re.compile(rf"(?<![\w-]){re.escape(series)}[\s-]{{0,2}}((?:19|20)\d\d)\b", IGN)
    return [int(m.group(1)) for s in sentences for m in edition.finditer(s)]


def _names_as_word(alias: str, sentence: str) -> bool:
    """``alias`` (case-folded) written in ``sentence`` as a word of its own."""
    return re.search(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", sentence.casefold()) is not None


_CAPTION = re.compile(
    r"\b(?:Credit|Photo|Image|Picture)\s*(?::|by\b)|\((?:Photo|Credit)\b|^\s*\u2022"
    # "(Jane Doe/Bloomberg via Getty Images)" closing a caption; not a dateline's "(AFP)"
    r"|\([^()]{0,60}(?:/|\bvia\s)[^()]{0,40}\b(?:Getty Images|AFP|Reuters|AP|EPA|Xinhua|"
    r"Shutterstock)[^()]{0,12}\)",
    IGN,
)
_EDITION_TAIL = re.compile(r"(?:\d|\b[IVXLC]{1,7})\w?$")
# A long form that says what it is ("ASEAN-India Maritime Exercise") is kept over an edition
# of its acronym ("AIME-23").
_LONG_FORM = re.compile(r"\b(?:Exercise|Drills?|Operation)$")

_EDITION_LINES = 16


def _current_edition(name: str, pub_year: int | None) -> bool:
    """An edition no more than a year from publication (or any, undated): "Aman-23" in a
    2022 report of next February's exercise, not "Komodo 2014" recalled in 2016."""
    year, _ = edition_year(name)
    return year is not None and (pub_year is None or abs(year - pub_year) <= 1)


_TAKE_PART = re.compile(
    r"\b(?:participat\w*|take part|taking part|took part|takes part|involv\w*)\b", IGN
)


def _is_caption(sentences: list[str], i: int) -> bool:
    """Whether sentence `i` is a photo caption (its credit inside it or right after it)."""
    return bool(
        _CAPTION.search(sentences[i]) or i + 1 < len(sentences) and _CAPTION.match(sentences[i + 1])
    )


def _display_name(surface: str) -> str:
    s = re.sub(r"^(?:Exercise|Ex|EXERCISE)\.?\s+", "", surface.strip())
    return s.strip(" '\"")


def _key(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.casefold())
