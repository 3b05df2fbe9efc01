"""Choose the host among every country a story mentions, with a small learned scorer.

The host rules in places.py and grammar.py read one phrasing at a time ("hosted by X", "at
Camp Y, Z", a dateline). On real pages they abstain far more often than they are wrong: the
story names the host plainly, only not in a shape any rule knows ("Sweden is hosting its
largest military games", "South Korean marines held drills on two front-line islands").
Abstaining is safe for a single rule but costly in aggregate, and piling up rules for each
phrasing overfits the pages they were written from.

So every country the story mentions becomes a candidate, described by a few generic signals:
what the rules said about it (and how sure they were), whether it takes part and alone, where
and how often it is mentioned, whether a locative word or "host" sits next to it, a dateline
from one of its cities. A logistic model, trained on the labelled real-news development pages
(``training/train_host.py``), weighs those signals. The rules' own choice is one of the
signals, so the model learns when to trust it and when a plain reading of the story should
fill a gap. The weights ship as JSON beside this module and load offline; scoring is a dot
product per candidate.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ..gazetteer import Place, find_places
from .host_shapes import WATCHED_ON_SCREEN

IGN = re.IGNORECASE

#: Feature names in the order the weights file stores them.
FEATURES: tuple[str, ...] = (
    "bias",
    "rule_pick",
    "rule_other",
    "rule_hosted",
    "rule_place",
    "rule_place_aside",
    "rule_loose",
    "rule_command",
    "rule_speakers",
    "participant",
    "only_participant",
    "one_of_two",
    "one_of_many",
    "no_participants",
    "land_location",
    "sea_named",
    "several_hosts",
    "dateline",
    "in_headline",
    "first_in_headline",
    "first_in_story",
    "share",
    "locative",
    "host_word",
    "series_owner",
    "town",
    "as_force",
    "away_word",
    "subject",
    "subject_of_head",
    "series_home",
    "us_partner",
)

# "in Sweden", "at Konya, Turkey", "on the territory of Kazakhstan", "across Estonia".
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|inside|across|throughout|within|on the territory of|on the soil of|"
    r"on (?:the )?(?:island|coast|soil) of|off the coast of|on)\s+(?:the\s+)?$",
    IGN,
)
# Nothing but a dateline, an article or a date before the country: it opens the sentence.
_SUBJECT_BEFORE = re.compile(
    r"(?:date [\d-]+\s+)?(?:[A-Z][A-Za-z .'-]{1,30}(?:,\s+\w+\.?\s+\d{1,2})?"
    r"(?:\s*\([^)]{1,30}\))?\s*(?:-|–|—|:)\s+)?(?:the\s+)?",
    IGN,
)
_HOST_WORD = re.compile(r"\bhost(?:s|ed|ing)?\b|\bhost (?:nation|country)\b", IGN)
# The head of a story, where the exercise and its place are told (the rest drifts to context).
_HEAD_SENTENCES = 12


@dataclass(slots=True)
class HostSignals:
    """What the host rules found, handed over so the scorer can weigh it."""

    rule_host: str | None
    # code -> the best (lowest) rule priority seen for it; see grammar.read_sentence.
    priorities: Mapping[str, float]
    participants: list[str]
    land_locations: frozenset[str]
    sea_named: bool
    several_hosts: bool
    dateline: str | None
    series_owner: str | None
    town: str | None
    speakers_priority: float
    # The story puts the exercise abroad, worldwide (places._AWAY) or at sea with no place on
    # land: the rules' "no host" is a decision there, not a gap.
    away: bool = False
    # The country the exercise's series is always held in (names.series_facts.SERIES_HOME).
    series_home: str | None = None


@dataclass(slots=True)
class HostCandidate:
    code: str
    features: dict[str, float] = field(default_factory=dict)


def _priority_features(priority: float | None, speakers: float) -> dict[str, float]:
    if priority is None:
        return {}
    if priority == speakers:
        return {"rule_speakers": 1.0}
    if priority == 0:
        return {"rule_hosted": 1.0}
    if priority < 1.5:
        return {"rule_place": 1.0}
    if priority < 3:
        return {"rule_place_aside": 1.0}
    if priority < 4:
        return {"rule_loose": 1.0}
    return {"rule_command": 1.0}


def host_candidates(sentences: list[str], signals: HostSignals) -> list[HostCandidate]:
    """Every country in the head of the story (and the rules' picks), with its signals."""
    head = sentences[:_HEAD_SENTENCES]
    mentions: list[tuple[int, Place, str]] = []
    for index, sentence in enumerate(head):
        if WATCHED_ON_SCREEN.search(sentence):
            continue  # where people watch the news of the drill is no candidate
        for place in find_places(sentence):
            if place.code and place.kind in ("name", "demonym", "force", "region"):
                mentions.append((index, place, sentence))
    codes: list[str] = []
    for code in (
        *(p.code for _, p, _ in mentions),
        *signals.participants,
        *signals.priorities,
        *(c for c in (signals.rule_host, signals.town, signals.dateline, signals.series_home) if c),
    ):
        if code and code not in codes:
            codes.append(code)
    total = len(mentions) or 1
    first_story = mentions[0][1].code if mentions else None
    first_head = next((p.code for i, p, _ in mentions if i == 0), None)
    n_part = len(signals.participants)
    out: list[HostCandidate] = []
    for code in codes:
        own = [(i, p, s) for i, p, s in mentions if p.code == code]
        f: dict[str, float] = {"bias": 1.0}
        if signals.rule_host == code:
            f["rule_pick"] = 1.0
        elif signals.rule_host is not None:
            f["rule_other"] = 1.0
        f.update(_priority_features(signals.priorities.get(code), signals.speakers_priority))
        if code in signals.participants:
            f["participant"] = 1.0
            if n_part == 1:
                f["only_participant"] = 1.0
            elif n_part == 2:
                f["one_of_two"] = 1.0
            else:
                f["one_of_many"] = 1.0
        if n_part == 0:
            f["no_participants"] = 1.0
        if code in signals.land_locations:
            f["land_location"] = 1.0
        if signals.sea_named:
            f["sea_named"] = 1.0
        if signals.several_hosts:
            f["several_hosts"] = 1.0
        if signals.dateline == code:
            f["dateline"] = 1.0
        if any(i == 0 for i, _, _ in own):
            f["in_headline"] = 1.0
        if first_head == code:
            f["first_in_headline"] = 1.0
        if first_story == code:
            f["first_in_story"] = 1.0
        f["share"] = len(own) / total
        if any(
            p.kind in ("name", "region")
            and _LOCATIVE_BEFORE.search(s[max(0, p.start - 30) : p.start])
            for _, p, s in own
        ):
            f["locative"] = 1.0
        if any(_HOST_WORD.search(s[max(0, p.start - 60) : p.end + 60]) for _, p, s in own):
            f["host_word"] = 1.0
        if signals.series_owner == code:
            f["series_owner"] = 1.0
        if signals.series_home == code:
            f["series_home"] = 1.0
        # The partner of the United States in a two-state drill: US forces train abroad far
        # more often than they host ("US, South Korea begin drills").
        if n_part == 2 and code != "US" and {"US", code} <= set(signals.participants):
            f["us_partner"] = 1.0
        if signals.town == code:
            f["town"] = 1.0
        if any(p.kind in ("force", "demonym") for _, p, _ in own):
            f["as_force"] = 1.0
        if signals.away:
            f["away_word"] = 1.0
        # The country a sentence opens with ("Sweden is hosting", "Taiwan's military began",
        # "The Iranian army started") is the one doing the exercising; in the first two
        # sentences it is the story's own actor.
        subject = [i for i, p, s in own if _SUBJECT_BEFORE.fullmatch(s[: p.start])]
        if subject:
            f["subject"] = 1.0
            if min(subject) <= 1:
                f["subject_of_head"] = 1.0
        out.append(HostCandidate(code, f))
    return out


@dataclass(frozen=True, slots=True)
class HostWeights:
    weights: Mapping[str, float]
    threshold: float

    def probability(self, features: Mapping[str, float]) -> float:
        z = sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def packaged_weights() -> HostWeights | None:
    """The shipped weights (``host_weights.json``), or None when the file is absent."""
    try:
        raw = resources.files(__package__).joinpath("host_weights.json").read_text("utf-8")
    except (FileNotFoundError, OSError):
        return None
    data = json.loads(raw)
    return HostWeights(dict(data["weights"]), float(data["threshold"]))


def choose_host(
    candidates: Iterable[HostCandidate], weights: HostWeights
) -> tuple[str | None, float]:
    """The likeliest candidate and its probability; None when none clears the threshold."""
    best: tuple[str | None, float] = (None, 0.0)
    for cand in candidates:
        p = weights.probability(cand.features)
        if p > best[1]:
            best = (cand.code, p)
    if best[1] < weights.threshold:
        return None, best[1]
    return best
