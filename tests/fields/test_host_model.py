"""The learned host scorer: it fills the host where no rule names one, and abstains at sea.

Texts written for these tests. The weights are the shipped ones (trained on the real-news
development pages by training/train_host.py); the toy pages at the end check the trainer.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from extractors.exercise import detect
from extractors.exercise.participants.host_model import (
    FEATURES,
    HostCandidate,
    HostWeights,
    choose_host,
    packaged_weights,
)

ROOT = Path(__file__).resolve().parents[2]


def _trainer():
    spec = importlib.util.spec_from_file_location("train_host", ROOT / "training/train_host.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_host"] = module
    spec.loader.exec_module(module)
    return module


def test_a_host_told_by_a_passive_with_words_between_is_filled() -> None:
    # No rule reads "hosted for the first time by Moldova"; the scorer weighs "host" next to
    # Moldova, Moldova opening the story and taking part.
    m = detect(
        "",
        "Moldovan and Romanian soldiers wrapped up the Swift Bridge exercise on Friday. The"
        " exercise, hosted for the first time by Moldova, lasted ten days and involved some 700"
        " troops.",
        "2024-03-01",
    )
    assert m.host == "MD"
    assert "Moldova" in m.evidence["host"]


def test_an_exercise_at_a_named_sea_gets_no_host() -> None:
    m = detect(
        "Russian and Chinese warships start joint drills",
        "Russian and Chinese warships began joint drills in the Sea of Japan on Sunday, the"
        " Russian defence ministry said. The Joint Sea exercise will last five days.",
        "2024-03-01",
    )
    assert m.host is None
    assert {c.code for c in m.host_candidates} == {"RU", "CN"}


def test_the_rules_pick_is_kept_and_shown_among_the_candidates() -> None:
    m = detect(
        "Chile to host naval drills with Peru",
        "Chile will host a week of naval drills with Peru next month, the Chilean navy said on"
        " Thursday. Exercise Pacific Crest will involve eight ships and about 900 sailors.",
        "2024-03-01",
    )
    assert m.host == "CL"
    picked = [c for c in m.host_candidates if c.features.get("rule_pick")]
    assert [c.code for c in picked] == ["CL"]
    assert "host_word" in picked[0].features


def test_the_shipped_weights_cover_every_feature() -> None:
    weights = packaged_weights()
    assert weights is not None
    assert set(weights.weights) == set(FEATURES)
    assert 0.0 < weights.threshold < 1.0
    raw = json.loads((ROOT / "extractors/exercise/participants/host_weights.json").read_text())
    assert raw["pages"] > 300  # trained on the real-news dev pages, not on a toy set


def test_choose_host_abstains_below_the_threshold() -> None:
    weights = HostWeights({"bias": -1.0, "host_word": 3.0}, threshold=0.5)
    near = HostCandidate("NO", {"bias": 1.0, "host_word": 1.0})
    far = HostCandidate("SE", {"bias": 1.0})
    assert choose_host([far, near], weights)[0] == "NO"
    assert choose_host([far], weights)[0] is None


def test_the_trainer_learns_which_signal_marks_the_host() -> None:
    trainer = _trainer()
    pages = []
    for k in range(40):
        host = f"H{k}"
        cands = [
            HostCandidate(host, {"bias": 1.0, "locative": 1.0, "share": 0.5}),
            HostCandidate(f"O{k}", {"bias": 1.0, "share": 0.5}),
        ]
        # Every fourth page states no host: no candidate has the place signal there.
        gold = None if k % 4 == 0 else host
        if gold is None:
            cands = [HostCandidate(f"O{k}", {"bias": 1.0, "share": 1.0})]
        pages.append((f"p{k}", gold, None, cands))
    weights = trainer.fit(pages)
    assert weights["locative"] > 1.0
    threshold = trainer.best_threshold(pages, weights)
    result = trainer.score(pages, HostWeights(weights, threshold))
    assert result["accuracy"] == 1.0
    assert result["spurious"] == 0.0


def test_a_series_always_held_in_one_country_is_hosted_there_when_the_story_is_silent() -> None:
    m = detect(
        "US, Thai troops open Cobra Gold",
        "Troops from the United States and Thailand opened the annual Cobra Gold exercise on "
        "Tuesday with an amphibious landing drill. More than 7,000 personnel take part.",
        "2026-02-24",
    )
    assert m.host == "TH"


def test_the_partner_of_the_united_states_in_a_two_state_drill_is_the_likelier_host() -> None:
    weights = packaged_weights()
    assert weights is not None
    assert weights.weights["us_partner"] > 0
