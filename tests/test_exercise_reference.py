"""The acceptance case: a large announced Russian exercise with foreign contingents.

REFERENCE_TEXT is written for this test in its own words; it has the same structure as the
seed article (announcement, name with an English alias, dates, force sizes, a list of
participating countries, and plenty of context countries that must not be participants).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from extractors.exercise import detect

PUB = dt.date(2022, 8, 25)

REFERENCE_TEXT = "\n".join(
    [
        (
            "Moscow has said its armed forces will hold a major military exercise alongside "
            "Chinese soldiers, a sign of closer defence ties between the Kremlin and Beijing "
            "while fighting continues in Ukraine."
        ),
        (
            "The Vostok 2022 (East 2022) manoeuvres will run from September 1 to 7 at several"
            " sites in Russia's Far East and in the Sea of Japan, the Russian defence "
            "ministry said, and will involve more than 50,000 personnel and 5,000 weapons "
            "units, among them 140 aircraft and 60 warships."
        ),
        (
            "State television showed footage of Chinese troops arriving in Russia ahead of "
            "the drills."
        ),
        (
            "Forces from China, India, Laos, Mongolia, Nicaragua and Syria will take part in "
            "the event, which will use seven firing ranges in eastern Russia."
        ),
        (
            "Russian paratroopers, long-range bombers and transport aircraft will also join "
            "the drills, the ministry said."
        ),
        (
            "Officials described the exercise as part of routine training even as Moscow "
            "presses on with what it calls a special military operation in Ukraine."
        ),
        (
            "In the Sea of Japan, Chinese and Russian naval forces will practise protecting "
            "shipping lanes and supporting troops on the coast, according to the ministry."
        ),
        (
            "A deputy foreign minister told foreign military attaches the exercise was "
            "defensive and aimed at no other country."
        ),
        (
            "China has declined to criticise the war and has blamed the United States, which "
            "has sanctioned Moscow, for the conflict."
        ),
        (
            "Russia has backed Beijing over Taiwan since a visit to the island by a senior "
            "American lawmaker angered China."
        ),
        (
            "The two countries have staged several joint exercises in recent years, including"
            " bomber patrols over the East China Sea."
        ),
    ]
)

EXPECTED = {
    "is_exercise": True,
    "phase": "announced",
    "name": "Vostok 2022",
    "series": "Vostok",
    "countries": ["CN", "IN", "LA", "MN", "NI", "RU", "SY"],
    "host": "RU",
    "start_date": "2022-09-01",
    "end_date": "2022-09-07",
    "troops": 50000,
    "aircraft": 140,
    "ships": 60,
    "vehicles": 5000,
}


def _check(rec: dict) -> None:
    for key, value in EXPECTED.items():
        assert rec[key] == value, (key, rec[key])
    assert not {"JP", "US", "UA", "TW"} & set(rec["countries"])
    names = {loc["name"] for loc in rec["locations"]}
    assert "Sea of Japan" in names
    assert any("far east" in n.lower() for n in names)
    sea = next(loc for loc in rec["locations"] if loc["name"] == "Sea of Japan")
    assert sea["sea"] is True and sea["country"] is None


def test_reference_case_own_text() -> None:
    rec = detect("", REFERENCE_TEXT, PUB).to_record()
    _check(rec)
    assert "East 2022" in rec["aliases"]
    assert rec["qualifiers"]["troops"] == "more than"
    assert rec["qualifiers"]["start_date"] == "day"
    assert rec["kind"] == "multilateral"


def _shared_dir() -> Path:
    env = os.environ.get("DRILLWATCH_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared"


SEED = _shared_dir() / "seed" / "vostok-2022.txt"


@pytest.mark.skipif(not SEED.exists(), reason="shared seed article not available")
def test_reference_case_seed_article() -> None:
    rec = detect("", SEED.read_text(encoding="utf-8"), PUB).to_record()
    _check(rec)
