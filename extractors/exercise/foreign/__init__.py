"""Reading exercise news written in other languages (Spanish, Portuguese, Italian, French,
German, Polish, Romanian, Dutch, Turkish, Indonesian, Hindi).

World news about exercises is not all in English: a Peruvian navy's drill is first reported in
Spanish, a Brazilian air exercise in Portuguese. The English reader's phrase rules do not carry
over, so this package is a smaller reader driven by one vocabulary table per language
(``lexicon.py``), CLDR's month and country names (through babel) and the curated series table
the English reader uses, since exercise names cross languages ("Cobra Gold", "UNITAS").

It decides by sentences: an exercise word with a military word beside it, or a known series,
in the headline or the lead. Its fields follow the English reader's conventions (FIELDS.md).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter

from ..dates import edition_year
from ..kinds import kind_of
from ..model import ExerciseMention
from ..names import NameHit
from ..text import as_written, normalise, split_headline, split_sentences, strip_furniture
from .calendar import YEAR, starts_with_month
from .fields import (
    exercise_days,
    force_sizes,
    host_of,
    parties,
    phase_of,
)
from .identify import text_language
from .lexicon import LEXICONS, WORD, Lexicon
from .names import exercise_name, known_names, series_of
from .reading import Reading

SUPPORTED = tuple(LEXICONS)
# Every language's exercise words in one pattern: only a text with one of them is worth
# identifying its language (detector.py). A new language file widens it by itself.
EXERCISE_WORDS = re.compile(
    "|".join(
        sorted(
            {w for lex in LEXICONS.values() for w in (*lex.exercise, *lex.military_exercise)},
            key=len,
            reverse=True,
        )
    ),
    re.IGNORECASE,
)
_SOUNDED_LINES = 60
_LEAD = 5  # body sentences of eight words or more that count as the lead


def _about(sentence: str, lex: Lexicon, names: list[NameHit]) -> bool:
    """Talks about a military exercise: an exercise word with a military word beside it, a
    military exercise word, or a known series with either."""
    if lex.pattern("civil").search(sentence):
        return False
    word = lex.pattern("exercise").search(sentence)
    military = lex.pattern("military").search(sentence)
    strong = lex.pattern("military_exercise").search(sentence)
    return bool(strong or (word and military) or (names and (word or military)))


def _rejoin_ordinals(sentences: list[str], lang: str) -> list[str]:
    """German and Polish write a day as an ordinal with a dot ("vom 6. bis 22. Juni"), which
    the sentence splitter takes for a full stop: a piece that ends in a day's number and dot is
    joined to the next when that starts with a month or a lower-case word."""
    out: list[str] = []
    for s in sentences:
        if out and _ORDINAL_END.search(out[-1]) and (s[:1].islower() or starts_with_month(s, lang)):
            out[-1] = out[-1] + " " + s
        else:
            out.append(s)
    return out


_ORDINAL_END = re.compile(r"(?<![\d.])\d{1,2}\.$")


def _document_year(text: str) -> int | None:
    years = Counter(int(y) for y in re.findall(rf"(?<!\d)({YEAR})(?!\d)", text[:3000]))
    # The most written year; a tie goes to the latest (history comes up beside the news), the
    # same on every run whatever the order of a set.
    return max(years, key=lambda y: (years[y], y)) if years else None


def detect_foreign(title: str, text: str, published: dt.date | None, lang: str) -> ExerciseMention:
    """The mention of an exercise in a text written in ``lang`` (one of ``SUPPORTED``)."""
    lex = LEXICONS[lang]
    # One spelling per letter: Bengali and Devanagari write some letters either as one code
    # point or as a letter and a dot below, and CLDR's month and country names use one form.
    title, text = (
        unicodedata.normalize("NFC", title or ""),
        unicodedata.normalize("NFC", text or ""),
    )
    # The danda ends a Hindi sentence as a full stop does; a script without capitals ends one
    # at its own marks whatever follows them.
    text = strip_furniture(text or "").replace("\u0964", "\u0964\n")
    for stop in lex.sentence_stops:
        text = re.sub(rf"{re.escape(stop)}[ \t]+", f"{stop}\n", text)
    title = title or ""
    if not title.strip() and "\n" in text[:600]:
        title, text = split_headline(text)
    title_n = normalise(title)
    body = _rejoin_ordinals(split_sentences(normalise(text)), lang)
    sentences = ([title_n] if title_n else []) + body
    about: list[int] = []
    known: dict[int, list[NameHit]] = {}
    lead_hits = title_hit = 0
    named = False
    substantial = 0  # sentences of the lead, not counting repeated headlines, bylines, captions
    for i, s in enumerate(sentences):
        if i and len(s.split()) >= 8 and s != sentences[0]:
            substantial += 1
        # Matching by sound is costly: only the lead's lines are tried (a name that matters
        # stands there), and a run of text repeats its spellings.
        names = known_names(s, lex if i < _SOUNDED_LINES else None)
        military = _about(s, lex, names)
        if names and military:
            known[i] = names
            named = True
        if military:
            about.append(i)
            if i == 0:
                title_hit = 1  # the headline, or the opening line of a text without one
            elif substantial <= _LEAD:
                lead_hits += 1
        elif about and about[-1] == i - 1 and lex.pattern("partake").search(s):
            about.append(i)  # "Participan además las marinas de ...": the parties' sentence
    score = 0.45 * title_hit + 0.3 * min(lead_hits, 2) + 0.1 * min(len(about), 3) + 0.2 * named
    if not (title_hit or lead_hits) or score < 0.5:
        return ExerciseMention(score=round(min(score, 0.49), 4))
    mention = ExerciseMention(score=round(min(score, 1.0), 4), is_exercise=True)
    # A sentence right after one about the exercise often tells its days or size ("La edición
    # de 2018 será del 18 al 30 de noviembre") without naming it again.
    near = sorted({*about, *(i + 1 for i in about if i + 1 < len(sentences))})
    reading = Reading(lex, sentences, about, near=near, known=known)
    name, name_at = exercise_name(reading)
    mention.name = as_written(name, title, text)
    mention.series = series_of(name)
    found, placed = parties(reading)
    mention.countries = sorted(found)
    mention.host = host_of(mention.series, found, placed)
    if mention.host and mention.host not in mention.countries:
        mention.countries = sorted({*mention.countries, mention.host})
    year = edition_year(name)[0] or (None if published else _document_year(text))
    start, end, where = exercise_days(reading, published, year)
    mention.start_date = start.isoformat() if start else None
    mention.end_date = end.isoformat() if end else None
    if start:
        mention.qualifiers["start_date"] = "day"
    if end:
        mention.qualifiers["end_date"] = "day"
    if published is None and not (start or end) and year:
        mention.qualifiers["year"] = str(year)
    mention.qualifiers["language"] = lang
    for slot, value in force_sizes(reading).items():
        setattr(mention, slot, value)
    mention.phase = phase_of(reading, start, end, published, where)
    joined = " ".join(sentences[i] for i in about)
    mention.domains = [
        domain
        for domain, words in lex.domains.items()
        if re.search(rf"(?<![{WORD}-])(?:{'|'.join(words)})(?![{WORD}])", joined, re.IGNORECASE)
    ]
    mention.kind = kind_of(len(mention.countries), joined)
    if name_at is not None:
        mention.evidence["name"] = sentences[name_at][:300]
    if where:
        mention.evidence["dates"] = where[:300]
    return mention


__all__ = ["EXERCISE_WORDS", "SUPPORTED", "detect_foreign", "text_language"]
