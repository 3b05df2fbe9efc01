"""Participants named through their units, ships and aircraft rather than as states.

Sentences written for these tests, in the shapes the real-news development set showed the
detector missing: "represented the U.S. Navy", "the largest detachment came from the United
States Air Force", "the participating aircraft include U.S. F-35s, German Tornados", "two C-17s
from the United States", and a credit line that names no participant.
"""

from __future__ import annotations

import datetime as dt

import pytest
from participant_reading import participants

from extractors.exercise import detect

PUBLISHED = dt.date(2025, 5, 12)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The destroyer USS Halsey stood for the U.S. Navy, while the frigate HMCS Regina"
            " represented the Royal Canadian Navy.",
            {"CA"},
        ),
        (
            "The cruiser USS Lake Erie represented the U.S. Navy at the opening.",
            {"US"},
        ),
        (
            "Apart from the hosts, the biggest detachment for this year's exercise came from the"
            " United States Air Force.",
            {"US"},
        ),
        (
            "The participating aircraft include a broad mix of types, such as Dutch F-35s,"
            " Italian Typhoons and Greek Mirages.",
            {"NL", "IT", "GR"},
        ),
        (
            "Among the ships leaving the harbour were the Danish frigate Absalon and the Polish"
            " minehunter Kormoran.",
            {"DK", "PL"},
        ),
        (
            "Support came from a range of aircraft, among them four C-130 Hercules from Portugal.",
            {"PT"},
        ),
        (
            "The engineers cleared beaches alongside Estonian, Latvian and Lithuanian soldiers.",
            {"EE", "LV", "LT"},
        ),
        (
            "Joint jumps of Georgian and American paratroopers are planned for the second week.",
            {"GE", "US"},
        ),
    ],
)
def test_units_name_their_state(sentence: str, expected: set[str]) -> None:
    assert participants(sentence, exercise_sentence=False) >= expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A head count with "about" in a list of national contingents.
        (
            "Some 3,000 Thai and about 900 U.S. troops are joined by smaller units from other"
            " partners.",
            {"TH", "US"},
        ),
        # A country's own force, then its partners' ("their ... counterparts").
        (
            "The ongoing drill between the Philippine Marine Corps and their US counterparts is"
            " not aimed at any nation.",
            {"PH", "US"},
        ),
        # A list with a country's Marine Corps as one item.
        (
            "The exercise was held between Australian Army soldiers from the 7th Brigade, the"
            " Japanese Ground Self-Defense Force and the United States Marine Corps.",
            {"AU", "JP", "US"},
        ),
    ],
)
def test_lists_in_exercise_sentences(sentence: str, expected: set[str]) -> None:
    assert participants(sentence, exercise_sentence=True) >= expected


def test_ending_a_series_names_both_sides() -> None:
    text = (
        "Seoul and Washington have decided to \u201cend\u201d the yearly Ulchi Shield"
        " command-post drills, the defence ministry said on Monday."
    )
    assert set(detect("", text, PUBLISHED).countries) == {"KR", "US"}


def test_target_denied_is_not_participation_denied() -> None:
    said = "The Russian-Algerian drill is not directed against third countries."
    assert participants(said, exercise_sentence=True) == {"RU", "DZ"}
    # A real negation still removes the state it is said of.
    absent = "Egypt will not take part in the Russian-Algerian drill this year."
    assert "EG" not in participants(absent, exercise_sentence=True)


def test_a_credit_line_names_no_participant() -> None:
    caption = (
        "Exercise Fjord Guard was a Danish national exercise held across Jutland with all its"
        " services.(U.S. Army video by Sgt. Jane Roe)"
    )
    assert detect("", caption, PUBLISHED).countries == ["DK"]


def test_a_headline_less_first_sentence_is_read() -> None:
    """Without a headline the first sentence is body text and its participants count."""
    text = (
        "Participants this time include Cyprus and France, the organisers said. The naval"
        " exercise Blue Kestrel began near Crete on Monday."
    )
    assert set(detect("", text, PUBLISHED).countries) == {"CY", "FR"}


@pytest.mark.parametrize(
    "sentence",
    [
        # Reactions and watchers stay out, with a force cue or not.
        "A Russian corvette shadowed the group as it represented the alliance in the strait.",
        # Four aircraft "from" a place they flew from in the same country is no new state.
        "The bombers were escorted by two F-15 fighters from a base in the south.",
    ],
)
def test_cues_do_not_make_watchers_participants(sentence: str) -> None:
    assert participants(sentence, exercise_sentence=False) == set()


def test_a_roll_call_takes_every_state_named_after_it() -> None:
    said = (
        "Also part of the event are Britain's partners in the Five Eyes community Australia,"
        " Canada and New Zealand, plus Japan."
    )
    assert participants(said, exercise_sentence=False) >= {"GB", "AU", "CA", "NZ", "JP"}
    # Observers after the roll call stay observers.
    watched = "Participating nations are Chile and Peru, while Brazil attends as an observer."
    assert participants(watched, exercise_sentence=True) == {"CL", "PE"}


def test_an_aside_between_a_state_and_its_verb() -> None:
    said = (
        "This year is the first time that Finland, which has taken part since 1995, will"
        " participate as a NATO member."
    )
    assert participants(said, exercise_sentence=False) == {"FI"}
    # the aside is the verb of taking part
    assert participants(
        "Laos and Myanmar, which also took part, sent engineers.", exercise_sentence=False
    ) == {"LA", "MM"}
    # and the aside's own subject is read too
    told = (
        "The Sea Shield 2026 exercise, which Romania and Bulgaria launched on Monday, is still"
        " running."
    )
    assert participants(told, exercise_sentence=True) >= {"RO", "BG"}
    # an aside does not hide a real negation
    assert (
        participants(
            "Turkey, which took part last year, will not take part this year.",
            exercise_sentence=False,
        )
        == set()
    )


def test_observers_from_elsewhere_are_not_the_last_states_role() -> None:
    said = (
        "This year's edition included participation from Australia and Japan and observers"
        " from 15 nations."
    )
    assert participants(said, exercise_sentence=True) >= {"AU", "JP"}


def test_a_line_that_lists_the_states_joining_is_read() -> None:
    text = (
        "Exercise Southern Reach 2026 opened in Darwin on Monday with ships from a dozen"
        " navies. The drills will run for three weeks across the Top End. Commanders said"
        " the scenarios grow harder each week. Local businesses expect a boost from the"
        " visiting sailors. Hotels in the city are nearly full. The weather has been kind so"
        " far. Along with Australia and Fiji, other countries joining include"
        " Canada, Chile and Peru."
    )
    found = set(detect("", text, PUBLISHED).countries)
    assert {"CA", "CL", "PE"} <= found


def test_officers_sent_to_observe_are_observers() -> None:
    said = "Georgia, which is not a NATO member, sent officers to observe."
    assert participants(said, exercise_sentence=True) == set()


def test_a_deployment_told_beside_the_drill_is_not_a_participant() -> None:
    text = (
        "Cuba's armed forces began a week of exercises on Monday along the northern coast, in"
        " what officials called a reply to foreign naval moves. The drill, named Bastion 2026,"
        " involves some 3,000 troops. The United States has sent several destroyers and a"
        " submarine to the region as part of an operation against smuggling."
    )
    assert detect("", text, PUBLISHED).countries == ["CU"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Around 400 Dutch marines will take part in the exercise.", {"NL"}),
        ("Over 1,200 Spanish soldiers joined the drill this week.", {"ES"}),
        # a place word before a state still sets it aside
        ("Chinese warships exercised around Taiwan on Monday.", {"CN"}),
    ],
)
def test_an_approximate_count_is_no_place_word(sentence: str, expected: set[str]) -> None:
    assert participants(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The bombers were accompanied by two Norwegian F-35 fighters over the sea.", {"NO"}),
        ("For the first time the drills were joined by a Danish frigate and its crew.", {"DK"}),
    ],
)
def test_forces_joining_in_the_passive_take_part(sentence: str, expected: set[str]) -> None:
    assert participants(sentence, exercise_sentence=False) == expected
