"""Participants, host and locations: places and context countries are not participants."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.exercise import detect
from extractors.exercise.participants import town_host

PUB = dt.date(2024, 5, 20)


def countries(title: str, text: str) -> list[str]:
    m = detect(title, text, PUB)
    assert m.is_exercise, (title, m.score)
    return m.countries


@pytest.mark.parametrize(
    "sea",
    [
        "Sea of Japan",
        "East China Sea",
        "South China Sea",
        "Gulf of Mexico",
        "Philippine Sea",
        "Arabian Sea",
        "Indian Ocean",
        "Gulf of Oman",
        "Korea Strait",
        "Taiwan Strait",
    ],
)
def test_seas_named_after_countries_are_locations_not_participants(sea: str) -> None:
    m = detect(
        "Navy holds drills",
        f"Australian warships held naval drills in the {sea} on Tuesday, the navy said.",
        PUB,
    )
    assert m.is_exercise
    assert m.countries == ["AU"]
    seas = [loc for loc in m.locations if loc["sea"]]
    assert seas and seas[0]["name"] == sea and seas[0]["country"] is None


def test_korean_peninsula_is_an_area_not_a_participant() -> None:
    m = detect(
        "US bombers fly in drills",
        "American bombers flew over the Korean Peninsula during air drills on Monday.",
        PUB,
    )
    assert m.countries == ["US"]
    assert any(loc["name"] == "Korean Peninsula" and not loc["sea"] for loc in m.locations)


def test_context_countries_are_not_participants() -> None:
    title = "Russia to stage large war games with Asian and Latin American partners"
    text = (
        "Russia said on Thursday it will hold large military exercises next month together "
        "with troops from China, India, Laos, Mongolia, Nicaragua and Syria. "
        "The drills come as Moscow faces Western sanctions led by the United States over its war "
        "in Ukraine. "
        "Beijing has refused to condemn the war in Ukraine, and tensions over Taiwan remain high. "
        "The exercise will involve about 30,000 troops in the Far East and ships in the Sea of "
        "Japan, the defence ministry said."
    )
    got = countries(title, text)
    assert got == ["CN", "IN", "LA", "MN", "NI", "RU", "SY"]
    m = detect(title, text, PUB)
    assert m.host == "RU"


def test_taiwan_is_a_participant_only_when_its_forces_take_part() -> None:
    assert countries(
        "China stages drills around Taiwan",
        "China's military staged large-scale drills around Taiwan on Saturday, sending "
        "warships and jets close to the island.",
    ) == ["CN"]
    assert countries(
        "Taiwan holds annual Han Kuang exercise",
        "Taiwan's armed forces began the annual Han Kuang exercise on Monday, rehearsing how "
        "to repel a landing.",
    ) == ["TW"]


@pytest.mark.parametrize(
    "phrase,code",
    [
        ("Moscow's forces", "RU"),
        ("The Kremlin's troops", "RU"),
        ("Beijing's navy", "CN"),
        ("The PLA", "CN"),
        ("The PLA Navy", "CN"),
        ("Chinese soldiers", "CN"),
        ("The Pentagon's forces", "US"),
        ("US Marines", "US"),
        ("Seoul's troops", "KR"),
        ("Pyongyang's army", "KP"),
        ("The Indian Navy", "IN"),
        ("Japan Self-Defense Forces", "JP"),
        ("The Royal Navy", "GB"),
        ("Taiwanese troops", "TW"),
    ],
)
def test_metonyms_and_demonyms_resolve(phrase: str, code: str) -> None:
    got = countries("Forces hold exercise", f"{phrase} held a live-fire exercise on Monday.")
    assert got == [code]


def test_alliances_are_not_expanded() -> None:
    m = detect(
        "NATO drills begin in the Baltic",
        "NATO warships began naval drills in the Baltic Sea on Monday, the alliance said.",
        PUB,
    )
    assert m.is_exercise and m.countries == []


def test_observers_are_not_participants() -> None:
    got = countries(
        "Belarus hosts war games watched by foreign observers",
        "Belarus hosted large war games with Russian troops on Friday, and military observers "
        "from Turkey and India watched the drills.",
    )
    assert got == ["BY", "RU"]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The navies of France, Italy and Greece held a joint exercise on Monday.",
            ["FR", "GR", "IT"],
        ),
        ("India and Indonesia began a joint naval exercise on Monday.", ["ID", "IN"]),
        ("The India-France air exercise began on Monday.", ["FR", "IN"]),
        (
            "Britain will send 800 troops to the exercise, joined by units from Norway.",
            ["GB", "NO"],
        ),
        (
            "Participating countries include Egypt, Jordan and Saudi Arabia, officials said of "
            "the drills.",
            ["EG", "JO", "SA"],
        ),
        (
            "The Australian Army held drills jointly with forces from Fiji and Tonga.",
            ["AU", "FJ", "TO"],
        ),
    ],
)
def test_participation_shapes(text: str, expected: list[str]) -> None:
    assert countries("Military exercise", text) == expected


def test_host_from_location_and_host_verb() -> None:
    m = detect(
        "Joint exercise opens in Egypt",
        "US and Egyptian troops opened a joint exercise at a base in Egypt on Sunday.",
        PUB,
    )
    assert m.host == "EG"
    assert m.countries == ["EG", "US"]
    m = detect(
        "South Africa hosts naval drills",
        "South Africa is hosting naval drills with ships from Russia and China this week.",
        PUB,
    )
    assert m.host == "ZA"
    assert m.countries == ["CN", "RU", "ZA"]


def test_people_reacting_in_a_capital_do_not_make_it_the_host() -> None:
    m = detect(
        "Kazakhstan and Uzbekistan begin joint drills",
        "Kazakhstan and Uzbekistan began a joint tactical exercise on Monday. Diplomats in "
        "Beijing said they were following the drills. Analysts in Moscow called them routine.",
        PUB,
    )
    assert m.host is None
    assert m.countries == ["KZ", "UZ"]


def test_a_russian_military_district_places_the_exercise_in_russia() -> None:
    m = detect(
        "Russia and Mongolia begin Selenga drills",
        "Russian and Mongolian troops began the Selenga exercise on Monday at ranges in the "
        "Central Military District, the defence ministry said.",
        PUB,
    )
    assert m.host == "RU"


def test_kind_follows_participant_count() -> None:
    assert detect("Drills", "The Indian Army held a field exercise on Monday.", PUB).kind == (
        "national"
    )
    assert (
        detect("Drills", "India and Japan held a joint air exercise on Monday.", PUB).kind
        == "bilateral"
    )
    assert (
        detect(
            "Drills", "The navies of India, Japan and Australia held drills on Monday.", PUB
        ).kind
        == "multilateral"
    )


@pytest.mark.parametrize(
    "title,text,expected",
    [
        # a supplier is not a participant
        (
            "Army fires new rockets in drill",
            "Taiwan's army carried out live-fire drills with US-made rocket launchers on Monday.",
            ["TW"],
        ),
        # countries that watch, shadow or condemn are not participants
        (
            "Allies hold naval drills",
            "Japanese and Philippine warships held naval drills on Monday, and Chinese coast guard "
            "ships shadowed them.",
            ["JP", "PH"],
        ),
        (
            "Two armies wrap up drills",
            "Indian and US soldiers wrapped up their joint exercise on Friday. China's foreign "
            "ministry said the drills violated border agreements.",
            ["IN", "US"],
        ),
        # a country that pulls out or stays away is not a participant
        (
            "Large drills begin",
            "Troops from Russia, Belarus and Kazakhstan began the exercise on Monday. Armenia will "
            "not send a contingent.",
            ["BY", "KZ", "RU"],
        ),
        # the speaker owns the forces it describes
        (
            "Artillery drill near border",
            "North Korea said its artillery units staged a firing drill near the sea border on "
            "Friday.",
            ["KP"],
        ),
        # contributors named in a following sentence without an exercise word
        (
            "Navies gather for exercise",
            "Ships from about 20 nations began a naval exercise off Darwin on Monday. "
            "India has sent a patrol aircraft, while the Japanese and Indonesian navies "
            "each contributed a warship.",
            ["ID", "IN", "JP"],
        ),
    ],
)
def test_context_roles_are_told_apart(title: str, text: str, expected: list[str]) -> None:
    assert countries(title, text) == expected


# --- towns the gazetteer does not list (GeoNames, for the host only) ------------------------
def test_a_port_places_the_exercise_in_the_participant_that_has_it() -> None:
    # Cartagena is a port in Colombia, Chile and Spain; only Colombia takes part here.
    m = detect(
        "Colombian and Peruvian navies drill off Cartagena",
        "Colombian and Peruvian frigates began a joint anti-submarine exercise off Cartagena "
        "on Monday, the Colombian navy said.",
        PUB,
    )
    assert m.countries == ["CO", "PE"]
    assert m.host == "CO"


def test_towns_never_decide_from_speakers_names_or_shared_names() -> None:
    assert town_host(["Officials in Mombasa said the drills went well."], ["KE", "US"]) is None
    assert (
        town_host(
            ["Troops took part in Aurora 24 across the country."], ["SE", "US"], ["Aurora 24"]
        )
        is None
    )
    # Victoria: towns in Canada and the United States, both taking part
    assert town_host(["Ships gathered off Victoria for the drills."], ["CA", "US"]) is None
    assert town_host(["Ships gathered off Victoria for the drills."], ["CA", "JP"]) == (
        "CA",
        "Ships gathered off Victoria for the drills.",
    )
    assert town_host(["Ships gathered off Atlantis."], ["CA"]) is None


# --- participants told after the exercise sentence ----------------------------------------
def test_participants_in_the_sentences_that_continue_the_story() -> None:
    m = detect(
        "Gulf of Guinea navies begin Grand African Nemo",
        "Navies of West Africa began the Grand African Nemo exercise on Monday off Abidjan. "
        "Ghana, Benin and Cote d'Ivoire provided patrol boats, the organisers said. "
        "Norway, Denmark and Portugal have confirmed units for the second week. "
        "Spanish and Italian crews, who are based at Dakar this year, are training alongside "
        "the African sailors.",
        PUB,
    )
    assert m.countries == ["BJ", "CI", "DK", "ES", "GH", "IT", "NO", "PT"]


def test_speakers_critics_and_nouns_are_not_participants() -> None:
    m = detect(
        "Baltic allies open Spring Storm drills",
        "Estonian and Latvian troops opened the Spring Storm exercise on Monday, field drills "
        "that Russia regularly calls a rehearsal for aggression. Officials in Moscow said the "
        "exercise was a provocation. The drills drew comment in Washington, where a spokesman "
        "said the United States was committed to security in the region.",
        PUB,
    )
    assert m.countries == ["EE", "LV"]


def test_lists_in_apposition_and_among_them() -> None:
    m = detect(
        "Trilateral drills in the Arabian Sea",
        "Frigates of the three partner navies, Oman, India and France, began the Varuna Gulf "
        "exercise in the Arabian Sea on Sunday.",
        PUB,
    )
    assert m.countries == ["FR", "IN", "OM"]
    m = detect(
        "Nordic Shield ends",
        "The Nordic Shield exercise ended on Friday after 9,000 troops from eight allied "
        "countries, among them Denmark and Iceland, trained in the Swedish north.",
        PUB,
    )
    assert {"DK", "IS"} <= set(m.countries)


def test_what_others_did_in_recent_years_is_context() -> None:
    m = detect(
        "Australia and Japan open Southern Jackaroo",
        "Australian and Japanese troops opened the Southern Jackaroo exercise on Monday near "
        "Darwin. Its naval phase crosses waters where Chinese and Russian ships have "
        "sailed together in recent years.",
        PUB,
    )
    assert m.countries == ["AU", "JP"]


def test_georgia_after_a_us_base_or_town_is_the_us_state() -> None:
    from extractors.exercise.gazetteer import find_places

    def codes(s: str) -> list[str | None]:
        return [p.code for p in find_places(s) if p.text == "Georgia"]

    assert codes("The wing flew in from Moody AFB, Georgia, on Monday.") == ["US"]
    assert codes("The drill ended on Friday in Savannah, Georgia.") == ["US"]
    assert codes("Troops from Armenia, Georgia and Azerbaijan took part.") == ["GE"]
    assert codes("The ministry in Tbilisi, Georgia, said.") == ["GE"]
