"""The detector: gate, judge sentences, score the article, then fill the fields.

Scoring is additive over a few article-level signals, because what separates an exercise story
from a story that mentions one is *where* and *how often* the exercise is talked about: in the
headline or the lead, with a name, a date, a verb of holding or taking part, versus one
background line in a long piece about something else.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from .countries import CountryEvidence, read_sentence
from .dates import DateSpan, find_dates
from .gazetteer import find_places
from .model import ExerciseMention
from .names import NameHit, find_names, parenthetical_alias
from .numbers import find_counts
from .phase import is_cancelled, phase_from_dates, phase_from_text
from .scoring import score_article
from .series_data import DISTINCTIVE
from .text import normalise, split_sentences
from .triggers import ACCIDENT, GATE, MIL, TRIGGER, SentenceEvidence, judge_sentence

IGN = re.IGNORECASE
THRESHOLD = 0.5


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
_PARTICIPATION = re.compile(
    r"\b(?:particip(?:at|an)\w*|take part|taking part|took part|takes part|contingents?|"
    r"send (?:forces|troops|ships|units|warships|aircraft|personnel)|sent (?:forces|troops|"
    r"ships|warships|aircraft|personnel)|joined by|alongside)\b",
    IGN,
)
_UNNAMED_FORCE = re.compile(
    r"\b(?:the|its|our) (?:army|navy|air force|military|armed forces|troops|coast guard)\b|"
    r"^(?:'[^']+' )?(?:Army|Navy|Air Force)\b",
    IGN,
)
_LAND_PLACE = re.compile(
    r"\b(?:in|at|near|outside|around) (?:the )?((?:[A-Z][a-z]+)(?: [A-Z][a-z]+){0,2})"
    r"(?! (?:Sea|Ocean|Strait|Gulf|Bay|Channel|Straits)\b)"
)
_AWAY = re.compile(
    r"\b(?:seas?|waters|ocean|oceans|strait|straits|gulf|bay|channel|off|around|abroad|"
    r"overseas|airspace|skies|over the|near the border|border|deployed to|sent to|"
    r"Pacific|Atlantic|Mediterranean|Baltic|Arctic)\b",
    IGN,
)
_MULTI = re.compile(
    r"\b(?:multinational|multilateral|multi-national|\d+ (?:nations|countries))\b", IGN
)
_BILAT = re.compile(r"\bbilateral\b", IGN)


def _coerce_date(published: Any) -> dt.date | None:
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if isinstance(published, str):
        try:
            return dt.date.fromisoformat(published[:10])
        except ValueError:
            return None
    return None


def detect(
    title: str,
    text: str,
    published: dt.date | str | None = None,
    language: str | None = "en",
) -> ExerciseMention:
    """Decide whether an article is about a specific military exercise and extract its details.

    Always returns a mention; for negatives only ``score`` (< 0.5) and ``detector_version`` carry
    information. ``published`` anchors relative dates and the phase.
    """
    if language and not str(language).lower().startswith("en"):
        return ExerciseMention()
    title = title or ""
    text = text or ""
    # Cheap gate on the raw strings first: most news never mentions an exercise word.
    if not GATE.search(title) and not GATE.search(text) and not _has_strict_name(title, text):
        return ExerciseMention()
    title_n = normalise(title)
    body_n = normalise(text)
    pub = _coerce_date(published)
    sentences = ([title_n] if title_n else []) + split_sentences(body_n)
    has_title = bool(title_n)
    evs: list[SentenceEvidence] = []
    names_by_sentence: dict[int, list[NameHit]] = {}
    for i, s in enumerate(sentences):
        trig = TRIGGER.search(s) is not None
        hits = find_names(s, has_trigger=trig)
        if hits and not trig:
            hits = [
                h
                for h in hits
                if (h.strict or not h.known) and MIL.search(s) or h.series in DISTINCTIVE
            ]
        elif hits and not MIL.search(s) and not any(MIL.search(x) for x in sentences[:4]):
            # "Exercise HIIT helps patients": a name needs military vocabulary around it.
            hits = [h for h in hits if h.strict]
        names_by_sentence[i] = hits
        if trig or hits:
            evs.append(judge_sentence(i, s, [h.surface for h in hits]))
        else:
            evs.append(SentenceEvidence(i, s))
    if has_title and not names_by_sentence.get(0):
        _learn_title_names(sentences[0], names_by_sentence, evs)
    body_has_trigger = any(e.military for e in evs if e.index > 0 or not has_title)
    score = score_article(evs, len(sentences), has_title, title_n, body_has_trigger)
    mention = ExerciseMention(score=score)
    if score < THRESHOLD:
        return mention
    mention.is_exercise = True
    _fill(mention, has_title, sentences, evs, names_by_sentence, pub)
    return mention


def detect_many(items: Iterable[dict[str, Any]]) -> list[ExerciseMention]:
    """Batch form: items are dicts with ``title``, ``text`` and optional ``published``/``language``.

    Everything is precompiled at import, so this is a plain loop; run it in worker processes to
    use more cores.
    """
    return [
        detect(
            it.get("title") or "",
            it.get("text") or "",
            it.get("published") or it.get("date"),
            it.get("language", "en"),
        )
        for it in items
    ]


def _learn_title_names(
    title: str, names_by_sentence: dict[int, list[NameHit]], evs: list[SentenceEvidence]
) -> None:
    """A name the body introduces ("Air Defender 2023, the largest air exercise...") also
    marks the headline that repeats it as being about that exercise."""
    seen: dict[str, NameHit] = {}
    for i, hits in names_by_sentence.items():
        if i and evs[i].military:
            for h in hits:
                seen.setdefault(h.series, h)
    found: list[NameHit] = []
    for series, h in seen.items():
        if len(series) < 4:
            continue
        m = re.search(
            r"(?<![\w-])" + re.escape(series) + r"(?:[ -]*'?\d[\d.-]*[A-C]?)?(?![\w])", title
        )
        if m:
            found.append(NameHit(m.start(), m.end(), m.group(0), h.series, h.known, h.strict))
    if found:
        found.sort(key=lambda x: x.start)
        names_by_sentence[0] = found
        evs[0] = judge_sentence(0, title, [h.surface for h in found])


def _has_strict_name(title: str, body: str) -> bool:
    from .names import _series_regex, _series_table, promoted

    table = _series_table()
    joined = title + "\n" + body[:4000]
    return any(
        table[m.group(1)][1] or promoted(joined, m.start(), m.group(2) or "")
        for m in _series_regex().finditer(joined)
    )


def _fill(
    mention: ExerciseMention,
    has_title: bool,
    sentences: list[str],
    evs: list[SentenceEvidence],
    names_by_sentence: dict[int, list[NameHit]],
    pub: dt.date | None,
) -> None:
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
            for cand in (_display_name(h.surface), parenthetical_alias(sentences[i], h)):
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
    span: DateSpan | None = None
    span_sentence = ""
    dated: dict[int, DateSpan] = {}
    for e in core:
        d = find_dates(e.text, pub)
        if d is not None:
            dated[e.index] = d
    main_named = {e.index for e in core if names_by_sentence.get(e.index) and main_series}

    def date_rank(i: int) -> tuple[int, int, int, int]:
        d = dated[i]
        when = d.start or d.end
        far_off = int(bool(pub and when and abs((when - pub).days) > 45))
        return (far_off, int(i not in main_named), int(d.kind != "range"), i)

    if dated:
        best = min(dated, key=date_rank)
        span, span_sentence = dated[best], sentences[best]
    if span:
        anchor = span.start or span.end
        far = {
            i
            for i, d in dated.items()
            if anchor
            and d.kind in ("range", "start", "end")
            and (d.start or d.end)
            and abs(((d.start or d.end) - anchor).days) > 60
        }
        core = [e for e in core if e.index not in far]
    # --- countries, host, locations
    cev = CountryEvidence()
    if has_title and not evs[0].military:
        read_sentence(sentences[0], cev, exercise_sentence=True)
    for e in core:
        read_sentence(e.text, cev, exercise_sentence=True)
    core_idx = [e.index for e in core]
    for e in evs:
        if e.military or e.index == 0 or not about_main(e.index):
            continue
        near = any(0 < e.index - i <= 3 for i in core_idx)
        if near or _PARTICIPATION.search(e.text):
            read_sentence(e.text, cev, exercise_sentence=False)
    participants = {c: s for c, s in cev.participants.items() if c not in cev.observers}
    mention.countries = sorted(participants)
    for code in mention.countries:
        mention.evidence.setdefault(f"country:{code}", participants[code])
    if cev.hosts:
        code, sent, _ = sorted(cev.hosts, key=lambda h: h[2])[0]
        mention.host = code
        mention.evidence["host"] = sent
        if not mention.countries and _UNNAMED_FORCE.search(" ".join(e.text for e in core)):
            # "The Army held an exercise near Tawang": a national exercise of the host.
            mention.countries = [code]
            mention.evidence[f"country:{code}"] = sent
    elif len(mention.countries) == 1:
        # A national exercise at a named place the gazetteer does not know ("at Kunsan",
        # "near Konya") is held at home; seas and foreign countries were handled above.
        for e in ([evs[0]] if has_title else []) + core:
            m = _LAND_PLACE.search(e.text)
            if m and not find_places(m.group(1)):
                mention.host = mention.countries[0]
                mention.evidence["host"] = e.text
                break
    if mention.host is None and len(mention.countries) == 1:
        # A national exercise with no sea, airspace or foreign place named is held at home
        # ("Taiwan's armed forces began Han Kuang", "the IAF concluded Gagan Shakti").
        texts = ([sentences[0]] if has_title else []) + [e.text for e in core]
        if not any(_AWAY.search(t) for t in texts) and not cev.locations:
            mention.host = mention.countries[0]
            mention.evidence["host"] = texts[0]
    locs: list[dict] = []
    seen_locs: set[str] = set()
    for loc in cev.locations:
        key = loc["name"].casefold()
        if key not in seen_locs:
            seen_locs.add(key)
            locs.append(loc)
    mention.locations = locs
    if span:
        if span.start:
            mention.start_date = span.start.isoformat()
            mention.qualifiers["start_date"] = span.start_precision or "day"
        if span.end:
            mention.end_date = span.end.isoformat()
            mention.qualifiers["end_date"] = span.end_precision or "day"
        mention.evidence["dates"] = span_sentence
    phase_texts = [e.text for e in core[:4]]
    headline = sentences[0] if has_title and evs[0].military else None
    phase = "cancelled" if is_cancelled(phase_texts[:3]) else None
    if phase is None and span:
        phase = phase_from_dates(span.start, span.end, pub)
    mention.phase = phase or phase_from_text(phase_texts, headline)
    # --- numbers
    for e in core:
        for cls, (value, qual) in find_counts(e.text).items():
            if getattr(mention, cls) is None:
                setattr(mention, cls, value)
                if qual != "exact":
                    mention.qualifiers[cls] = qual
                mention.evidence[cls] = e.text
    # --- domains and kind
    joined = " ".join(e.text for e in core)
    mention.domains = [d for d, rx in _DOMAINS if rx.search(joined)]
    n = len(mention.countries)
    if n >= 3 or (n == 0 and _MULTI.search(joined)):
        mention.kind = "multilateral"
    elif n == 2 or (n == 0 and _BILAT.search(joined)):
        mention.kind = "bilateral"
    else:
        mention.kind = "national"
    if core:
        mention.evidence.setdefault("is_exercise", core[0].text)


def _display_name(surface: str) -> str:
    s = re.sub(r"^(?:Exercise|Ex|EXERCISE)\.?\s+", "", surface.strip())
    return s.strip(" '\"")


def _key(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.casefold())


__all__ = ["detect", "detect_many", "THRESHOLD", "ACCIDENT"]
