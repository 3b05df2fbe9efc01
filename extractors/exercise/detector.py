"""The detector: gate, judge sentences, score the article, then fill the fields.

Scoring is additive over a few article-level signals, because what separates an exercise story
from a story that mentions one is *where* and *how often* the exercise is talked about: in the
headline or the lead, with a name, a date, a verb of holding or taking part, versus one
background line in a long piece about something else.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from .dates import infer_published
from .fields import fill_fields
from .foreign import EXERCISE_WORDS, detect_foreign, text_language
from .foreign import SUPPORTED as FOREIGN_LANGUAGES
from .foreign.lexicon import TAG_ALIASES
from .gazetteer import find_places
from .model import ExerciseMention
from .names import NameHit, find_names
from .names.series_facts import DISTINCTIVE
from .scoring import score_article
from .series_page import describes_series, is_policy_talk
from .text import (
    as_written,
    drop_link_lines,
    normalise,
    split_headline,
    split_sentences,
    strip_furniture,
)
from .triggers import (
    ACCIDENT,
    MIL,
    SentenceEvidence,
    has_trigger,
    judge_sentence,
    lower_same,
    passes_gate,
)
from .wordtest import tokens_of

IGN = re.IGNORECASE
THRESHOLD = 0.5


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
    hint = str(language).lower().replace("_", "-").split("-")[0] if language else None
    hint = TAG_ALIASES.get(hint or "", hint)
    if hint and hint != "en":
        if hint not in FOREIGN_LANGUAGES:
            return ExerciseMention()
        return detect_foreign(
            title, text, _coerce_date(published), text_language(title, text) or hint
        )
    mention = _detect_english(title or "", text or "", published)
    if _looks_english(text or "") or not (
        mention.is_exercise or _FOREIGN_GATE.search(title or "") or _FOREIGN_GATE.search(text or "")
    ):
        return mention
    lang = text_language(title or "", text or "")
    if lang:
        return detect_foreign(title or "", text or "", _coerce_date(published), lang)
    return mention


def _looks_english(text: str) -> bool:
    """A quick look before the costlier one: English prose says "the" every few lines, other
    languages almost never. Most texts stop here."""
    head = text[:3000]
    return head.count(" the ") + head.count(" of ") >= 4


# The exercise words of the languages the foreign reader knows: only a text with one of them
# is worth identifying its language. The hand list keeps stems the language files spell in
# full; EXERCISE_WORDS adds every language file's own words.
_FOREIGN_GATE = re.compile(
    r"ejercicio|maniobra|exerc[íi]cio|manobra|esercitazion|manovr|exercice|man[œo]e?uvre|"
    r"[üu]bung|man[öo]ver|ćwicze|manewr|latihan|latgab|eksesais|अभ्यास|एक्सरसाइज|ड्रिल|"
    r"exerci[țţt]i|aplica[țţt]i|manevr|oefening|tatbikat|" + EXERCISE_WORDS.pattern,
    IGN,
)


def _detect_english(title: str, text: str, published: dt.date | str | None) -> ExerciseMention:
    """The English reader (see the module docstring)."""
    text = strip_furniture(text)
    # Cheap gate on the raw strings first: most news never mentions an exercise word.
    if not passes_gate(title) and not passes_gate(text) and not _has_strict_name(title, text):
        return ExerciseMention()
    # Only past the gate (it costs on every text), and before the headline is split off: a
    # link line is short and title-like.
    text = drop_link_lines(text)
    if not title.strip() and "\n" in text[:600]:
        title, text = split_headline(text)
    title_n = normalise(title)
    body_n = normalise(text)
    pub = _coerce_date(published)
    sentences = ([title_n] if title_n else []) + split_sentences(body_n)
    has_title = bool(title_n)
    evs: list[SentenceEvidence] = []
    names_by_sentence: dict[int, list[NameHit]] = {}
    lead_mil: bool | None = None  # military vocabulary in the first sentences (lazy)
    told_names: dict[str, NameHit] = {}  # names given beside an exercise word
    for i, s in enumerate(sentences):
        low = lower_same(s)
        trig = has_trigger(s, low)
        hits = find_names(s, has_trigger=trig)
        toks = tokens_of(s) if (trig or hits) else frozenset()
        if hits and not trig:
            hits = [
                h
                for h in hits
                if (h.strict or not h.known)
                and MIL.test(s, toks)
                or h.series in DISTINCTIVE
                # "The three-day operations, called "Joint Sea-2025," began near Vladivostok":
                # a series distinctive enough to be evidence, with its edition.
                or h.strict
                and h.known
                and h.surface != h.series
                and _EDITION.search(h.surface)
            ]
        elif hits and not MIL.test(s, toks):
            if lead_mil is None:
                lead_mil = any(MIL.search(x) for x in sentences[:4])
            if not lead_mil:
                # "Exercise HIIT helps patients": a name needs military vocabulary around it,
                # unless it is a distinctive series with its edition ("Vostok-2026").
                hits = [
                    h
                    for h in hits
                    if h.strict
                    or (h.series in DISTINCTIVE and h.surface != h.series)
                    or _CODE_NAME.fullmatch(h.surface)
                ]
        names_by_sentence[i] = hits
        if trig:
            told_names.update((h.surface, h) for h in hits if len(h.surface) >= 5)
        if trig or hits:
            evs.append(judge_sentence(i, s, [h.surface for h in hits], low=low, toks=toks))
        else:
            evs.append(SentenceEvidence(i, s))
    echoed = _echo_names(sentences, told_names, names_by_sentence, evs) if told_names else set()
    if has_title and not names_by_sentence.get(0):
        _learn_title_names(sentences[0], names_by_sentence, evs)
    body_has_trigger = any(e.military for e in evs if e.index > 0 or not has_title)
    if has_title and body_has_trigger and not evs[0].military and _state_holds_drills(title_n):
        evs[0] = judge_sentence(0, title_n, [], context_military=True)
    score = score_article(evs, len(sentences), has_title, title_n, body_has_trigger)
    if score >= THRESHOLD and describes_series(title_n, split_sentences(body_n)[:6], body_n):
        # An encyclopaedia entry or programme page about a series, not an edition's news.
        score = min(score, THRESHOLD - 0.01)
    if score >= THRESHOLD and _digest(names_by_sentence):
        # A roundup that names five or more exercises once each is about none of them.
        score = min(score, THRESHOLD - 0.01)
    mention = ExerciseMention(score=score)
    if score < THRESHOLD:
        return mention
    mention.is_exercise = True
    if pub is None:
        # No date from the feed or the page's metadata: the article's own header or dateline
        # ("WASHINGTON, Nov. 4, 2011 -") is the next best reference for relative dates.
        pub = infer_published(text)
    fill_fields(mention, has_title, sentences, evs, names_by_sentence, pub, frozenset(echoed))
    mention.name = as_written(mention.name, title, text)
    if (
        mention.name is None
        and not (mention.start_date or mention.end_date)
        and is_policy_talk(title_n, sentences[1 if has_title else 0 :])
    ):
        # "Philippines, Japan to conduct joint military exercises", agreed by ministers, with
        # no named exercise and no day: exercises as a policy, not an exercise.
        return ExerciseMention(score=min(score, THRESHOLD - 0.01))
    return mention


def _digest(names_by_sentence: dict[int, list[NameHit]]) -> bool:
    """Five or more exercise series named, none of them twice: a list of a year's drills, a
    roundup of a navy's partners, not the news of one exercise."""
    seen: dict[str, int] = {}
    for hits in names_by_sentence.values():
        for key in {(h.series or h.surface).casefold() for h in hits}:
            seen[key] = seen.get(key, 0) + 1
    return len(seen) >= 5 and max(seen.values()) == 1


def _echo_names(
    sentences: list[str],
    told_names: dict[str, NameHit],
    names_by_sentence: dict[int, list[NameHit]],
    evs: list[SentenceEvidence],
) -> set[int]:
    """ "KONKAN-2018 (Nov 28-Dec 6) off Goa has taken off with units from both navies": a name
    the story gave beside an exercise word elsewhere names the exercise here too, in a line
    with military words but no exercise word of its own. Only the grammar needs the exercise
    word to tell a name from any capitalised words; once told, the name is known. Returns the
    lines it named."""
    echoed: set[int] = set()
    for i, s in enumerate(sentences):
        if names_by_sentence.get(i) or evs[i].military:
            continue
        found = [
            (m, hit)
            for surface, hit in told_names.items()
            if surface in s and (m := re.search(rf"(?<!\w){re.escape(surface)}(?!\w)", s))
        ]
        if not found:
            continue
        toks = tokens_of(s)
        if not MIL.test(s, toks):
            continue
        hits = [
            NameHit(m.start(), m.end(), hit.surface, hit.series, hit.known, hit.strict)
            for m, hit in found
        ]
        names_by_sentence[i] = hits
        evs[i] = judge_sentence(i, s, [h.surface for h in hits], low=lower_same(s), toks=toks)
        echoed.add(i)
    return echoed


# "Exercise MAPLE FLAG will take place at 4 Wing": a name of two or more words in capitals, the
# way military writing sets code names, is an exercise's name even without a military word
# around it ("Exercise HIIT helps patients" has one word).
_EDITION = re.compile(r"[\s'-](?:19|20)?\d\d[A-C]?$")
_CODE_NAME = re.compile(r"[A-Z]{3,}(?:[ -][A-Z]{2,})+(?:[ -]'?\d{1,4})?")


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


# "Moscow to hold drills with Belarus": a state (country, capital, demonym, force) as the one
# holding the drills is the armed-forces sense, even in a headline with no military word.
_STATE_DRILL = re.compile(
    r"§\s+(?:(?:is|are|will|would|to|plans? to|set to|says it will)\s+)?(?:holds?|holding|held|"
    r"stag(?:e|es|ed|ing)|conduct\w*|launch\w*|begins?|began|starts?|started|kicks? off)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:drills?|exercises?|war ?games?|manoeuvres|maneuvers)\b",
    IGN,
)


def _state_holds_drills(title: str) -> bool:
    if "§" in title:
        return False
    places = [p for p in find_places(title) if p.code and p.kind in ("name", "demonym", "force")]
    if not places:
        return False
    parts, pos = [], 0
    for p in places:
        parts.append(title[pos : p.start] + "§")
        pos = p.end
    return _STATE_DRILL.search("".join(parts) + title[pos:]) is not None


def _has_strict_name(title: str, body: str) -> bool:
    from .gazetteer import word_starts
    from .names.grammar import _SERIES_GLUE, _series_regex, _series_table, promoted

    table = _series_table()
    joined = title + "\n" + body[:4000]
    return any(
        table[m.group(1)][1] or promoted(joined, m.start(), m.group(2) or "")
        for m in word_starts(_series_regex(), joined, _SERIES_GLUE)
    )


__all__ = ["detect", "detect_many", "THRESHOLD", "ACCIDENT"]
