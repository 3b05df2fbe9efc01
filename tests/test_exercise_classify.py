"""Classification: military exercises are found, other senses of the same words are not.

Every text here is written for these tests (none is copied from a corpus).
"""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.exercise import detect

PUB = dt.date(2024, 5, 20)

NEGATIVES = [
    (
        "Contractor wins deal to train crews for Indian Navy exercises",
        "A Bengaluru engineering company has won a five-year contract to supply and maintain "
        "bridge simulators for the Indian Navy's fleet exercises, the defence ministry said on "
        "Tuesday. The simulators will be installed at Kochi.",
    ),
    # civil drills
    (
        "Schools hold fire drill after alarm fault",
        "Pupils at three primary schools took part in a fire drill on Monday after the alarm "
        "system was repaired, the council said.",
    ),
    (
        "City runs earthquake drill",
        "Thousands of residents joined an earthquake and evacuation drill organised by the city's "
        "emergency services, practising how to leave tall buildings quickly.",
    ),
    (
        "Hospital stages emergency exercise",
        "Paramedics, nurses and firefighters took part in a mock emergency exercise at the "
        "hospital to test how staff would cope with a major incident.",
    ),
    (
        "Police rehearse response to stadium attack",
        "Police officers carried out a counter-terror training exercise at the stadium overnight, "
        "with volunteers playing injured fans.",
    ),
    # drilling
    (
        "Energy group to start drilling off the coast",
        "The company said it would begin drilling two exploration wells next month and expects "
        "first oil from the field in 2026.",
    ),
    (
        "Water board drills new boreholes",
        "Engineers drilled three boreholes to secure supplies for villages hit by drought.",
    ),
    # physical exercise
    (
        "Daily exercise cuts heart risk, study finds",
        "Thirty minutes of moderate exercise a day lowered the risk of heart disease by a fifth, "
        "researchers said, urging older adults to keep walking.",
    ),
    (
        "Gym chain expands",
        "The chain said members now book more exercise classes online than at the front desk.",
    ),
    # exercising options, rights, caution
    (
        "Club exercises option on striker",
        "The club exercised its option to extend the striker's contract by a year.",
    ),
    (
        "Investors exercise options",
        "Executives exercised stock options worth millions before the share price fell.",
    ),
    (
        "Police urge public to exercise caution",
        "Officers asked drivers to exercise caution on icy roads and to avoid travel if possible.",
    ),
    (
        "Minister urges restraint",
        "The foreign minister urged both sides to exercise restraint after the border clash.",
    ),
    (
        "Court says president exercised power lawfully",
        "Judges ruled that the president exercised his powers within the constitution.",
    ),
    # sports and idioms
    (
        "Coach runs tackling drills",
        "The coach put the players through passing and tackling drills before the cup final.",
    ),
    (
        "Veteran knows the drill",
        "After ten seasons in the league the goalkeeper knows the drill when the pressure rises.",
    ),
    # space
    (
        "Station fires thrusters to dodge debris",
        "The space station performed an avoidance manoeuvre to move away from a piece of debris, "
        "and the astronauts sheltered in their capsule.",
    ),
    (
        "Satellite completes orbit-raising manoeuvres",
        "The navigation satellite completed its orbit-raising manoeuvres and reached its final "
        "position.",
    ),
    # games and politics
    (
        "New war game tops the charts",
        "The video war game sold a million copies in its first week, its publisher said.",
    ),
    (
        "Parties manoeuvre before vote",
        "Behind the scenes, the parties jockeyed for position, with little room for manoeuvre "
        "before the budget vote.",
    ),
    # military, but not an exercise
    (
        "Army fires new missile in test",
        "The army test-fired a new medium-range missile from a desert range on Tuesday, the "
        "defence ministry said.",
    ),
    (
        "Troops push into northern town",
        "Government troops backed by tanks and air strikes pushed into the town after days of "
        "fighting, and rebels withdrew to the hills.",
    ),
    (
        "Carrier deploys to the Gulf",
        "The aircraft carrier and two destroyers were deployed to the Gulf as tensions rose.",
    ),
    (
        "Troops to withdraw by summer",
        "The government said its troops would withdraw from the country by the summer.",
    ),
    (
        "Navy signs deal for new frigates",
        "The navy signed a contract for six frigates, including training support for crews.",
    ),
    (
        "Firm wins training contract",
        "A defence firm won a contract to provide simulators and training support to the air "
        "force over five years.",
    ),
    (
        "Sailor faces court martial",
        "A sailor will face a court martial over the loss of classified documents, the navy said.",
    ),
    (
        "NATO to send trainers to Iraq",
        "NATO agreed to send more military trainers to Iraq to help build up the country's army.",
    ),
]

POSITIVES = [
    (
        "Navies of three nations begin joint drills",
        "Warships from Japan, India and the United States began joint naval drills in the "
        "Philippine Sea on Monday, practising anti-submarine warfare.",
    ),
    (
        "Army holds live-fire exercise near border",
        "The army staged a large live-fire exercise with tanks and artillery close to the "
        "border on Thursday, the defence ministry said.",
    ),
    (
        "RIMPAC gets under way off Hawaii",
        "The world's largest maritime exercise, RIMPAC, opened off Hawaii with ships from more "
        "than twenty nations taking part.",
    ),
    (
        "Allies cancel spring war games",
        "The two countries called off their annual spring war games after talks, military "
        "officials said on Friday.",
    ),
]


@pytest.mark.parametrize("title,text", NEGATIVES, ids=[t for t, _ in NEGATIVES])
def test_other_senses_and_non_exercise_military_news_are_rejected(title: str, text: str) -> None:
    m = detect(title, text, PUB)
    assert not m.is_exercise, (title, m.score, m.evidence)
    assert m.score < 0.5
    assert m.countries == [] and m.name is None and m.kind is None


@pytest.mark.parametrize("title,text", POSITIVES, ids=[t for t, _ in POSITIVES])
def test_exercise_stories_are_found(title: str, text: str) -> None:
    m = detect(title, text, PUB)
    assert m.is_exercise, (title, m.score)
    assert m.score >= 0.5


def test_passing_mention_in_a_long_article_is_background() -> None:
    body = " ".join(
        [
            "The president met opposition leaders on Tuesday to discuss the election timetable.",
            "Talks lasted four hours and ended without agreement on the date of the vote.",
            "Protesters gathered outside the parliament building for the third night.",
            "Police said the crowd was peaceful and no arrests were made.",
            "Separately, the country's army held drills near the border last month.",
            "The opposition wants the vote moved to the autumn to allow more time to register.",
            "Election officials said they needed a decision by the end of the week.",
            "The president's office said he would address the nation on Friday.",
            "Markets were calm, with the currency little changed against the dollar.",
            "Diplomats said they were watching the talks closely.",
        ]
    )
    m = detect("President and opposition fail to agree election date", body, PUB)
    assert not m.is_exercise, m.score


def test_unsupported_languages_are_skipped_and_empty_input_is_safe() -> None:
    # Russian and Japanese have no reader: a page tagged so is skipped, not read as English.
    assert not detect("Army exercise", "The army held an exercise.", PUB, language="ru").is_exercise
    assert not detect("Army exercise", "The army held an exercise.", PUB, language="ja").is_exercise
    # German is read, but one word with no military word beside it is not enough.
    assert not detect("Manöver", "Die Marine übt.", PUB, language="de").is_exercise
    assert not detect("", "", None).is_exercise
    assert detect("", "", None).to_record()["score"] == 0.0


MORE_NEGATIVES = [
    (
        "General sacked after soldiers drown in exercise accident",
        "An army general was dismissed after two soldiers drowned during a river-crossing "
        "exercise last month, the ministry said.",
    ),
    (
        "Students begin compulsory military training",
        "First-year students began two weeks of military training, marching and practising drill "
        "movements under army instructors.",
    ),
    (
        "Think tank war game says island could hold out",
        "A think tank said war games it ran with retired officers suggested the island's forces "
        "could hold out for weeks, researchers said.",
    ),
    (
        "Country joins tabletop pandemic exercise",
        "Health officials joined a tabletop pandemic preparedness exercise with neighbours.",
    ),
    (
        "Two navies agree to deepen ties",
        "The two navies agreed to step up cooperation, including more port calls, information "
        "sharing and joint exercises in the coming years.",
    ),
    (
        "Army chief visits ally, recalls joint exercise",
        "The army chief began a visit on Monday; officials recalled that the two armies had held "
        "their first joint exercise last year.",
    ),
]


@pytest.mark.parametrize("title,text", MORE_NEGATIVES, ids=[t for t, _ in MORE_NEGATIVES])
def test_accidents_training_studies_and_general_mentions_are_rejected(
    title: str, text: str
) -> None:
    m = detect(title, text, PUB)
    assert not m.is_exercise, (title, m.score)


def test_name_introduced_in_body_marks_the_headline() -> None:
    m = detect(
        "Northern Lantern 2024 ends after 300 jets flew",
        "Northern Lantern 2024, the largest air exercise in the region, ended on Friday after "
        "two weeks. The exercise ran from May 6 to 17.",
        PUB,
    )
    assert m.is_exercise and m.name == "Northern Lantern 2024"
