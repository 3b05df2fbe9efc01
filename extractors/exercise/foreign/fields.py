"""The fields of an exercise told in another language: name, parties, host, days, sizes, phase.

The rules are the English reader's in small: the facts are read from the sentences that talk
about the exercise (its word, its name, taking part), parties are states named there unless a
sea, an opponent or an observer's role claims them, and the phase comes from the days when the
text gives them, else from the tense of the sentences that tell the exercise.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ..names.series_facts import home_of
from ..phase.calendar import phase_from_dates
from .calendar import DaySpan, find_days
from .countries import CountryHit, find_countries
from .lexicon import WORD, Lexicon
from .reading import Reading

# ---- parties and host

# Joiners that Telugu and Bengali write inside a word ("థాయ్‌లాండ్‌లో"): the country's name
# ends at one, and its case ending follows.
_JOINERS = "\u200c\u200d"


def _claimed(sentence: str, hit: CountryHit, lex: Lexicon) -> bool:
    """A sea's, an opponent's or an observer's country: named, but no party."""
    before = sentence[max(0, hit.start - 40) : hit.start]
    if lex.seas and re.search(rf"(?:{'|'.join(lex.seas)})\s+$", before, re.IGNORECASE):
        return True
    if lex.seas_after and re.match(rf"\s+(?:{'|'.join(lex.seas_after)})", sentence[hit.end :]):
        return True
    # Up to three words between the opposing word and the name, words of any script.
    if lex.not_party and re.search(
        rf"(?:{'|'.join(lex.not_party)})[^{WORD}]+(?:[{WORD}]+[^{WORD}]+){{0,3}}$", before, re.I
    ):
        return True
    # "चीनच्या विरोधात", "జపాన్ పరిశీలకుడిగా": the role word right after the name (and its
    # endings, or what a joiner glues to it).
    if lex.not_party_after and re.match(
        rf"(?:[{_JOINERS}]?[{WORD}])*\s+(?:{'|'.join(lex.not_party_after)})(?![{WORD}])",
        sentence[hit.end :],
        re.IGNORECASE,
    ):
        return True
    # "Alemanha, Austrália e Itália participaram ... como observadores": the observers' clause.
    for m in _observers(lex).finditer(sentence):
        lo, hi = (hit.end, m.start()) if hit.end <= m.start() else (m.end(), hit.start)
        if hi - lo <= 120 and not re.search(r"[.;]", sentence[lo:hi]):
            return True
    return False


@cache
def _observers(lex: Lexicon) -> re.Pattern[str]:
    """The language's observers' words, anywhere in a word ("Militärbeobachter")."""
    return re.compile("|".join(lex.observers) or "(?!)", re.IGNORECASE)


_LEAD_PARTIES = 2


def parties(reading: Reading) -> tuple[list[str], str | None]:
    """Participants in order of first mention, and the host when the text places the drill."""
    lex = reading.lex
    # An empty slot names no locative word (Hindi puts its "in" after the name).
    locative = re.compile(rf"(?:{'|'.join(lex.locative) or '(?!x)x'})\s+$", re.IGNORECASE)
    found: list[str] = []
    host: str | None = None
    partake = lex.pattern("partake")
    for rank, i in enumerate(reading.about):
        s = reading.sentences[i]
        if rank >= _LEAD_PARTIES and not partake.search(s):
            continue  # later lines name states for other reasons: critics, rivals, history
        for hit in find_countries(s, lex.code):
            if _claimed(s, hit, lex):
                continue
            if hit.code not in found:
                found.append(hit.code)
            if host is None and (
                locative.search(s[max(0, hit.start - 30) : hit.start])
                or lex.locative_after
                and re.match(rf"\s+(?:{'|'.join(lex.locative_after)})(?![{WORD}])", s[hit.end :])
                or _placed_by_ending(s, hit, lex)
            ):
                host = hit.code
    if not found:
        # The lines about the drill name no state, the lead names one: that state's drill
        # ("Il Venezuela ... dobbiamo prepararci").
        lead = {
            h.code
            for i in range(min(4, len(reading.sentences)))
            for h in find_countries(reading.sentences[i], lex.code)
        }
        if len(lead) == 1:
            found = sorted(lead)
    return found, host


def _placed_by_ending(sentence: str, hit: CountryHit, lex: Lexicon) -> bool:
    """A locative case ending glued to the country places the drill there ("இந்தியாவில்",
    "ভারতে", "भारतात"). The ending is what follows the name proper: the rest of a stem's
    match, and what a joiner glues after the name."""
    if not lex.locative_suffixes:
        return False
    core = hit.end if hit.core is None else hit.core
    tail = re.match(rf"(?:[{_JOINERS}][{WORD}]+)*", sentence[hit.end :])
    ending = sentence[core : hit.end] + (tail.group(0) if tail else "")
    ending = re.sub(f"[{_JOINERS}]", "", ending)
    suffixes = "|".join(lex.locative_suffixes)
    return bool(ending) and re.search(rf"(?:{suffixes})$", ending) is not None


def host_of(series: str | None, found: list[str], placed: str | None) -> str | None:
    if placed:
        return placed
    home = home_of(series)
    if home:
        return home
    return found[0] if len(found) == 1 else None


# ---- days


def exercise_days(
    reading: Reading, published: dt.date | None, fallback_year: int | None
) -> tuple[dt.date | None, dt.date | None, str]:
    """The first range in the sentences about the exercise, else single days placed by the
    words before them ("a partir del", "hasta el")."""
    lex = reading.lex
    start_re, end_re = lex.pattern("start_words"), lex.pattern("end_words")
    start = end = None
    where = ""
    singles: list[tuple[DaySpan, str]] = []
    for i in reading.near:
        s = reading.sentences[i]
        for span in find_days(s, lex, published, fallback_year):
            if span.end is not None:
                return span.start, span.end, s
            singles.append((span, s))
    # A day the text writes out goes before one told by its weekday only.
    singles.sort(key=lambda pair: pair[0].weekday)
    after_start = _after(lex.start_words_after)
    after_end = _after(lex.end_words_after)
    for span, s in singles:
        before = s[max(0, span.at - 60) : span.at]
        is_end = end_re.search(before) and not start_re.search(before[-25:])
        if after_end or after_start:
            # "20 மார்ச் வரை", "३ मार्चपासून": the word right after the day says it first.
            after = span.after(s)
            if after_end and after_end.match(after):
                is_end = True
            elif after_start and after_start.match(after):
                is_end = False
        if is_end and end is None:
            end, where = span.start, where or s
        elif not is_end and start is None:
            start, where = span.start, where or s
    if published and not (start and end):
        # "Si chiude oggi l'esercitazione", "comenzó hoy": the day the page was published.
        today = lex.pattern("today")
        for i in reading.about[:3]:
            s = reading.sentences[i]
            for m in today.finditer(s):
                near = s[max(0, m.start() - 40) : m.end() + 40]
                if end is None and end_re.search(near) and not start_re.search(near):
                    end, where = published, where or s
                elif start is None and start_re.search(near) and not end_re.search(near):
                    start, where = published, where or s
    if start and end and end < start:
        end = None
    return start, end, where


def _after(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """Words that stand right after a day, or glued to its month (``DaySpan.after``)."""
    if not words:
        return None
    return re.compile(rf"\s*(?:{'|'.join(words)})(?![{WORD}])", re.IGNORECASE)


# ---- force sizes


def _count(sentence: str, nouns: str, lex: Lexicon) -> int | None:
    """The number before a count noun ("2.400 efectivos", "১২টি যুদ্ধজাহাজ", "1,50,000 जवान"),
    with a word that multiplies it ("12 mil", "5 लाख") and up to two words between."""
    m = _count_pattern(lex, nouns).search(sentence)
    if not m:
        return None
    value = int(re.sub(r"\D", "", m.group("n")))
    scale = 1000 if m.group("k") else 100_000 if m.group("l") else 1
    if scale > 1:
        fraction = m.group("f")  # "2,5 mil", "1.5 লাখ"
        return int((value + float("0." + fraction[1:]) if fraction else value) * scale)
    if m.group("n").isdigit() and 1900 <= value <= 2100:
        return None  # a year before a noun ("en 2024 soldados"); 2.000 is written with a dot
    return value or None


@cache
def _count_pattern(lex: Lexicon, nouns: str) -> re.Pattern[str]:
    seps = re.escape(lex.thousands)
    groups = rf"\d{{1,3}}(?:[{seps}]\d{{3}})+"
    if lex.lakh_grouping:
        groups = rf"\d{{1,2}}(?:[{seps}]\d\d)+[{seps}]\d{{3}}|{groups}"  # "1,50,000"
    prefix = f"(?:{'|'.join(lex.number_prefixes)})?" if lex.number_prefixes else ""
    ending = f"(?:{'|'.join(lex.number_endings)})?" if lex.number_endings else ""
    thousand = "|".join(lex.thousand_words) or "(?!)"
    lakh = "|".join(lex.lakh_words) or "(?!)"
    # A word between number and noun is no other number ("12 سفينة و20 طائرة": 20 aircraft,
    # not 12), so one noun's count does not run on to another's.
    between = rf"(?:(?!{prefix}\d)[{WORD}-]+\s+){{0,2}}?"
    return re.compile(
        rf"(?<![{WORD}.,]){prefix}(?P<n>{groups}|\d+)(?P<f>[.,]\d+)?{ending}"
        rf"(?:\s+(?:(?P<k>{thousand})|(?P<l>{lakh})))?\s+{between}(?:{nouns})(?![{WORD}])",
        re.IGNORECASE,
    )


def force_sizes(reading: Reading) -> dict[str, int | None]:
    lex = reading.lex
    out: dict[str, int | None] = {"troops": None, "ships": None, "aircraft": None}
    order = reading.near + [i for i in range(len(reading.sentences)) if i not in reading.near]
    for slot in out:
        nouns = "|".join(getattr(lex, slot))
        for i in order[:12]:
            value = _count(reading.sentences[i], nouns, lex)
            if value:
                out[slot] = value
                break
    return out


# ---- phase


def phase_of(
    reading: Reading,
    start: dt.date | None,
    end: dt.date | None,
    published: dt.date | None,
    where: str,
) -> str:
    lex = reading.lex
    lead = reading.about[:4]
    if any(lex.pattern("cancelled").search(reading.sentences[i]) for i in lead[:2]):
        return "cancelled"
    by_days = phase_from_dates(start, end, published, where)
    if by_days:
        return by_days
    votes = {"announced": 0.0, "ongoing": 0.0, "concluded": 0.0}
    for rank, i in enumerate(lead):
        s = reading.sentences[i]
        weight = 1.0 / (rank + 1)
        cued = False
        for label in votes:
            if lex.pattern(label).search(s):
                votes[label] += 1.5 * weight
                cued = True
        if cued:
            continue
        # No cue: the tense of the sentence's verbs. A headline's present is no evidence.
        if lex.pattern("past_forms").search(s):
            votes["concluded"] += weight
        elif lex.pattern("future_forms").search(s):
            votes["announced"] += weight
    label, score = max(votes.items(), key=lambda kv: kv[1])
    return label if score > 0 else "ongoing"
