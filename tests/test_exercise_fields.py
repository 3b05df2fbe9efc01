"""Field extraction: dates, numbers, names, phase and the record contract."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from extractors.exercise import DETECTOR_VERSION, MENTION_KEYS, ExerciseMention, detect
from extractors.exercise.dates import find_dates
from extractors.exercise.names import find_names, norm_name
from extractors.exercise.numbers import find_counts

PUB = dt.date(2022, 8, 25)  # a Thursday


# --- the record contract -------------------------------------------------------------------
def test_to_record_has_exactly_the_mention_keys_for_positives_and_negatives() -> None:
    pos = detect("Navy holds drills", "The Indian Navy held naval drills on Monday.", PUB)
    neg = detect("Markets rise", "Shares rose on Monday.", PUB)
    for m in (pos, neg, ExerciseMention()):
        rec = m.to_record()
        assert tuple(rec) == MENTION_KEYS
        json.dumps(rec)  # serialisable
        assert rec["detector_version"] == DETECTOR_VERSION
        assert 0.0 <= rec["score"] <= 1.0
    assert pos.to_record()["is_exercise"] is True
    rec = neg.to_record()
    assert rec["is_exercise"] is False and rec["score"] < 0.5
    assert rec["countries"] == [] and rec["locations"] == [] and rec["evidence"] == {}
    assert rec["phase"] is None and rec["kind"] is None


def test_to_record_returns_copies() -> None:
    m = detect("Navy holds drills", "The Indian Navy held naval drills on Monday.", PUB)
    rec = m.to_record()
    rec["countries"].append("XX")
    assert "XX" not in m.countries


def test_evidence_points_at_the_sentence_used() -> None:
    text = (
        "Officials spoke on Tuesday. The Indian Navy will hold drills from September 1 to 7 "
        "with 12 warships."
    )
    m = detect("Indian Navy to hold drills", text, PUB)
    assert "September 1 to 7" in m.evidence["dates"]
    assert "12 warships" in m.evidence["ships"]
    assert m.evidence["country:IN"]


# --- date grammar -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence,start,end,precision",
    [
        ("The drills run from September 1 to 7.", "2022-09-01", "2022-09-07", "day"),
        ("Drills are set for Sept 1-7.", "2022-09-01", "2022-09-07", "day"),
        ("It will be held between 5 and 12 March.", "2023-03-05", "2023-03-12", "day"),
        ("It runs from August 30 to September 5.", "2022-08-30", "2022-09-05", "day"),
        ("The harbour phase ran from 2 to 4 May 2022.", "2022-05-02", "2022-05-04", "day"),
        ("It will take place in October.", "2022-10-01", "2022-10-31", "month"),
        ("The drills will be held next month.", "2022-09-01", "2022-09-30", "month"),
        ("The drills were held in August.", "2022-08-01", "2022-08-31", "month"),
    ],
)
def test_date_ranges(sentence: str, start: str, end: str, precision: str) -> None:
    span = find_dates(sentence, PUB)
    assert span is not None
    assert span.start.isoformat() == start
    assert span.end.isoformat() == end
    assert span.start_precision == precision


def test_weekday_resolves_against_publication_date() -> None:
    past = find_dates("The navy held the drill on Monday.", PUB)
    future = find_dates("The navy will begin the drill on Monday.", PUB)
    assert past.start == dt.date(2022, 8, 22)
    assert future.start == dt.date(2022, 8, 29)


def test_until_gives_an_end_date_and_history_is_ignored() -> None:
    span = find_dates("The drills continue until Sept. 25.", PUB)
    assert span.start is None and span.end == dt.date(2022, 9, 25)
    assert find_dates("He defected on September 6, 1976.", PUB) is None
    assert find_dates("It may be the largest drill.", PUB) is None


def test_year_boundary_and_missing_publication_date() -> None:
    span = find_dates("From December 28 to January 3 the ships will sail.", dt.date(2022, 12, 1))
    assert span.start == dt.date(2022, 12, 28) and span.end == dt.date(2023, 1, 3)
    assert find_dates("It runs from 2 to 4 May 2021.", None).start == dt.date(2021, 5, 2)


# --- numbers ------------------------------------------------------------------------------
def test_counts_and_qualifiers() -> None:
    counts = find_counts(
        "It will involve more than 50,000 troops and 5,000 weapons units, including about 140 "
        "aircraft and up to 60 warships."
    )
    assert counts == {
        "troops": (50000, "more than"),
        "vehicles": (5000, "exact"),
        "aircraft": (140, "about"),
        "ships": (60, "up to"),
    }


@pytest.mark.parametrize(
    "sentence,key,value",
    [
        ("Some 3,500 sailors took part.", "troops", (3500, "about")),
        ("Nearly two thousand soldiers joined.", "troops", (2000, "about")),
        ("An eight-ship task group sailed.", "ships", (8, "exact")),
        ("Twelve fighter jets and 300 armoured vehicles.", "vehicles", (300, "exact")),
        ("Twelve fighter jets flew.", "aircraft", (12, "exact")),
        ("At least 10,000 personnel.", "troops", (10000, "at least")),
        ("1.5 million troops are on alert.", "troops", (1500000, "exact")),
    ],
)
def test_count_shapes(sentence: str, key: str, value: tuple[int, str]) -> None:
    assert find_counts(sentence)[key] == value


def test_years_are_not_counts() -> None:
    assert find_counts("In 2023 troops returned home.") == {}


def test_counts_reach_the_record_with_qualifiers() -> None:
    m = detect("Drills", "About 2,000 marines and 15 ships joined the exercise on Monday.", PUB)
    assert m.troops == 2000 and m.ships == 15
    assert m.qualifiers["troops"] == "about" and "ships" not in m.qualifiers


# --- names --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence,surface,series",
    [
        ("The Vostok 2022 drill will start soon.", "Vostok 2022", "Vostok"),
        ("Malabar 2023 exercises will begin.", "Malabar 2023", "Malabar"),
        ("The AIME-23 exercise is aimed at cooperation.", "AIME-23", "AIME"),
        ("Exercise Desert Flag VIII ended.", "Desert Flag VIII", "Desert Flag"),
        ("Red Flag 25-1 ended at Nellis with jets.", "Red Flag 25-1", "Red Flag"),
        ("China launched Joint Sword-2024A drills.", "Joint Sword-2024A", "Joint Sword"),
        ("Troops joined Exercise Pacific Vanguard at sea.", "Pacific Vanguard", "Pacific Vanguard"),
        (
            "They began the exercise 'Northern Lantern' on Monday.",
            "Northern Lantern",
            "Northern Lantern",
        ),
        ("The Zephyr-2024 drills began.", "Zephyr-2024", "Zephyr"),
    ],
)
def test_name_grammar(sentence: str, surface: str, series: str) -> None:
    hits = find_names(sentence, has_trigger=True)
    assert hits, sentence
    assert hits[0].surface.removeprefix("Exercise ") == surface
    assert hits[0].series == series


def test_descriptive_phrases_are_not_names() -> None:
    for s in (
        "The annual war game began.",
        "A Joint Military Exercise began.",
        "The Indian Navy exercise began.",
        "The May 2023 exercise began.",
    ):
        assert find_names(s, has_trigger=True) == [], s


def test_name_series_and_alias_in_the_record() -> None:
    m = detect(
        "Vostok 2022 to begin",
        "The Vostok 2022 (East 2022) drills will start next week with Russian troops.",
        PUB,
    )
    assert m.name == "Vostok 2022" and m.series == "Vostok"
    assert "East 2022" in m.aliases


def test_name_comparison_ignores_case_and_punctuation() -> None:
    assert norm_name("Samudra Shakti-23") == norm_name("samudra shakti 23")
    assert norm_name("Exercise Alon 2025") == norm_name("ALON 2025")
    assert norm_name("Operation Nanook") == norm_name("Nanook")
    assert norm_name("Arctic Challenge Exercise") == norm_name("Arctic Challenge")
    assert norm_name("Exercise") == "exercise"
    assert norm_name("Alon 2025") != norm_name("Alon 2023")


# --- phase --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "title,text,phase",
    [
        ("Navy to hold drills next month", "The navy will hold drills next month.", "announced"),
        ("Drills under way", "Russian troops are holding drills this week.", "ongoing"),
        ("Drills end", "The Indian Army concluded a field exercise on Monday.", "concluded"),
        ("Drills postponed", "Japan and the US postponed their joint exercise.", "cancelled"),
        ("Drills called off", "South Korea called off its annual war games.", "cancelled"),
    ],
)
def test_phase_from_wording(title: str, text: str, phase: str) -> None:
    assert detect(title, text, PUB).phase == phase


@pytest.mark.parametrize(
    "title,text,phase",
    [
        # the exercise's name, then the verb: no "exercise" word needed in the headline
        (
            "Pitch Black 2024 postponed over budget",
            "Pitch Black 2024, the air combat exercise the Royal Australian Air Force was due to "
            "run out of Darwin from July 12 with 17 nations, has been put on hold by Canberra.",
            "cancelled",
        ),
        # stopped before its scheduled end: over, although the scheduled dates include today
        (
            "Storm cuts short Kakadu 2024",
            "The Kakadu 2024 naval exercise, planned to run from May 13 to May 24, ended three "
            "days early on Tuesday as a cyclone closed in on Darwin, the navy said.",
            "concluded",
        ),
        (
            "Allied troops end Swift Response in Poland",
            "Allied paratroopers finished the Swift Response exercise near Drawsko, Poland, "
            "after two weeks of airborne assaults.",
            "concluded",
        ),
        (
            "Talisman Sabre drills open off Queensland",
            "Australian and US warships moved into the live-fire phase of Talisman Sabre off "
            "Queensland, after a week of planning at Townsville.",
            "ongoing",
        ),
    ],
)
def test_phase_cues_beyond_exercise_words(title: str, text: str, phase: str) -> None:
    assert detect(title, text, dt.date(2024, 5, 21)).phase == phase


def test_phase_from_dates_relative_to_publication() -> None:
    text = "The Indian Navy drills run from September 1 to 7."
    assert detect("Drills", text, dt.date(2022, 8, 25)).phase == "announced"
    assert detect("Drills", text, dt.date(2022, 9, 3)).phase == "ongoing"
    assert detect("Drills", text, dt.date(2022, 9, 20)).phase == "concluded"


def test_domains() -> None:
    m = detect(
        "Drills",
        "Warships, fighter jets and tanks took part in the amphibious drills "
        "on Monday, alongside Indian troops.",
        PUB,
    )
    assert {"sea", "air", "land", "amphibious"} <= set(m.domains)
