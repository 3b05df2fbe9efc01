"""exercise-rules-1.2.0: schedule, force sizes, participants vs context, phase, short items.

Every text here is written for these tests (invented events, our own wording).
"""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.exercise import detect
from extractors.exercise.context import other_event
from extractors.exercise.dates import find_dates, find_range
from extractors.exercise.numbers import find_counts
from extractors.exercise.participants import CountryEvidence, read_sentence

PUB = dt.date(2024, 5, 16)  # a Thursday


def _participants(sentence: str, exercise_sentence: bool = True) -> set[str]:
    ev = CountryEvidence()
    read_sentence(sentence, ev, exercise_sentence)
    return set(ev.participants) - ev.observers


# --- dates -----------------------------------------------------------------------------------


def test_the_day_of_a_statement_is_not_the_exercise_date() -> None:
    assert find_dates("Navy officials on Thursday outlined the coming drill.", PUB) is None
    span = find_dates("The ministry said on Monday the drill runs from June 3 to 9.", PUB)
    assert (span.start, span.end) == (dt.date(2024, 6, 3), dt.date(2024, 6, 9))


def test_scheduled_dates_after_publication_make_it_announced() -> None:
    text = (
        "Polish officials on Thursday presented Iron Ridge 24, a corps-level army exercise. "
        "The exercise is scheduled from June 3 to 9 across training grounds in Poland."
    )
    rec = detect("", text, PUB).to_record()
    assert (rec["start_date"], rec["end_date"]) == ("2024-06-03", "2024-06-09")
    assert rec["phase"] == "announced"


def test_a_weekday_resolves_against_the_publication_date() -> None:
    """FIELDS.md (the held-out evaluation's conventions): "began Monday" is a calendar day once
    read against the publication date (PUB is a Thursday)."""
    rec = detect(
        "Thai marines begin beach landing drill",
        "Thai marines began a beach landing drill on Monday near Sattahip, the navy said.",
        PUB,
    ).to_record()
    monday = PUB - dt.timedelta(days=PUB.weekday())
    assert rec["start_date"] == monday.isoformat() and rec["end_date"] is None
    assert rec["phase"] == "ongoing"


def test_start_and_end_from_different_sentences_are_joined() -> None:
    text = (
        "Kenyan and Tanzanian troops began the Lake Guardian exercise on May 13 near Mwanza. "
        "The drills will continue until May 24, the army said."
    )
    rec = detect("", text, PUB).to_record()
    assert (rec["start_date"], rec["end_date"]) == ("2024-05-13", "2024-05-24")
    assert rec["phase"] == "ongoing"


def test_phases_with_their_own_ranges_make_one_span() -> None:
    span = find_range("The port phase runs from June 2 to 4 and the sea phase from June 6-9.", PUB)
    assert (span.start, span.end) == (dt.date(2024, 6, 2), dt.date(2024, 6, 9))


# --- force sizes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Roughly 9,000 members of the armed forces, among them 300 paratroopers, will take "
            "part, with in excess of 70 artillery systems and nearly 40 jets.",
            {
                "troops": (9000, "about"),
                "vehicles": (70, "more than"),
                "aircraft": (40, "about"),
            },
        ),
        (
            "Up to 14 vessels, of which four are submarines, and some 2,500 sailors are expected.",
            {"ships": (14, "up to"), "troops": (2500, "about")},
        ),
        (
            "Over 600 service personnel, including 25 helicopters crews, and around 90 tanks.",
            {"troops": (600, "more than"), "vehicles": (90, "about")},
        ),
    ],
)
def test_personnel_equipment_aircraft_and_ship_nouns(sentence: str, expected: dict) -> None:
    got = find_counts(sentence)
    for cls, value in expected.items():
        assert got[cls] == value, (cls, got)


def test_force_sizes_in_a_sentence_that_follows_the_exercise_sentence() -> None:
    text = (
        "Argentina and Chile opened the Southern Cross naval exercise off Ushuaia on Monday. "
        "In total some 1,200 sailors are involved, with 11 warships and six aircraft."
    )
    rec = detect("", text, PUB).to_record()
    assert (rec["troops"], rec["ships"], rec["aircraft"]) == (1200, 11, 6)
    assert rec["qualifiers"]["troops"] == "about"


# --- names -----------------------------------------------------------------------------------


def test_a_name_given_in_another_language_is_an_alias() -> None:
    rec = detect(
        "",
        "Officials described Tsentr 2027, the command-staff manoeuvres known in English as "
        "Centre 2027, as the army's main event of the year.",
        dt.date(2027, 8, 1),
    ).to_record()
    assert rec["name"] == "Tsentr 2027"
    assert "Centre 2027" in rec["aliases"]


# --- participants and context ----------------------------------------------------------------


def test_training_alongside_a_force_makes_its_country_a_participant() -> None:
    got = _participants(
        "Units from Kazakhstan will train alongside Uzbek troops, the ministry said.", False
    )
    assert got == {"KZ", "UZ"}


def test_ships_listed_with_their_countries_are_participants() -> None:
    got = _participants(
        "Frigates from Italy, Greece and Egypt conducted the drill in the Ionian Sea.", False
    )
    assert got == {"IT", "GR", "EG"}


def test_a_second_clause_with_while_adds_participants_but_as_does_not() -> None:
    got = _participants(
        "Norway is sending minehunters, while Denmark and Iceland have sent patrol ships.", True
    )
    assert got == {"NO", "DK", "IS"}
    got = _participants(
        "The drill comes as Britain has sent two destroyers to the region for patrols.", True
    )
    assert "GB" not in got


def test_the_owners_of_the_drills_are_not_their_observers() -> None:
    got = _participants("Foreign attaches watched Serbian and Hungarian drills near Novi Sad.")
    assert {"RS", "HU"} <= got


def test_a_capital_and_its_allies_watching_are_not_participants() -> None:
    got = _participants("Tokyo and its allies are watching the exercise closely.")
    assert "JP" not in got


def test_a_corridor_between_two_countries_is_a_place() -> None:
    got = _participants(
        "The drill rehearses holding the narrow land corridor between Armenia and Iran.", True
    )
    assert not {"AM", "IR"} & got


@pytest.mark.parametrize(
    "sentence",
    [
        "The Greek army holds similar exercises with Cyprus and Bulgaria every spring.",
        "Cypriot forces have also taken part in exercises with France and Egypt.",
        "Ankara, meanwhile, held drills with Baku near the Caspian coast.",
        "The navy held its own drills in the Aegean last month.",
        "When the exercise was first staged in 2019, Italy and Spain sent ships.",
    ],
)
def test_sentences_about_other_or_earlier_exercises_are_context(sentence: str) -> None:
    assert other_event(sentence, 2024, names_main=False)


@pytest.mark.parametrize(
    "sentence",
    [
        "Austria is taking part with a larger contingent than in 2022.",
        "The exercise, which began last week, brings in Slovenian engineers.",
        "Croatia and Slovenia are sending tank companies this year.",
    ],
)
def test_this_exercise_is_not_context(sentence: str) -> None:
    assert not other_event(sentence, 2024, names_main=False)


def test_long_article_keeps_context_countries_out() -> None:
    text = (
        "Romanian and Moldovan soldiers began the Prut Shield exercise at Cincu on Monday. "
        "The drills involve about 1,500 troops and will run for ten days. "
        "Romania also holds similar exercises with Bulgaria and Hungary each year. "
        "Ukraine, meanwhile, held drills with Poland near Lviv. "
        "The exercise was last staged in 2021, when Georgian troops joined."
    )
    rec = detect("Romanian and Moldovan troops start Prut Shield", text, PUB).to_record()
    assert rec["countries"] == ["MD", "RO"]


# --- short items -----------------------------------------------------------------------------


def test_a_capital_announcing_drills_with_another_state_is_an_exercise() -> None:
    rec = detect(
        "Tashkent to hold drills with Dushanbe",
        "Tashkent said its troops would hold drills with Tajikistan next month near Termez.",
        PUB,
    ).to_record()
    assert rec["is_exercise"]
    assert rec["countries"] == ["TJ", "UZ"]
    assert rec["phase"] == "announced"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Lima to hold earthquake drills", "The city said residents would hold drills next week."),
        ("Kenya to hold census exercise", "Officials said the exercise would begin next month."),
    ],
)
def test_civil_drills_announced_by_a_capital_stay_negative(title: str, text: str) -> None:
    assert not detect(title, text, PUB).is_exercise


# --- phase -----------------------------------------------------------------------------------


def test_past_tense_wire_item_with_an_earlier_weekday_is_concluded() -> None:
    rec = detect(
        "Peruvian and Ecuadorian navies hold joint drill",
        "Peruvian and Ecuadorian warships held a joint drill off Tumbes on Tuesday.",
        PUB,
    ).to_record()
    assert rec["phase"] == "concluded"


def test_began_and_will_run_until_is_ongoing() -> None:
    rec = detect(
        "Ghana, Togo begin border exercise",
        "Ghanaian and Togolese soldiers began a border security exercise on Monday that will "
        "run until next week, officials said.",
        PUB,
    ).to_record()
    assert rec["phase"] == "ongoing"


def test_one_event_of_a_longer_exercise_does_not_end_it() -> None:
    rec = detect(
        "Rockets fired in Coastal Anvil",
        "Estonian gunners fired rockets on Tuesday as part of the Coastal Anvil exercise, "
        "which continues on the islands.",
        PUB,
    ).to_record()
    assert rec["phase"] == "ongoing"


def test_a_place_name_after_over_is_not_the_end_of_the_exercise() -> None:
    rec = detect(
        "Spanish jets begin air drill over Canaries",
        "Spanish Air Force jets began an air defence drill over the Canary Islands on Monday.",
        PUB,
    ).to_record()
    assert rec["phase"] == "ongoing"


def test_an_exercise_that_ended_on_the_publication_day_is_concluded():
    import datetime as _dt

    from extractors.exercise import detect as _detect

    text = (
        "The army and the air force of Kenya ended their joint exercise Lion Strike on "
        "Tuesday after ten days of live-fire training near Isiolo."
    )
    record = _detect("Kenyan forces end Lion Strike drill", text, _dt.date(2025, 3, 11))
    assert record.to_record()["phase"] == "concluded"
