"""The words each language uses for exercises, forces, tense and force sizes.

Everything the reader for other languages knows about a language sits in one file,
``languages/<code>.toml``, so that a new phrasing is an entry there rather than a new rule, and
a new language is a new file. Each entry is a word or a short regular expression; a slot's
entries are joined into one pattern. Month names and country names are not there: they come
from CLDR through babel (see ``calendar.py`` and ``countries.py``), which names them the way
the press of each language writes them.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields
from functools import cached_property
from importlib import resources


@dataclass(frozen=True, eq=False)
class Lexicon:
    """One language's vocabulary, as regular-expression alternatives."""

    code: str
    # Words that tell the text is in this language (common function words, all lower case).
    function_words: tuple[str, ...]
    # A military exercise ("ejercicio", "maniobras"): the word the detector looks for.
    exercise: tuple[str, ...]
    # Words that make an exercise word military when they stand beside it.
    military: tuple[str, ...]
    # Exercise words that are military by themselves ("esercitazione", "Manöver" is not).
    military_exercise: tuple[str, ...]
    # Sentences that are about a civil drill or a fiscal year, not a military exercise.
    civil: tuple[str, ...]
    # Between an exercise word and its name: "denominado", "chiamata", "pod nazwą".
    called: tuple[str, ...]
    # Taking part ("participan", "gemeinsam"): names parties beyond the lead.
    partake: tuple[str, ...]
    # Tense cues for the phase, looked for in the sentences about the exercise.
    announced: tuple[str, ...]
    ongoing: tuple[str, ...]
    concluded: tuple[str, ...]
    cancelled: tuple[str, ...]
    # Verb forms by their endings, for the tense of a sentence without an explicit cue.
    past_forms: tuple[str, ...]
    future_forms: tuple[str, ...]
    # Connectors of a day range ("del 1 al 7", "vom 1. bis 7.") and of the start/end days.
    range_from: tuple[str, ...]
    range_to: tuple[str, ...]
    # Words before a day that make it the start ("a partir del") or the end ("hasta el").
    start_words: tuple[str, ...]
    end_words: tuple[str, ...]
    today: tuple[str, ...]
    # Nouns counted as troops, ships and aircraft after a number.
    troops: tuple[str, ...]
    ships: tuple[str, ...]
    aircraft: tuple[str, ...]
    # A country named after these is a sea, strait or gulf's ("Mar de Japón"), not a party.
    seas: tuple[str, ...]
    # A country named after these is the exercise's place ("en Chile", "nel Kirghizistan").
    locative: tuple[str, ...]
    # A country named after these opposes or watches the exercise, it does not take part.
    not_party: tuple[str, ...]
    # "1.500" or "1 500": the thousands separators the language writes.
    # "12 mil", "90 tys.": a word that multiplies the number before it by a thousand.
    thousand_words: tuple[str, ...] = ()
    # Languages that put the word after the name ("जापान सागर", "भारत में"): a sea or a place.
    names_before: bool = False  # the name comes before the exercise word
    seas_after: tuple[str, ...] = ()
    locative_after: tuple[str, ...] = ()
    # The characters that group thousands ("1.500", "1 500"; Hindi writes "10,000").
    thousands: str = ".\u00a0 "
    # Postpositional languages put the start or end word after the day ("15 मार्च तक", until
    # 15 March; "3 मार्चपासून", from 3 March): read right after the day, or glued to its month.
    start_words_after: tuple[str, ...] = ()
    end_words_after: tuple[str, ...] = ()
    # Dates written month first ("Hulyo 5 hanggang 16", "మార్చి 10న"), beside day-first ones.
    month_first: bool = False
    # Marks glued to a day's number ("১৫ই", "২১শে", "మార్చి 10న"), a prefix before it ("ika-5"),
    # and words between a day and its month besides "de"/"del" ("ika-5 ng Hulyo").
    day_marks: tuple[str, ...] = ()
    day_prefix: tuple[str, ...] = ()
    month_link: tuple[str, ...] = ()
    # Case endings and postpositions glued to a month or weekday name ("मार्चपासून",
    # "মার্চের", "मंगळवारी").
    month_endings: tuple[str, ...] = ()
    # Weekday names that are also common words ("Linggo", Sunday and week): a weekday counts
    # only as written with its capital, and not after these words ("sa susunod na linggo").
    weekday_capital: bool = False
    weekday_not_after: tuple[str, ...] = ()
    # A case ending glued to a country that places the drill there ("இந்தியாவில்", "ভারতে").
    locative_suffixes: tuple[str, ...] = ()
    # Words after a country that make it an opponent or an observer ("चीनच्या विरोधात",
    # "జపాన్ పరిశీలకుడిగా", "اليابان بصفة مراقب").
    not_party_after: tuple[str, ...] = ()
    # Observers' words: a country in their clause, before or after, takes no part
    # ("Alemanha e Itália participaram como observadores").
    observers: tuple[str, ...] = ()
    # Counting: endings glued to a number ("১২টি", "৫০০জন", "2,500-க்கும்"), words glued before
    # it (Arabic "و12"), the Indian grouping of digits ("1,50,000"), and a hundred thousand.
    number_endings: tuple[str, ...] = ()
    number_prefixes: tuple[str, ...] = ()
    lakh_grouping: bool = False
    lakh_words: tuple[str, ...] = ()
    # Marks that end a sentence whatever follows them. The shared splitter cuts after a full
    # stop only before a capital, and scripts without capitals (Arabic, Tamil) never give one.
    sentence_stops: tuple[str, ...] = ()
    # Words of each domain ("sea", "air", "land").
    domains: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Press abbreviations and demonyms by country code (see countries.py).
    countries: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def pattern(self, slot: str) -> re.Pattern[str]:
        return _compiled(self, slot)

    @cached_property
    def function_set(self) -> frozenset[str]:
        return frozenset(self.function_words)


# Word characters, with the vowel signs and viramas of the Indic scripts (Devanagari to
# Sinhala, U+0900-U+0DFF), which `\w` leaves out (so that "अभ्यास" and "பயிற்சி" are one
# word each) and Arabic's vowel marks; the dandas (the full stops) are not.
WORD = r"\w\u0900-\u0963\u0966-\u0dff\u064b-\u065f\u0670"

_CACHE: dict[tuple[str, str], re.Pattern[str]] = {}


def _compiled(lex: Lexicon, slot: str) -> re.Pattern[str]:
    key = (lex.code, slot)
    pat = _CACHE.get(key)
    if pat is None:
        words: tuple[str, ...] = getattr(lex, slot)
        body = "|".join(sorted(words, key=len, reverse=True)) or "(?!x)x"
        pat = re.compile(rf"(?<![{WORD}-])(?:{body})(?![{WORD}])", re.IGNORECASE)
        _CACHE[key] = pat
    return pat


def _load(code: str) -> Lexicon:
    raw = tomllib.loads(resources.files(__package__).joinpath(f"languages/{code}.toml").read_text())
    known = {f.name for f in fields(Lexicon)} - {"code"}
    unknown = set(raw) - known
    if unknown:
        raise ValueError(f"languages/{code}.toml: unknown slots {sorted(unknown)}")
    countries = {cc: tuple(forms) for cc, forms in raw.pop("countries", {}).items()}
    domains = {name: tuple(words) for name, words in raw.pop("domains", {}).items()}
    slots = {k: tuple(v) if isinstance(v, list) else v for k, v in raw.items()}
    return Lexicon(code=code, countries=countries, domains=domains, **slots)


# The languages most exercise news outside English was written in on the real-news development
# set, in that order (a tie in identify.py goes to the earlier); any other file in languages/
# follows in name order, so a new language is a new file.
_FIRST = ("es", "pt", "it", "fr", "de", "pl", "id", "hi", "ro", "nl", "tr")


def _codes() -> tuple[str, ...]:
    files = resources.files(__package__).joinpath("languages").iterdir()
    present = sorted(f.name.removesuffix(".toml") for f in files if f.name.endswith(".toml"))
    return tuple(c for c in _FIRST if c in present) + tuple(c for c in present if c not in _FIRST)


LEXICONS: dict[str, Lexicon] = {code: _load(code) for code in _codes()}


# Language codes whose CLDR locale has another name: babel knows Tagalog only as Filipino.
_CLDR = {"tl": "fil"}


def cldr_locale(code: str) -> str:
    """The babel locale that holds a language's month, weekday and country names."""
    return _CLDR.get(code, code)


# Feed tags that name a language under another code ("fil" for the Tagalog press).
TAG_ALIASES = {"fil": "tl"}
