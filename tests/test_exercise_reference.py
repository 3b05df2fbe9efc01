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

# Written for the project: the facts of the reference case (a public announcement) in our own
# words and our own order, with the traps that matter (a sea named after a non-participant,
# and context countries that take no part). It is deliberately phrased unlike the seed article
# ("service personnel", "contingents ... have been invited", "scheduled from"): do not rephrase
# it to suit the detector; make the detector handle the phrasing.
REFERENCE_TEXT = "\n".join(
    [
        "Russian officials on Thursday gave the first details of Vostok 2022, the strategic "
        "manoeuvres known in English as East 2022.",
        "The exercise is scheduled from September 1 to 7 and is to be spread over training "
        "areas of the Far East and the waters of the Sea of Japan.",
        "Contingents from China, India, Laos, Mongolia, Nicaragua and Syria have been invited "
        "and will train alongside Russian units, the ministry said.",
        "In all, more than 50,000 service personnel are expected, with some 5,000 weapons "
        "units, among them 140 aircraft and 60 warships.",
        "Japan, whose coast faces the sea areas concerned, has not been asked to take part.",
        "Analysts in Washington see the drills as a signal to the United States, which has "
        "imposed sanctions on Moscow over the war in Ukraine.",
        "Beijing and Moscow have also drawn closer over Taiwan in recent months.",
        "A Russian deputy minister insisted the manoeuvres threaten nobody and are part of a "
        "routine annual training cycle.",
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
