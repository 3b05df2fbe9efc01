"""Force sizes: troops, aircraft, ships and vehicles/equipment, with their qualifier.

Only the first figure per class in exercise sentences is kept: news copy states the headline
size first ("more than 50,000 troops") and breaks it down later ("including 140 planes").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .force_nouns import CLASSES as _CLASSES
from .force_nouns import MULT as _MULT
from .force_nouns import QUAL as _QUAL
from .force_nouns import WORDS as _WORDS

_NUM = (
    r"(\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+(?![\d,])|\d+(?:\.\d+)?)"
    r"(?:\s*(thousand|million|lakh|k)\b)?"
    r"|\b(" + "|".join(sorted((re.escape(w) for w in _WORDS), key=len, reverse=True)) + r")"
    r"(?:[\s-]+(hundred|thousand))?"
)

# Up to three words between the figure and the noun ("600 Singapore armed forces personnel";
# not "of": "four of its F-16 aircraft" is part of a fleet), or a list of nationalities: "200
# Emirati and American soldiers", "2,500 German, Dutch, and Norwegian troops".
# "2,000 U.S. troops": a word, or an abbreviation with dots (not "5 p.m. Soldiers ...").
_W = r"(?:(?![ap]\.m\.)[A-Za-z](?:\.[A-Za-z])+\.?|[A-Za-z][\w-]*)"
_GAP = (
    rf"(?:(?:(?!and\b|or\b|of\b){_W}\s+){{0,3}}?|"
    rf"{_W}(?:,\s+{_W}){{0,4}},?\s+and\s+{_W}\s+)"
)
_CLASS_RE = "|".join(f"(?P<{k}>{v})" for k, v in _CLASSES.items())

COUNT = re.compile(
    r"(?:\b(?P<qual>"
    + "|".join(sorted(map(re.escape, _QUAL), key=len, reverse=True))
    + r")\s+)?(?:"
    + _NUM
    + r")\+?\s+"
    + _GAP
    + r"(?:"
    + _CLASS_RE
    + r")\b",
    re.IGNORECASE,
)
# "the 2,300-strong force", "a 1,500-strong multinational task force", "the 37,000-strong
# drill": the force's size.
STRONG_FORCE = re.compile(
    r"\b(\d{1,3}(?:,\d{3})+|\d{2,6})-strong\s+(?:[a-z-]+\s+){0,2}?(?:force|task force|"
    r"formation|battle ?group|group|contingent|detachment|drills?|exercises?|war ?games?)\b"
)
# "the number of participants is planned to double to over 3300", "the total number of troops
# involved stands at 12,000": the figure comes after the noun.
NUMBER_OF = re.compile(
    r"\bnumber of (?:the )?(participants|troops|personnel|soldiers|servicemen|service members|"
    r"sailors|ships|warships|vessels|aircraft)\b[^.;:]{0,50}?\b(?:to|is|was|will be|at|reached|"
    r"reaches|totals?|totalled|exceeds?|exceeded)\s+(?:(over|more than|about|around|nearly|"
    r"almost|approximately|some|roughly|up to)\s+)?(\d{1,3}(?:,\d{3})+|\d{2,6})(?![\d,.]*\s*"
    r"(?:%|per ?cent|percent))"
)
# "an eight-ship fleet", "a 12-ship flotilla"
SHIP_FLEET = re.compile(
    r"\b(\d+|" + "|".join(k for k in _WORDS if " " not in k) + r")-(ship|vessel|aircraft|jet)\b",
    re.IGNORECASE,
)


def _value(m: re.Match[str]) -> int | None:
    digits, mult, word, wmult = m.group(2), m.group(3), m.group(4), m.group(5)
    if digits:
        value = float(digits.replace(",", "").replace(" ", ""))
        if mult and value < 1000:  # "300,000 thousand personnel" means 300,000
            value *= _MULT[mult.lower()]
    elif word:
        value = _WORDS[word.lower()]
        if wmult:
            value *= 100 if wmult.lower() == "hundred" else 1000
    else:
        return None
    return int(value)


# COUNT and SHIP_FLEET are written in lower case, so they also run case-sensitively on the
# lower-cased sentence (IGNORECASE makes ``re`` several times slower); a sentence with no digit
# and no number word is skipped outright.
_DIGIT = re.compile(r"\d")
_NUMBER_WORDS = frozenset(w for k in _WORDS for w in k.split() if w != "a")
_WORD = re.compile(r"[a-z]+")


# COUNT without its qualifier (an empty group keeps the numbering), matched only where a number
# starts; the qualifier is read from the words just before. An anchored match at a few positions
# instead of a scan of every position of the sentence.
# "14+ warships": the plus sign is the writer's "more than".
_TAIL = re.compile(r"(?P<qual>)(?:" + _NUM + r")\+?\s+" + _GAP + r"(?:" + _CLASS_RE + r")\b")
_QUALS = sorted(_QUAL, key=len, reverse=True)
_GLUE = re.compile(r"\w")


_WORD_AT: dict[str, re.Pattern[str]] = {
    w: re.compile(r"\b" + w + r"\b") for w in _NUMBER_WORDS | {"a dozen", "a hundred"}
}


def _number_starts(low: str, words: set[str] | frozenset[str]) -> list[int]:
    """Where a figure can start: every digit, and each number word present (``words``)."""
    starts = [m.start() for m in _DIGIT.finditer(low)]
    for w in words:
        starts.extend(m.start() for m in _WORD_AT[w].finditer(low))
    if "dozen" in words or "hundred" in words:
        for w in ("a dozen", "a hundred"):
            starts.extend(m.start() for m in _WORD_AT[w].finditer(low))
    return sorted(set(starts))


def _count_matches(
    low: str, words: set[str] | frozenset[str] | None = None
) -> Iterator[tuple[re.Match[str], int, str]]:
    """Same matches as ``COUNT.finditer`` on the lower-cased sentence: (match of the figure
    and noun, start including the qualifier, qualifier or "")."""
    pos = 0
    if words is None:
        words = _NUMBER_WORDS.intersection(_WORD.findall(low))
    for q in _number_starts(low, words):
        if q < pos:
            continue
        m = _TAIL.match(low, q)
        if m is None:
            continue
        start, qual = q, ""
        left = low[max(pos, q - 25) : q]
        stripped = left.rstrip()
        if len(stripped) < len(left):
            for cand in _QUALS:
                if stripped.endswith(cand):
                    p = q - (len(left) - len(stripped)) - len(cand)
                    if p >= pos and not (p and _GLUE.match(low, p - 1)):
                        start, qual = p, cand
                        break
        yield m, start, qual
        pos = m.end()


# "F-35 planes", "Tu-160 bombers"; and a model written with spaces, "P 8 I aircraft"
_MODEL = re.compile(r"[A-Za-z]{1,3}-$|(?:^|\W)[B-HJ-Z] $")
# A name of two capitalised words (or an acronym) right before a short number: the number is
# its edition ("Emerald Warrior 22"), unlike "About 90 aircraft".
_EDITION_BEFORE = re.compile(r"\b(?-i:[A-Z][a-z]+ (?:[A-Z][a-z]+|[A-Z]{2,})|[A-Z]{3,})[ -]$")
_MONTH_GAP = re.compile(
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|"
    r"july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?",
    re.IGNORECASE,
)
_VAGUE_BEFORE = re.compile(r"\b(?:several|a few|few|many|some)\s+$", re.IGNORECASE)
# "14 vessels, of which four are submarines": the submarines are among the vessels.
_PART_OF_SHIPS = re.compile(r"\b(?:of which|including|among them|of them|with)\b", re.IGNORECASE)
_IN_DATE = re.compile(
    r"(?:\d[-/.]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)$",
    re.IGNORECASE,
)
# "120 personnel each", "a contingent of 220 personnel", "5,500 of its personnel".
_EACH_AFTER = re.compile(r"\s*(?:each|apiece|from each|per country)\b", re.IGNORECASE)
_CONTINGENT_BEFORE = re.compile(
    r"\b(?:contingents?(?: of|, comprising| comprising| numbering)?|of its|of their|detachment of|"
    r"team of|delegation of)\s*$",
    re.IGNORECASE,
)


_OWNER_AFTER = re.compile(
    r"\s+(?:from|of)\s+(?:the\s+)?((?:[A-Z][\w.'-]*\s*){1,4})(?!\s*(?:countries|nations|states))"
)
# "from the United States, Australia, Japan and France": several sides, a total.
_LIST_GOES_ON = re.compile(r"\s*(?:,|and\b|&|/)")
# "90,000 soldiers from the United States of America and other NATO allies": a total.
_AND_OTHERS = re.compile(r"[^.;]{0,25}?\band\s+(?:other|its|their|allied|partner)\b")
# "13,000 Estonian and allied reservists": the host's and its allies' troops, a total.
_AND_ALLIED = re.compile(
    r"\b(?:and|&)\s+(?:other\s+)?(?:allied|partner|foreign|international|multinational|"
    r"coalition|nato)\b",
    re.IGNORECASE,
)
_SENDER_BEFORE = re.compile(
    r"((?:[A-Z][\w.'-]*\s*){1,3})(?:'s?\s+(?:[\w-]+\s+){0,2})?\s*(?:sent|sends|will send|is "
    r"sending|has sent|deployed|deploys|will deploy|is deploying|contributed|contributes|"
    r"will contribute|dispatched|will dispatch|is contributing)\s+(?:some\s+|about\s+|around\s+|"
    r"nearly\s+|more than\s+|over\s+|up to\s+|roughly\s+|approximately\s+)?$"
)


def _contingent(sentence: str, start: int, m: re.Match[str]) -> str:
    """The owner ("US", or "" when unknown) when a figure is one side's contingent rather than
    the exercise's total: "12,200 US troops", "250 Indian military personnel", "120 personnel
    each", "a contingent of 220 personnel"; None for a total."""
    from .gazetteer import find_places

    if _EACH_AFTER.match(sentence, m.end()) or _CONTINGENT_BEFORE.search(
        sentence[max(0, start - 30) : start]
    ):
        return ""
    num_end = max(m.end(g) for g in (2, 3, 4, 5) if m.group(g))
    between = sentence[num_end : m.end()]
    sides = {
        p.code
        for p in find_places(between)
        if p.code and p.kind in ("name", "demonym", "force", "prefix")
    }
    if len(sides) == 1 and not _AND_ALLIED.search(between):
        return sides.pop()
    if sides:
        return None  # type: ignore[return-value]  # "200 Emirati and American soldiers": a total
    # "1,435 soldiers from the US", "2,500 personnel of the Russian Armed Forces"
    owner = _OWNER_AFTER.match(sentence, m.end())
    if (
        owner
        and not _LIST_GOES_ON.match(sentence, owner.end())
        and not _AND_OTHERS.match(sentence, owner.end())
    ):
        for place in find_places(owner.group(1)):
            if place.code and place.kind in ("name", "demonym", "force", "prefix"):
                return place.code
    # "China sent about 3,200 troops": the sender's own forces
    sender = _SENDER_BEFORE.search(sentence[max(0, start - 60) : start])
    if sender:
        for place in find_places(sender.group(1)):
            if place.code and place.kind in ("name", "demonym", "force", "prefix"):
                return place.code
    return None  # type: ignore[return-value]


def find_counts(sentence: str) -> dict[str, tuple[int, str]]:
    """``{"troops": (50000, "more than"), ...}`` for the first figure of each class; a figure
    that is one country's contingent has the qualifier ``contingent:CC`` and is returned only
    when no total of that class is given."""
    out: dict[str, tuple[int, str]] = {}
    low = sentence.lower()
    words = _NUMBER_WORDS.intersection(_WORD.findall(low))
    if not words and not _DIGIT.search(low):
        return out
    if len(low) == len(sentence):
        text, found = low, list(_count_matches(low, words))
    else:
        text = sentence
        found = [(m, m.start(), m.group("qual") or "") for m in COUNT.finditer(sentence)]
    contingents: dict[str, tuple[int, str]] = {}
    subs: dict[int, int] = {}  # position -> number of submarines
    ships_at: list[int] = []
    for m, start, qual_word in found:
        value = _value(m)
        if value is None or value <= 0:
            continue
        digits = m.group(2)
        if digits and re.fullmatch(r"(19|20)\d\d", digits) and not m.group(3):
            continue  # a year, not a count
        if _IN_DATE.search(sentence[max(0, m.start() - 12) : m.start()]):
            continue  # "2024-04 Polish soldiers", "March 4, 2024": part of a date
        if _MODEL.search(sentence[max(0, m.start() - 4) : m.start()]):
            continue  # "F-35 planes", "Tu-160 bombers", "Il-76": a model, not a count
        num_at = next(m.start(g) for g in (2, 4) if m.group(g))
        if num_at and sentence[num_at - 1].isalnum():
            continue  # "PD24 included forces": a figure glued to a name, an edition
        if (
            digits
            and len(digits) <= 2
            and _EDITION_BEFORE.search(sentence[max(0, num_at - 30) : num_at])
        ):
            continue  # "Emerald Warrior 22 prepares air commandos": the name's edition
        if _MONTH_GAP.match(sentence, num_at):
            continue  # "between 15 and 27 September, and other participants": a day
        if m.group(4) and _VAGUE_BEFORE.search(sentence[max(0, num_at - 12) : num_at]):
            continue  # "several hundred Australian troops": no figure given
        cls = next(k for k in _CLASSES if m.group(k))
        if cls == "ships" and "submarine" in m.group("ships").lower():
            subs.setdefault(m.start(), value)
            if "ships" in out:
                continue
        if cls in out:
            continue
        qual = _QUAL.get(qual_word.lower(), "exact")
        owner = _contingent(sentence, start, m)
        if owner is not None:
            contingents.setdefault(cls, (value, f"contingent:{owner}"))
            continue
        out[cls] = (value, qual)
        if cls == "ships":
            ships_at.append(m.start())
    # "45 ships, five submarines": submarines are ships too, given separately.
    if ships_at and subs and "ships" in out:
        extra = sum(
            v
            for pos, v in subs.items()
            if pos > ships_at[0] and not _PART_OF_SHIPS.search(sentence[ships_at[0] : pos])
        )
        if extra:
            value, qual = out["ships"]
            out["ships"] = (value + extra, qual)
    number_of = NUMBER_OF.search(text.lower()) if "number of" in text.lower() else None
    if number_of:
        noun = number_of.group(1)
        cls = (
            "ships"
            if noun in ("ships", "warships", "vessels")
            else "aircraft"
            if noun == "aircraft"
            else "troops"
        )
        if cls not in out:
            qual = _QUAL.get(number_of.group(2) or "", "exact")
            out[cls] = (int(number_of.group(3).replace(",", "")), qual)
    if "troops" not in out and "-strong" in text:
        strong = STRONG_FORCE.search(text.lower())
        if strong:
            value = int(strong.group(1).replace(",", ""))
            part = strong.group(0).endswith(("contingent", "detachment"))
            if part:
                contingents.setdefault("troops", (value, "contingent:"))
            else:
                out["troops"] = (value, "exact")
    for cls, found_one in contingents.items():
        out.setdefault(cls, found_one)
    fleet = "-" in text and any(w in text for w in ("-ship", "-vessel", "-aircraft", "-jet"))
    for m in SHIP_FLEET.finditer(text) if fleet else ():
        tok, noun = m.group(1).lower(), m.group(2).lower()
        value = int(tok) if tok.isdigit() else _WORDS.get(tok)
        cls = "ships" if noun in ("ship", "vessel") else "aircraft"
        if value and cls not in out:
            out[cls] = (value, "exact")
    return out
