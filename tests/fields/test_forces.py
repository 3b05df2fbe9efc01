"""Force sizes: totals, not one side's contingent; models and dates are not counts.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from extractors.exercise import detect
from extractors.exercise.numbers import find_counts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Over 12 000 soldiers from nine nations will take part.",
            {"troops": (12000, "more than")},
        ),
        ("The drills draw more than 9,000 participants in total.", {"troops": (9000, "more than")}),
        (
            "The fleet brings 30 ships, four submarines and 90 aircraft.",
            {"ships": (34, "exact"), "aircraft": (90, "exact")},
        ),
        ("Up to 14 vessels, of which four are submarines, will sail.", {"ships": (14, "up to")}),
        ("The squadron flies F-16 jets and Su-30 fighters.", {}),
        ("Hundreds of soldiers and thousands of reservists were called up.", {}),
        ("date 2024-04 Polish soldiers train at Orzysz.", {}),
        ("Seven hundred sailors and marines joined the drill.", {"troops": (700, "exact")}),
        ("Nearly 40,000 thousand personnel took part.", {"troops": (40000, "about")}),
        (
            "About 80 aircraft from Chile, Peru, Brazil and Spain will fly.",
            {"aircraft": (80, "about")},
        ),
    ],
)
def test_counts(sentence: str, expected: dict) -> None:
    assert find_counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The drill involves 3,100 Kenyan and 900 Ugandan troops.",
        "A contingent of 150 personnel left for the exercise.",
        "The exercise saw 200 soldiers each from both armies.",
        "The drill brings together 6,000 Finnish troops and 900 soldiers from Norway.",
        "About 1,100 personnel of the Kazakh Armed Forces arrived at the range.",
        "Mongolia sent around 800 soldiers to the range.",
    ],
)
def test_one_sides_contingent_is_marked(sentence: str) -> None:
    ((value, qual),) = find_counts(sentence).values()
    assert qual.startswith("contingent:")


def test_a_contingent_is_the_total_only_in_a_national_exercise() -> None:
    joint = detect(
        "Kenya, Uganda begin Savannah Shield drills",
        "Kenyan and Ugandan troops began the Savannah Shield exercise on Monday near Isiolo. "
        "The drill involves 3,100 Kenyan and 900 Ugandan troops.",
        "2026-03-04",
    )
    national = detect(
        "Kenyan army begins Savannah Shield drills",
        "The Kenyan army began the Savannah Shield exercise on Monday near Isiolo. "
        "The drill involves 3,100 Kenyan troops.",
        "2026-03-04",
    )
    assert joint.troops is None and national.troops == 3100


@pytest.mark.parametrize(
    ("sentence", "troops"),
    [
        ("Altogether 2,200 people took part in the exercise.", 2200),
        ("The exercise involved more than 400 members of the Croatian Army.", 400),
    ],
)
def test_people_and_members_of_an_army_are_troops(sentence: str, troops: int) -> None:
    assert find_counts(sentence)["troops"][0] == troops


def test_soldiers_from_one_state_and_other_allies_are_a_total() -> None:
    found = find_counts(
        "The exercise will involve about 90,000 soldiers from the United States of America and"
        " other NATO allies."
    )
    assert found["troops"] == (90000, "about")


def test_the_head_count_in_a_later_sentence_naming_the_exercise_is_read() -> None:
    m = detect(
        "",
        "Exercise TIMBER RESOLVE 2027, the army's largest training exercise, kicked off with a"
        " vehicle convoy of soldiers in Wainwright on May 10."
        " Crews loaded trucks at dawn. The weather was cold. Cooks worked through the night."
        " The approximately 3,100 participants in this year's Ex TIMBER RESOLVE 27 will spend two"
        " weeks in the field.",
        "2027-05-13",
    )
    assert m.troops == 3100


@pytest.mark.parametrize(
    ("sentence", "cls", "value"),
    [
        ("Officials said 25,000 people are participating in the exercise.", "troops", 25000),
        ("More than 5,500 military members from several states take part.", "troops", 5500),
        ("Around 11,500 personnel, 45 ships and 30 aircrafts will participate.", "aircraft", 30),
    ],
)
def test_more_ways_to_count_forces(sentence: str, cls: str, value: int) -> None:
    assert find_counts(sentence)[cls][0] == value


def test_a_head_count_told_with_taking_part_further_down_is_read() -> None:
    m = detect(
        "UK war games to begin off Scotland next month",
        "The largest war games in the UK, Storm Gate 27, will begin off Scotland next month."
        " Ships will gather in the Clyde. Aircraft will fly from Lossiemouth. Fishermen have"
        " been warned. In total, around 11,500 military personnel, 45 ships and submarines, and"
        " 30 aircraft will participate.",
        "2027-09-01",
    )
    assert (m.troops, m.ships, m.aircraft) == (11500, 45, 30)


def test_a_head_count_with_a_list_of_nationalities_is_the_total() -> None:
    m = detect(
        "Desert drill wraps up",
        "For the past fortnight, around 300 Omani and British soldiers have been training"
        " alongside each other in the Khadrafi desert during Exercise Sand Viper 2026.",
        "2026-11-20",
    )
    assert m.troops == 300


def test_three_nationalities_before_troops_are_one_total() -> None:
    m = detect(
        "",
        "The main phase of the exercise saw nearly 2,500 Danish, Polish, and Latvian troops and"
        " some 900 vehicles deploy to a range in the south of Latvia for Iron Birch 2026.",
        "2026-06-10",
    )
    assert m.troops == 2500
    assert m.vehicles == 900


def test_officers_and_ncos_of_a_staff_exercise_count_as_troops() -> None:
    m = detect(
        "",
        "More than 180 officers and NCOs from nine countries gathered at the armed forces staff"
        " college in Lilongwe for Exercise Lake Shield, a two-week command post exercise.",
        "2026-07-20",
    )
    assert m.troops == 180


def test_ships_and_marines_after_a_figure_stay_ships() -> None:
    m = detect(
        "",
        "The navy said 40 warships and marine units took part in the Pacific Fleet exercise in"
        " the Sea of Okhotsk on Tuesday.",
        "2026-07-20",
    )
    assert m.ships == 40
    assert m.troops is None


def test_personnel_named_as_members_of_a_unit_or_men_and_women_are_troops() -> None:
    from extractors.exercise.numbers import find_counts

    assert (
        find_counts(
            "The snap reserve exercise will call up more than 300 members of the 612th infantry "
            "company."
        )["troops"][0]
        == 300
    )
    assert (
        find_counts(
            "The minister thanked the 9,000 men and women from the militaries of 21 nations taking "
            "part."
        )["troops"][0]
        == 9000
    )
    assert (
        find_counts(
            "The cancellation frees nearly 2,100 people from the Air Force, Navy and Marine Corps."
        )["troops"][0]
        == 2100
    )


def test_a_figure_with_a_plus_sign_is_counted() -> None:
    from extractors.exercise.numbers import find_counts

    got = find_counts("The drill ringed the island with 12+ warships and 70 aircraft.")
    assert got["ships"][0] == 12
    assert got["aircraft"][0] == 70


@pytest.mark.parametrize(
    "sentence",
    [
        "The exercise will be held between 15 and 27 September, and other participants include "
        "Kazakhstan.",
        "Hosted by the Third Fleet, PD26 included forces from six navies.",
        "Iron Falcon 24 prepares air commandos for strategic competition.",
        "The drills drew about 9 thousand American troops as well as several hundred Thai troops.",
    ],
)
def test_days_editions_and_vague_hundreds_are_no_force_sizes(sentence: str) -> None:
    from extractors.exercise.numbers import find_counts

    got = find_counts(sentence).get("troops")
    assert got is None or got[0] not in (27, 26, 24, 100), got


def test_a_capitalised_qualifier_or_a_month_like_word_keeps_the_count() -> None:
    from extractors.exercise.numbers import find_counts

    assert find_counts("About 90 aircraft will fly in the exercise.")["aircraft"][0] == 90
    got = find_counts("In total, 4 surface ships and 6 maritime patrol aircraft took part.")
    assert got["aircraft"][0] == 6


def test_aircraft_carriers_are_not_aircraft() -> None:
    assert find_counts("More than 20 warships including two aircraft carriers take part.") == {
        "ships": (20, "more than")
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "About 2,000 U.S. and Australian service members are participating.",
            {"troops": (2000, "about")},
        ),
        (
            "The 2,300-strong force includes soldiers from five countries.",
            {"troops": (2300, "exact")},
        ),
        ("The drills ended at 5 p.m. Soldiers then left the range.", {}),
    ],
)
def test_abbreviated_nationalities_and_strong_forces(sentence: str, expected: dict) -> None:
    assert find_counts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Over 9,000 Latvian and allied reservists and conscripts will take part.",
            {"troops": (9000, "more than")},
        ),
        (
            "Over 1,000 military personnels will take part in the drill.",
            {"troops": (1000, "more than")},
        ),
        (
            "The number of participants is set to double to over 2400 this year.",
            {"troops": (2400, "more than")},
        ),
        ("The number of troops rose by 20 percent to 3,000.", {"troops": (3000, "exact")}),
    ],
)
def test_allied_totals_and_the_number_of_participants(sentence: str, expected: dict) -> None:
    assert find_counts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "troops"),
    [
        (
            "Over the next two weeks, approximately 1,150 members from the three services will"
            " take part in the exercise.",
            1150,
        ),
        ("The exercise involves a total of 1,900 staff and 130 aircraft.", 1900),
        ("The minister said 2,314 officers and personnel of the three branches take part.", 2314),
        ("More than 1,900 men and women were deployed for the exercise.", 1900),
    ],
)
def test_troops_told_as_members_staff_or_officers_and_personnel(sentence: str, troops: int) -> None:
    assert find_counts(sentence)["troops"][0] == troops


def test_staff_officers_are_not_a_force_size() -> None:
    assert "troops" not in find_counts("Twelve staff officers planned the exercise.")


@pytest.mark.parametrize(
    ("sentence", "field", "expected"),
    [
        (
            "This year's exercise involves 26 nations and around 28,000 multinational forces.",
            "troops",
            28000,
        ),
        (
            "The drill will feature about 100 aircraft and 2,500 people from all over the world.",
            "troops",
            2500,
        ),
        ("It will involve over 50 aircraft and 35 naval units.", "ships", 35),
        (
            "There will also be more than 50 naval assets, including destroyers and frigates.",
            "ships",
            50,
        ),
        (
            "Some 20,000 American soldiers were to form the backbone of the 37,000-strong drill.",
            "troops",
            37000,
        ),
    ],
)
def test_more_ways_of_counting_the_forces(sentence: str, field: str, expected: int) -> None:
    assert find_counts(sentence)[field][0] == expected


def test_people_counted_beside_the_hardware_are_the_force() -> None:
    from extractors.exercise.numbers import find_counts

    said = (
        "The navies of Greece, Italy and Spain took part in the drills - 4 thousand people and"
        " 18 ships."
    )
    assert find_counts(said)["troops"] == (4000, "exact")
    assert "troops" not in find_counts(
        "A crowd of 3 thousand people and 2 dogs watched the parade."
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # three words between the figure and its noun
        (
            "More than 800 Royal Thai Army soldiers rehearsed a river crossing.",
            {"troops": (800, "contingent:TH")},
        ),
        # part of a fleet, not a count of the drill's forces
        ("The navy committed four of its frigates to the drill.", {}),
        # a model written with spaces is no count
        ("The drill used destroyers and P 8 I aircraft.", {}),
    ],
)
def test_force_counts_with_longer_gaps(sentence: str, expected: dict) -> None:
    assert find_counts(sentence) == expected
