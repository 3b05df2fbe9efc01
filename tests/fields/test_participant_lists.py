"""Long lists of taking-part countries, in the shapes real reports use for them.

Multinational drills name their participants in one long list; a list cut short drops every
country after the break, so each shape here is one way reports break a list.
"""

from __future__ import annotations

import pytest

from extractors.exercise import detect
from extractors.exercise.participants import CountryEvidence, read_sentence


def participants(sentence: str) -> set[str]:
    ev = CountryEvidence()
    read_sentence(sentence, ev, True)
    return set(ev.participants) - ev.observers


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            # an abbreviation in brackets after one item
            "Medical teams from Kenya, the Democratic Republic of the Congo (DRC), Uganda and"
            " Rwanda are in Kigali for the drill.",
            {"KE", "CD", "UG", "RW"},
        ),
        (
            # air wings and air arms are forces too
            "The regional air forces, air arms and air wings from Ghana, Togo, Benin and Niger"
            " are conducting the drills from 3 to 9 May.",
            {"GH", "TG", "BJ", "NE"},
        ),
        (
            # "but also from" continues a list like "as well as from"
            "The drill drew units from our own army but also from Chile, Peru and Uruguay.",
            {"CL", "PE", "UY"},
        ),
        (
            # representation from a list of allies
            "This edition included representation from the allies Norway, Poland and Spain.",
            {"NO", "PL", "ES"},
        ),
        (
            # "in addition to" the first states, the rest of the list
            "In addition to Egypt and Greece, participants include Cyprus, Jordan and Italy.",
            {"EG", "GR", "CY", "JO", "IT"},
        ),
        (
            # officials of a list of states gathered to take part
            "Military and civilian officials from Fiji, Samoa, Tonga and Vanuatu gathered in"
            " Suva to participate in the annual relief exercise.",
            {"FJ", "WS", "TO", "VU"},
        ),
    ],
)
def test_long_lists_are_read_to_the_end(sentence: str, expected: set[str]) -> None:
    assert expected <= participants(sentence)


def test_observer_status_granted_to_a_state_makes_only_that_state_an_observer() -> None:
    found = participants(
        "Taking part were Ghana, Togo and Benin with observer status granted to Niger."
    )
    assert {"GH", "TG", "BJ"} <= found
    assert "NE" not in found


def test_officials_speaking_from_a_country_are_still_not_participants() -> None:
    assert participants("Officials from Norway said the exercise would go ahead.") == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            # navies named with their royal prefix and own force names
            "The drill included forces from Royal Thai Navy, Italian Navy, Japan Maritime"
            " Self-Defense Force, Royal Netherlands Navy and Royal Danish Navy.",
            {"TH", "IT", "JP", "NL", "DK"},
        ),
        (
            # a bracketed aside after one item
            "The exercise brings together sailors from Chile, Peru, the US (two cutters and a"
            " patrol plane) and Mexico.",
            {"CL", "PE", "US", "MX"},
        ),
        (
            # a list set off by dashes
            "A group of partner nations – Fiji, Tonga, Samoa and Vanuatu – joined the drill.",
            {"FJ", "TO", "WS", "VU"},
        ),
        (
            # partners who "are from" a country
            "This year's foreign partners are from Slovakia and Hungary.",
            {"SK", "HU"},
        ),
    ],
)
def test_lists_of_forces_asides_and_dashes(sentence: str, expected: set[str]) -> None:
    assert expected <= participants(sentence)


def test_a_list_of_navies_is_read_to_the_end_in_a_follow_up_sentence() -> None:
    ev = CountryEvidence()
    read_sentence(
        "The drill included forces from Royal Thai Navy, Italian Navy, Japan Maritime"
        " Self-Defense Force, Royal Netherlands Navy and Royal Danish Navy.",
        ev,
        exercise_sentence=False,
    )
    assert {"TH", "IT", "JP", "NL", "DK"} <= set(ev.participants)


def test_a_link_to_another_story_adds_none_of_its_countries() -> None:
    from extractors.exercise import detect

    m = detect(
        "",
        "Ghanaian and Togolese sailors began the Gulf Guard exercise off Lome on Monday.\n"
        "Also read: Nigerian and Beninese navies hold a drill of their own\n"
        "RELATED: Senegal plans a coastal exercise\n"
        "The drill runs until Friday.",
        "2027-03-09",
    )
    assert set(m.countries) == {"GH", "TG"}


def test_us_services_named_without_the_country_make_the_us_a_participant() -> None:
    m = detect(
        "",
        "Reserve Marines with Marine Forces Reserve fired mortars at range 400 during "
        "Integrated Training Exercise 3-26 aboard the combat centre in the desert. The "
        "exercise readies reserve units for deployment.",
        None,
    )
    assert m.countries == ["US"]
    m = detect(
        "",
        "Pacific Air Forces announced Wednesday that the spring Red Flag-Alaska exercise has "
        "been cancelled. The exercise was due to run from April 30 to May 15.",
        "2026-03-19",
    )
    assert m.countries == ["US"]


def test_another_states_service_of_the_same_name_is_not_the_us() -> None:
    from extractors.exercise.gazetteer import find_places

    codes = [p.code for p in find_places("the ROK Marine Expeditionary Unit landed")]
    assert "US" not in codes
    m = detect(
        "Marines fire artillery near the border islands",
        "The Marine Corps on Wednesday held a live-fire exercise on islands near the western "
        "inter-Korean maritime border, firing 170 rounds from K9 howitzers.",
        "2026-06-10",
    )
    assert "US" not in m.countries


def test_the_series_other_partners_after_one_of_n_phases_with_are_not_listed() -> None:
    found = participants(
        "Sailors from the United States will take part in Coral Anchor Fiji, the first of "
        "seven bilateral exercise phases with the armed forces of Tonga, Samoa, Vanuatu and "
        "Papua New Guinea."
    )
    assert not found & {"TO", "WS", "VU", "PG"}


def test_an_exercise_the_drill_comes_before_is_another_exercise() -> None:
    found = participants(
        "The exercise comes before joint Egypt/Greece/Cyprus naval manoeuvres planned for "
        "the spring."
    )
    assert not found & {"EG", "GR", "CY"}


def test_a_line_after_the_exercise_that_lists_who_takes_part_is_read_plainly() -> None:
    m = detect(
        "Air forces gather for Exercise Iron Prairie",
        "Exercise Iron Prairie opened at the air base on Monday with crews from five nations. "
        "Those participating include: the United States Air Force, the Ohio Air National "
        "Guard, the Royal Air Force, the Italian Air Force and the Dutch Army.",
        "2026-05-04",
    )
    assert {"US", "GB", "IT", "NL"} <= set(m.countries)


def test_forces_told_training_together_after_the_exercise_sentence_take_part() -> None:
    m = detect(
        "Sixty aircraft train together in Exercise Polar Lance",
        "The first Exercise Polar Lance, with more than 60 aircraft from five nations, began "
        "on Monday over the north. Danish F-16s, Swedish Gripens and Finnish Hornets took to "
        "the skies with U.S. Air Force F-15Es to train in a combined environment.",
        "2026-05-26",
    )
    assert {"DK", "SE", "FI", "US"} <= set(m.countries)


def test_also_from_after_a_comma_continues_the_participants() -> None:
    found = participants(
        "The exercise will involve 4,000 participants from Latvia and seven other allies: "
        "apart from the battle group's own nations, also from the United States, Spain, "
        "Slovakia and Albania."
    )
    assert {"LV", "US", "ES", "SK", "AL"} <= found


def test_what_comes_from_a_country_and_will_take_part_makes_it_a_participant() -> None:
    found = participants(
        "Japan will deploy some 90 aircraft, the U.S. will send 60 warplanes and a tanker "
        "from Canada will also take part in the air exercise."
    )
    assert {"JP", "US", "CA"} <= found


def test_a_line_that_puts_the_drills_under_a_states_leadership_names_a_participant() -> None:
    m = detect(
        "",
        "On Monday a large-scale military exercise, Arctic Ember 26, involving 15,000 troops "
        "from nine countries, begins in the north of Sweden and Finland. They are being held "
        "under the leadership of Denmark.",
        "2026-03-02",
    )
    assert "DK" in m.countries


def test_troops_counted_by_nationality_in_the_head_of_the_story_take_part() -> None:
    m = detect(
        "Paratroopers jump into Exercise Falcon Leap",
        "Exercise Falcon Leap opened over the Dutch heath on Monday with a mass parachute drop. "
        "The commander praised the crews. The weather held until noon. Crowds gathered by the "
        "road. Local cafes stayed open late. Approximately 140 Dutch and 150 Polish "
        "paratroopers jumped from a C-130.",
        "2026-09-14",
    )
    assert {"NL", "PL"} <= set(m.countries)


def test_a_meanwhile_line_about_more_contingents_is_this_exercise() -> None:
    m = detect(
        "",
        "The navies of Chile and Peru opened the Harbour Shield exercise off Callao on Monday."
        " Around 1,200 sailors from the Chilean Navy are taking part in Harbour Shield."
        " Meanwhile, 60 personnel will be coming from the Ecuadorian Navy.",
        "2026-05-06",
    )
    assert "EC" in m.countries


def test_a_sentence_with_the_short_form_of_the_name_lists_who_takes_part() -> None:
    m = detect(
        "",
        "Navies of Chile and Peru opened the Harbour Gale 2026 (HG26) naval exercise off Callao"
        " on Monday. In"
        " Callao alone, partners such as Ecuador and Colombia will combine forces with Peru"
        " during HG26.",
        "2026-05-06",
    )
    assert {"EC", "CO"} <= set(m.countries)


def test_a_roll_of_forces_by_nationality_and_aircraft_names_who_took_part() -> None:
    text = (
        "Ruritania hosted the Frisian Arrow 2031 air exercise at Leeuwarden. For two weeks"
        " Finnish F/A-18 Hornets, German EF2000 Typhoons, Greek F-16s, Swedish JAS-39 Gripens"
        " and American and Dutch F-35s called Leeuwarden home."
    )
    assert set(detect("", text, "2031-04-01").countries) >= {"FI", "DE", "GR", "SE", "US", "NL"}


def test_the_participating_aircraft_include_a_list() -> None:
    text = (
        "The Frisian Arrow 2031 air exercise began at Leeuwarden on Monday. The participating"
        " aircraft include U.S. F-35s, German Tornados and Belgian F-16s."
    )
    assert set(detect("", text, "2031-04-01").countries) >= {"US", "DE", "BE"}


def test_forces_that_shadow_the_drill_are_no_roll() -> None:
    text = (
        "The allied Harbour Shield 2031 naval exercise began in the Baltic on Monday. Russian"
        " destroyers, Chinese frigates and Iranian jets shadowed the allied ships."
    )
    assert not {"RU", "CN", "IR"} & set(detect("", text, "2031-06-02").countries)


def test_a_list_that_goes_on_with_plus_takes_part_too() -> None:
    m = detect(
        "Air mobility exercise spans the Pacific",
        "The United States is holding its largest air mobility exercise, Mobility Horizon 26."
        " Also part of the event are America's allies in the intelligence-sharing group -"
        " Australia, Canada, New Zealand and the United Kingdom - plus France and Japan.",
        "2026-07-08",
    )
    assert {"AU", "CA", "NZ", "GB", "FR", "JP"} <= set(m.countries)


def test_a_list_given_after_i_e_is_a_list_of_participants() -> None:
    m = detect(
        "Allies open command post exercise",
        "South Korea and the United States began the Iron Lantern exercise on Monday."
        " Participants include service members from nine member states of the command (i.e.,"
        " Australia, Belgium, Canada, France, Greece, Italy, New Zealand, Thailand, and the"
        " U.S.), each contributing staff officers.",
        "2026-08-18",
    )
    assert {"AU", "BE", "CA", "FR", "GR", "IT", "NZ", "TH"} <= set(m.countries)


def test_these_countries_include_lists_who_takes_part() -> None:
    m = detect(
        "Command exercise draws allied staff",
        "South Korean and US forces began the Iron Lantern exercise on Monday, joined by staff"
        " from several other member states of the command. These countries include Australia,"
        " Belgium, Canada and Colombia.",
        "2026-08-18",
    )
    assert {"AU", "BE", "CA", "CO", "KR", "US"} <= set(m.countries)


def test_a_hyphenated_list_before_a_quoted_name_takes_part() -> None:
    ev = CountryEvidence()
    read_sentence(
        'The fifth China-Iran-Russia "Ocean Belt-2026" naval exercise was held near the port.',
        ev,
        exercise_sentence=True,
    )
    assert {"CN", "IR", "RU"} <= set(ev.participants)
