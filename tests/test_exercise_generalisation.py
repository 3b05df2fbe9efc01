"""Rules added for exercise-rules-1.1.0 (generalisation fixes found with blind-2).

Wording here is deliberately different from the blind set items.
"""

from __future__ import annotations

import pytest

from extractors.exercise import detect


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # main event is a launch / unveiling / deployment; drills only in a time clause
        (
            "Pyongyang launches cruise missiles a week after allied war games",
            "North Korea launched several cruise missiles off its east coast on Tuesday, "
            "a week after the US and South Korea ended large-scale drills.",
        ),
        (
            "Tokyo to station more missile batteries after Chinese drills",
            "Japan will deploy additional anti-ship missile units to its southern islands, "
            "officials said, following repeated Chinese drills near Taiwan.",
        ),
        # coast guards alone are not armed forces
        (
            "Coast guards of three nations hold oil-spill drill",
            "Coast guard cutters from Vietnam, Malaysia and Brunei held a joint oil-spill "
            "response drill near Kota Kinabalu on Wednesday.",
        ),
        # organisational and money senses of "exercise"
        (
            "Air force begins exercise to merge two commands",
            "The air force has started an organisational exercise to merge its training and "
            "maintenance commands by next year, officials said.",
        ),
        # teaching drills is a training course, not an exercise
        (
            "Advisers keep teaching Somali troops mine-clearing drills",
            "Foreign advisers will go on teaching Somali soldiers mine-clearing drills for "
            "another year under the training mission, the ministry said.",
        ),
        # battlefield manoeuvres
        (
            "Encircling manoeuvres near Kharkiv slow, analysts say",
            "Russian troops' outflanking manoeuvres north of Kharkiv have slowed, military "
            "analysts said on Monday.",
        ),
        # fitness exercises in a military setting
        (
            "Marines add deadlifts to fitness test",
            "The Marine Corps fitness test will add deadlifts and drop crunches, along with "
            "push-ups and other exercises, from next year.",
        ),
        # war games as products
        (
            "Naval war games top PC download charts",
            "Two naval war games topped the download charts this month as gamers flocked to "
            "realistic strategy titles on Steam.",
        ),
    ],
)
def test_mentions_in_passing_and_other_senses_are_negative(title: str, text: str) -> None:
    assert not detect(title, text, "2024-05-01").is_exercise


def test_procurement_headline_with_exercise_modifier_is_negative() -> None:
    m = detect(
        "Navy buys target drones for use in exercises",
        "The navy will buy 40 target drones to be used in gunnery exercises, the ministry "
        "said on Friday.",
        "2024-05-01",
    )
    assert not m.is_exercise


def test_fullest_name_form_is_reported() -> None:
    m = detect(
        "Thai, US troops open Cobra Gold",
        "Royal Thai Army and US Army soldiers opened Cobra Gold 2025 near Lopburi on "
        "Monday, with about 7,000 personnel taking part in the exercise.",
        "2024-06-03",
    )
    assert m.is_exercise
    assert m.name == "Cobra Gold 2025"


def test_non_distinctive_series_with_dash_edition_counts_without_trigger() -> None:
    m = detect(
        "Pakistani and Chinese fighter pilots finish Shaheen-XI",
        "Pilots of the Pakistan Air Force and the PLA Air Force finished Shaheen-XI at a base "
        "in Punjab after two weeks of air combat training.",
        "2024-09-20",
    )
    assert m.is_exercise
    assert m.name == "Shaheen-XI"


def test_naming_cue_this_years_series() -> None:
    m = detect(
        "Four navies gather for this year's Malabar",
        "Ships from India, the US, Japan and Australia met off Guam for this year's Malabar, "
        "with P-8 aircraft and submarines involved.",
        "2023-08-12",
    )
    assert m.is_exercise


def test_national_exercise_without_place_is_hosted_at_home() -> None:
    m = detect(
        "Polish army starts annual readiness drill",
        "The Polish army began its annual readiness exercise on Monday with 15,000 soldiers, "
        "the general staff said.",
        "2024-03-04",
    )
    assert m.is_exercise
    assert m.countries == ["PL"]
    assert m.host == "PL"


def test_national_exercise_at_sea_gets_no_home_host() -> None:
    m = detect(
        "Chinese navy holds live-fire drill in the Yellow Sea",
        "China's navy held a live-fire drill in the Yellow Sea on Tuesday, the maritime "
        "safety administration said.",
        "2024-03-05",
    )
    assert m.is_exercise
    assert m.host is None


def test_curated_base_and_force_names() -> None:
    m = detect(
        "USFK and ROK Army fire artillery at Pocheon range",
        "US Forces Korea and the ROK Army held a combined artillery exercise at a range in "
        "Pocheon on Thursday.",
        "2024-06-21",
    )
    assert m.is_exercise
    assert set(m.countries) == {"US", "KR"}
    assert m.host == "KR"
