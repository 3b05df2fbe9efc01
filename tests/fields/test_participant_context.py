"""States named beside an exercise that are not its participants: comparisons, what the drill
answers, who led earlier editions, and a byline.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from participant_reading import participants

from extractors.exercise import detect


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Two patrol boats and a team of the navy's divers, the equivalent of United States"
            " Navy SEALs, took part in the Ghanaian exercise.",
            set(),
        ),
        (
            "The Belarusian drills are widely seen as a response to the United States sending"
            " troops to Poland.",
            {"BY"},
        ),
        (
            "Usually led by the United States, this year's Baltic drills are run by Estonian"
            " units.",
            {"EE"},
        ),
        (
            "The drill deepens naval ties between Iran and Pakistan, raising concerns for"
            " India's defence ministry.",
            {"IR", "PK"},
        ),
        (
            "Turkish bombers, trained for precision strikes on key Syrian air bases, took part"
            " in the exercise.",
            {"TR"},
        ),
        (
            "The Danish exercise is being closely watched by Belarusian officials.",
            {"DK"},
        ),
        (
            "During the drill, Greek and Turkish frigates sank a decommissioned Italian corvette.",
            {"GR", "TR"},
        ),
        ("Uzbekistan is hosting three other former Soviet states for the drills.", {"UZ"}),
        ("N. Korea cancels talks with the South over the allied drills.", set()),
        ("S. Korean and American marines held the landing drill.", {"KR", "US"}),
        (
            "The drills will take place at Subic Bay, a former U.S. naval base north of Manila.",
            set(),
        ),
        (
            "The exercise is being held in close proximity to the Russian naval base at"
            " Kaliningrad.",
            set(),
        ),
    ],
)
def test_context_is_no_participation(sentence: str, expected: set[str]) -> None:
    assert participants(sentence) == expected


def test_a_byline_names_no_participant() -> None:
    text = (
        "Story by U.S. Army Staff Sgt. Ana Ruiz\n\nThe Polish army closed its Dragon Gate drill"
        " at the Drawsko range on Friday with a live-fire demonstration by Polish troops."
    )
    assert detect("", text, "2026-05-08").countries == ["PL"]


@pytest.mark.parametrize(
    "aside",
    [
        "The Russian fleet also conducted exercises in the Baltic Sea in recent days.",
        "Earlier, the district commander reported that Kazakh and Kyrgyz units held a joint"
        " drill in the mountains.",
        "That year, Chinese warships also visited Cambodia for naval exercises in the Gulf of"
        " Thailand.",
    ],
)
def test_a_turn_to_another_time_names_no_participant(aside: str) -> None:
    assert _amber_sweep_with(aside) == ["DE", "PL"]


def _amber_sweep_with(line: str) -> list[str]:
    """The participants of a German-Polish drill story with ``line`` in its middle."""
    text = (
        "German and Polish minehunters began the Amber Sweep exercise off Gdansk on Monday,"
        " the Polish navy said. The German and Polish crews will clear practice mines for a"
        f" week. {line} The exercise ends on Sunday."
    )
    return detect("Amber Sweep begins", text, "2025-05-12").countries


# A Danish-Estonian drill story's opening line, for the tests of lines read after it.
_DK_EE_LEAD = (
    "Danish and Estonian minehunters began the Amber Sweep exercise off Tallinn on Monday,"
    " the head of the Estonian navy said at the start of the drill."
)


def test_a_link_to_another_story_names_no_participant() -> None:
    text = (
        _DK_EE_LEAD + "\nNorway resumes fishing talks and says quotas will be set by June"
        "\nThe Danish and Estonian crews will clear practice mines for a week."
    )
    assert detect("Amber Sweep begins", text, "2025-05-12").countries == ["DK", "EE"]


def test_a_last_line_cut_short_is_still_read() -> None:
    text = (
        _DK_EE_LEAD + "\nThe Danish and Estonian crews will clear practice mines for a week."
        "\nIn addition, Finland and Latvia are taking part with divers and a command"
    )
    assert detect("Amber Sweep begins", text, "2025-05-12").countries == ["DK", "EE", "FI", "LV"]


@pytest.mark.parametrize(
    "programme",
    [
        "The fleet's schedule for 2026 also includes joint exercises with the navies of Oman"
        " and Kenya.",
        "The district's 2026 combat training plan includes joint drills with the armed forces"
        " of Laos and Vietnam.",
    ],
)
def test_a_years_programme_of_drills_names_no_participant(programme: str) -> None:
    assert _amber_sweep_with(programme) == ["DE", "PL"]
