"""Participants: the shapes real reports use for long lists, lead states and observers.

Sentences written for these tests; each names countries in one of the shapes the real-news
development set showed the detector missing or mistaking.
"""

from __future__ import annotations

import pytest

from extractors.exercise.participants import CountryEvidence, read_sentence


def participants(sentence: str) -> set[str]:
    ev = CountryEvidence()
    read_sentence(sentence, ev, exercise_sentence=True)
    return {c for c in ev.participants if c not in ev.observers or c in ev.plain}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Soldiers from Kenya, Uganda, Rwanda and Burundi will take part, the army said.",
            {"KE", "UG", "RW", "BI"},
        ),
        (
            "The regional exercise involves allies Chile, Peru, Uruguay and a dozen ships.",
            {"CL", "PE", "UY"},
        ),
        (
            "Besides Poland, the exercise will involve Spain, Italy, Greece and Portugal.",
            {"ES", "IT", "GR", "PT"},
        ),
        (
            "The eight nations participating in the air drills are: Oman, Jordan, Egypt, Qatar,"
            " Kuwait, Bahrain, Morocco and Tunisia.",
            {"OM", "JO", "EG", "QA", "KW", "BH", "MA", "TN"},
        ),
        (
            "The largest participation comes from Estonia, Latvia and Lithuania.",
            {"EE", "LV", "LT"},
        ),
        (
            "The drills will see participants including but not limited to those from Fiji,"
            " Tonga and Samoa.",
            {"FJ", "TO", "WS"},
        ),
        (
            "The manoeuvres will involve units of the armed forces and border guards of Armenia,"
            " Kazakhstan and Tajikistan.",
            {"AM", "KZ", "TJ"},
        ),
        (
            "The navy was joined by frigates of regular partners the Netherlands, Belgium and"
            " Denmark.",
            {"NL", "BE", "DK"},
        ),
        ("The drill includes Ghana, Togo and the host nation of Benin.", {"GH", "TG", "BJ"}),
        (
            "The aim this year is to strengthen interoperability among Sweden, Finland, Norway"
            " and Iceland.",
            {"SE", "FI", "NO", "IS"},
        ),
        (
            "The drill brings together forty countries including old rivals - such as North and"
            " South Korea.",
            {"KP", "KR"},
        ),
        (
            "The review brings together the ten regional navies plus Canada, Chile and Peru.",
            {"CA", "CL", "PE"},
        ),
        ("U.S. Space Command kicked off its annual readiness exercise on Tuesday.", {"US"}),
        (
            "Seoul has agreed to delay the joint air drills with the United States until May.",
            {"KR", "US"},
        ),
        (
            "NATO began the drills with Baltic partners Estonia, Latvia and Lithuania.",
            {"EE", "LV", "LT"},
        ),
    ],
)
def test_participation_shapes(sentence: str, expected: set[str]) -> None:
    assert participants(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Troops from Chile will join the drills, while officers from Peru and Bolivia"
            " attend only as observers.",
            {"CL"},
        ),
        (
            "Observers from several countries, including Kenya, Ghana, Senegal, Nigeria,"
            " Angola and Zambia, will attend the drills.",
            set(),
        ),
        ("The manoeuvres will also be observed by representatives of Brazil's navy.", set()),
        (
            "Defence attachés from Spain and Italy, as well as Greece, arrived as monitors.",
            set(),
        ),
        ("The drills come as the region faces sanctions led by the United States.", set()),
    ],
)
def test_observers_and_context_are_not_participants(sentence: str, expected: set[str]) -> None:
    assert participants(sentence) == expected


def test_purpose_reads_only_where_the_exercise_is_what_improves_cooperation() -> None:
    ev = CountryEvidence()
    read_sentence(
        "The goals of this year's exercise build trust between Ghana, Togo and Benin.",
        ev,
        exercise_sentence=False,
    )
    assert set(ev.participants) == {"GH", "TG", "BJ"}
    ev = CountryEvidence()
    read_sentence(
        "Ministers also agreed to deepen cooperation between Ghana and Togo.",
        ev,
        exercise_sentence=False,
    )
    assert not ev.participants
    # the drills are not what deepens it: context, even in an exercise sentence
    assert participants(
        "Pyongyang staged the drills amid deepening cooperation between Japan and South Korea."
    ) == {"KP"}


def test_training_audience_is_the_exercise_speaking() -> None:
    from extractors.exercise import detect

    m = detect(
        "Brigade opens autumn exercise",
        "The mechanised brigade began its autumn exercise on Monday at the central range. About"
        " 2,000 soldiers will train for ten days. Of those, the training audience represents"
        " Slovakia, other allies - Hungary, Croatia, Slovenia and the Austrian partners.",
        "2026-10-06",
    )
    assert {"SK", "HU", "HR", "SI", "AT"} <= set(m.countries)


def test_latin_american_is_not_american() -> None:
    assert participants("Russia will hold the drills with Latin American partners.") == {"RU"}


def test_a_national_series_with_no_participant_named_takes_its_owner() -> None:
    from extractors.exercise import detect

    visit = detect(
        "Putin visits strategic drills",
        "President Vladimir Putin visited a training ground in Buryatia, where the main stage of"
        " the Vostok-2026 strategic exercise is in progress.",
        "2026-09-05",
    )
    assert visit.countries == ["RU"]
    hosted = detect(
        "Whales moved ahead of Joint Warrior",
        "Rescuers moved a pod of whales out of a Scottish loch before the Joint Warrior naval"
        " exercise begins next week.",
        "2026-09-05",
    )
    assert hosted.countries == []  # a host-led multinational series names its participants
