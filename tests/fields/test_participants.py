"""Participants: the shapes real reports use for long lists, lead states and observers.

Sentences written for these tests; each names countries in one of the shapes the real-news
development set showed the detector missing or mistaking.
"""

from __future__ import annotations

import pytest
from participant_reading import participants

from extractors.exercise import detect
from extractors.exercise.participants import CountryEvidence, read_sentence


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
        ("Chile-Peru kick off four-day Harbour Shield naval exercise", {"CL", "PE"}),
        ("Ghana and Togo kickstarted a two-week military exercise near Accra.", {"GH", "TG"}),
        (
            "The drills involve 900 personnel, including from the Royal Danish Navy and the"
            " Royal Norwegian Navy.",
            {"DK", "NO"},
        ),
        (
            "Another 40 personnel will be coming from the Chilean Navy for the exercise.",
            {"CL"},
        ),
        ("Norway and Denmark will also be represented by air defence units.", {"NO", "DK"}),
        (
            "Along with Chile, other countries joining include Peru, Ecuador and Colombia.",
            {"CL", "PE", "EC", "CO"},
        ),
        (
            "Participating nations included Chile and Peru, as well as Ecuador and Colombia.",
            {"CL", "PE", "EC", "CO"},
        ),
        (
            "The ships are from Chile (the frigate Lynch), Peru (a corvette) and Ecuador.",
            {"CL", "PE", "EC"},
        ),
        (
            "Troops from Peru and Chile are also among the participants, the command said, while"
            " military planners from Bolivia were invited as observers.",
            {"PE", "CL"},
        ),
        (
            "The drill has attracted military forces from the 15 CARICOM Member States, Dominica,"
            " St Kitts and Nevis and St. Vincent and the Grenadines.",
            {"DM", "KN", "VC"},
        ),
        (
            "Also participating in the drill are military and civilian officials from Guyana and"
            " Suriname.",
            {"GY", "SR"},
        ),
        (
            "Taking part are four Andean republics - Peru, Bolivia, Ecuador and Colombia, while"
            " Venezuela is absent.",
            {"PE", "BO", "EC", "CO"},
        ),
        (
            "Support comes from 8 countries in the Combined Planning Augmentation Cell, namely"
            " Ghana, Togo and Benin.",
            {"GH", "TG", "BJ"},
        ),
        (
            "Forty aircraft from five countries flew in Desert Gale, including from Oman, Qatar"
            " and Kuwait.",
            {"OM", "QA", "KW"},
        ),
        (
            "Some 60 personnel will be coming from the Chilean Navy, along with another 40 from"
            " the Peruvian Navy.",
            {"CL", "PE"},
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
        ("Military delegations from Ghana and Togo observed the exercise.", set()),
        ("Peru, Bolivia and Ecuador will take part in the drills as observer states.", set()),
        ("The Navy of Cyprus took part in the exercise, under observer status.", set()),
        (
            "Officers from Kenya, Ghana and Benin will participate through the international"
            " observer programme.",
            set(),
        ),
        (
            "The drills mark the first observational involvement of ten officers from Peru.",
            set(),
        ),
        ("The allies held the naval exercise without US participation.", set()),
        ("Germany, Spain, and Italy took part in the drills as observers.", set()),
        ("Exercises commenced in the region, with Armenia opting out of participation.", set()),
        (
            "The drill, held amid North Korea's ICBM test launches and Russia-North Korea"
            " military ties, began on Monday.",
            set(),
        ),
        ("The drills focus sharply on countering China's military playbook.", set()),
        (
            "A spokesperson said the American contingent came from a brigade deployed to Oman.",
            {"US"},
        ),
        ("Ruritania sent a small delegation to the distinguished visitors' day.", set()),
        (
            "Military contingents from Ghana, Togo and Benin have been invited to participate.",
            set(),
        ),
        ("The Norwegian frigate collided with a Maltese-flagged tanker after the drill.", {"NO"}),
        (
            "The drills also host personnel from around 40 government agencies from Denmark and"
            " Norway.",
            set(),
        ),
        ("The drills are notable for the absence of American participation.", set()),
        (
            "For several years, Chile and Peru carried out naval drills with Ecuador, but the"
            " talks broke down.",
            set(),
        ),
        ("Greece took part in the drills instead of Turkey.", {"GR"}),
        ("Sea Shield, which replaced joint drills with Turkey, opened on Monday.", set()),
        (
            "The Chilean and Peruvian navies will be accompanied by ships from Ecuador.",
            {"CL", "PE", "EC"},
        ),
        ("Officers from Ghana, Benin and Togo will observe the drills.", set()),
        (
            "Troops from Chile joined the drills, while officers from Peru observed the training.",
            {"CL"},
        ),
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
        "Rescuers moved a pod of whales out of a Scottish loch before the NATO Joint Warrior"
        " naval exercise begins next week.",
        "2026-09-05",
    )
    assert hosted.countries == []  # an alliance's drill: its members are not expanded


def test_with_the_participation_of_a_list_while_another_state_observes() -> None:
    m = detect(
        "Turkey hosts international air drills",
        "Turkey hosts the Steppe Falcon air exercise at Konya. The training programme between"
        " June 3 and June 14 is carried out with the participation of Turkey, Italy, Jordan,"
        " Qatar and the United States, while Azerbaijan attends as an observer.",
        "2027-06-05",
    )
    assert m.countries == ["IT", "JO", "QA", "TR", "US"]


def test_soldiers_and_observers_from_countries_namely_a_list_take_part() -> None:
    m = detect(
        "",
        "Tunisia will host the naval exercise Sea Crescent 27 from November 4 to 15, with the"
        " participation of about 1,000 soldiers and observers representing nine friendly"
        " countries, namely Algeria, Belgium, Italy, Libya, Malta, Morocco, Senegal, Turkey and"
        " the United States.",
        "2027-10-30",
    )
    assert set(m.countries) >= {"DZ", "BE", "IT", "LY", "MT", "MA", "SN", "TR", "US"}


def test_head_counts_between_the_countries_of_a_list() -> None:
    m = detect(
        "",
        "Over 2,500 troops will take part in the two-week Amber Partner drills, including 900"
        " Georgian and 1,400 US military personnel.",
        "2027-08-01",
    )
    assert m.countries == ["GE", "US"]


def test_a_list_broken_across_hard_wrapped_lines_is_one_list() -> None:
    m = detect(
        "",
        "The defence minister said that the country will host large-scale army exercises with"
        " the participation\nof five countries - Kazakhstan, Azerbaijan, Kyrgyzstan, Tajikistan\n"
        "and Uzbekistan, the agency reports.",
        "2027-03-01",
    )
    assert m.countries == ["AZ", "KG", "KZ", "TJ", "UZ"]


def test_troops_from_a_list_later_in_the_story_take_part() -> None:
    m = detect(
        "Guard units begin two-week exercise in northern Michigan",
        "Northern Anvil 27, a two-week National Guard exercise, began on Monday at Camp Grayling"
        " with about 6,000 soldiers. Aircraft will fly over the lakes during the first week."
        " Range control said roads near the camp stay open. Local motels are fully booked, the"
        " mayor said. Shops on Main Street expect a busy month. Troops from the United Kingdom,"
        " Latvia and Liberia also will be part of the scenarios.",
        "2027-08-03",
    )
    assert {"GB", "LV", "LR"} <= set(m.countries)


def test_timor_leste_without_a_hyphen_is_a_country() -> None:
    m = detect(
        "",
        "The Southern Kea exercise will involve military personnel from Australia, Fiji, Tonga,"
        " Timor Leste, the UK and the US.",
        "2027-10-20",
    )
    assert {"TL", "GB", "US"} <= set(m.countries)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The exercise brings together soldiers from the Romanian Navy and other services, as"
            " well as from Bulgaria, Belgium and France.",
            {"BG", "BE", "FR"},
        ),
        (
            "Troops and military equipment from Bulgaria, Georgia, Greece and Poland are involved.",
            {"BG", "GE", "GR", "PL"},
        ),
        (
            "The Philippines and the United States, along with (Australia, Canada and Japan),"
            " officially began naval exercise Kasama.",
            {"AU", "CA", "JP"},
        ),
        (
            "Sailors from Australia, Malaysia, Papua New Guinea Singapore and Tonga joined the"
            " exercise.",
            {"AU", "MY", "PG", "SG", "TO"},
        ),
        (
            "Exercise Dostana opened between the Indian Army and the Maldives National Defence"
            " Force.",
            {"IN", "MV"},
        ),
        (
            "Norwegian F-16s, Swedish JAS-39 Gripens and Finnish F/A-18 Hornets trained in the"
            " exercise.",
            {"NO", "SE", "FI"},
        ),
    ],
)
def test_more_list_shapes_from_real_reports(sentence: str, expected: set[str]) -> None:
    assert expected <= participants(sentence)


def test_counted_troops_in_a_later_sentence_take_part() -> None:
    m = detect(
        "Allied paratroopers jump into Poland",
        "Airborne units began the Sky Gate 27 exercise in Poland on Monday. About 120 British and"
        " 160 French paratroopers jumped from a transport plane.",
        "2027-06-15",
    )
    assert {"GB", "FR"} <= set(m.countries)


def test_a_few_troops_from_other_countries_take_part() -> None:
    m = detect(
        "",
        "Exercise Timber Shield got under way on April 27. It was scaled back this year to about"
        " 2,500 Canadian soldiers and a few from the United States and the United Kingdom.",
        "2027-05-02",
    )
    assert m.countries == ["CA", "GB", "US"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The air forces of India and the US hold the exercise, and Japan will participate as"
            ' an "observer".',
            {"IN", "US"},
        ),
        (
            "The exercise with Indian and American crews also included Japanese aircrew, who"
            " participated in the capacity of observers.",
            {"IN", "US"},
        ),
        (
            "Indian and Australian warships began the drill, and 20 personnel from New Zealand"
            " would also be witnessing the exercises.",
            {"IN", "AU"},
        ),
    ],
)
def test_observers_in_more_words_do_not_take_part(sentence: str, expected: set[str]) -> None:
    assert participants(sentence) == expected


def test_past_participants_are_not_this_years() -> None:
    assert (
        participants(
            "In addition to the host, past participants of the exercise have included Canada,"
            " Egypt, France and Italy."
        )
        == set()
    )


def test_countries_either_side_of_an_enclave_are_not_paired() -> None:
    sentence = (
        "Russian troops held war games with simulated missile launches in the enclave located"
        " between Poland and Lithuania."
    )
    assert participants(sentence) == {"RU"}


def test_where_troops_departed_for_is_not_a_participant() -> None:
    sentence = (
        "Kyrgyz servicemen have departed for Belarus to take part in the Joint Resolve 2027"
        " exercises."
    )
    assert participants(sentence) == {"KG"}


def test_the_other_side_represented_by_a_unit_takes_part() -> None:
    assert participants("The Mongolian side will be represented by a unit of 150 soldiers.") == {
        "MN"
    }


def test_a_name_that_is_no_state_does_not_end_a_long_list() -> None:
    sentence = (
        "China, Pakistan, Russia, Kazakhstan, Armenia, Abkhazia, South Ossetia, Azerbaijan and"
        " Turkmenistan are set to take part in the Steppe Shield 2027 exercise."
    )
    assert participants(sentence) == {"CN", "PK", "RU", "KZ", "AM", "AZ", "TM"}


def test_a_speaker_after_a_list_is_not_skipped_into_it() -> None:
    sentence = "Russia, China and Iran will hold naval drills next week, Moscow said."
    assert participants(sentence) == {"RU", "CN", "IR"}


def test_an_overseas_territory_is_no_participant() -> None:
    assert participants(
        "The exercise will involve military personnel from Fiji, New Caledonia and Tonga."
    ) == {"FJ", "TO"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Brazil, Colombia, and Peru, will be providing troops and logistics to the exercise.",
            {"BR", "CO", "PE"},
        ),
        (
            "Among the vessels setting off for the exercise were the German corvette Magdeburg and"
            " the French minesweeper Vulcain.",
            {"DE", "FR"},
        ),
        ("The drills are held under the leadership of Norway.", {"NO"}),
        (
            "The participating aircraft in the exercise include U.S. F-35s and German Tornados.",
            {"US", "DE"},
        ),
    ],
)
def test_subjects_ships_and_leads_in_more_words(sentence: str, expected: set[str]) -> None:
    assert participants(sentence) == expected


def test_countries_sent_invitations_are_not_participants() -> None:
    # FIELDS.md: a state that is only invited does not take part; here the drill is off.
    m = detect(
        "Navy postpones drill",
        "The Chilean navy has postponed its Blue Harbour 2026 exercise over the flu outbreak."
        " The countries to which invitations had been sent include Peru, Ecuador, Colombia and"
        " Panama.",
        "2026-03-03",
    )
    assert m.countries == ["CL"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Ruritanian leader guided an artillery firing drill by the Ruritanian army on"
            " Thursday. The drill involved units that are within firing range of Seoul, the South"
            " Korean capital, state media said.",
            "KR",
        ),
        (
            "The navy held live-fire drills off the Ruritanian coast on Monday. Local reports"
            " suggest the exercises followed the passage of U.S. and Canadian warships through the"
            " strait.",
            "CA",
        ),
    ],
)
def test_a_target_in_range_or_a_passage_that_set_it_off_is_no_participant(
    text: str, absent: str
) -> None:
    mention = detect("", text, "2031-03-08")
    assert mention.is_exercise
    assert absent not in mention.countries


def test_support_beside_a_list_and_states_represented_take_part() -> None:
    def outside(sentence: str) -> set[str]:
        ev = CountryEvidence()
        read_sentence(sentence, ev, exercise_sentence=False)
        return set(ev.participants)

    # a line next to the exercise sentence, not the exercise sentence itself
    assert outside(
        "The task force drew soldiers from Spain, Italy and Greece, with support from Portugal"
        " and Norway."
    ) == {"ES", "IT", "GR", "PT", "NO"}
    # support with no list of participants beside it is no participation
    assert outside("The ministry thanked the city with support from Portugal.") == set()
    assert {"EE", "FI"} <= outside("Estonia and Finland will also be represented at the drills.")
    assert {"CL", "PE"} <= outside("Also part of the exercise are Chile and Peru.")


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("The frigate HMCS Ottawa joined the exercise off Hawaii.", "CA"),
        ("BRP Antonio Luna joined the exercise in the Sulu Sea.", "PH"),
        ("TCG Kemalreis took part in the exercise.", "TR"),
        ("HNLMS Tromp joined the exercise in the North Sea.", "NL"),
    ],
)
def test_a_warship_prefix_names_its_navy(sentence: str, code: str) -> None:
    assert code in participants(sentence)


def test_a_list_with_each_navy_s_ship_in_brackets_is_one_list() -> None:
    assert {"AU", "CA", "FR", "TR", "NL"} <= participants(
        "The ships taking part are from Australia, Canada (the frigate HMCS Ottawa), France"
        " (a patrol vessel), Turkey (the frigate TCG Kemalreis) and the Netherlands."
    )


def test_a_sentence_of_thousands_of_names_is_read_in_its_first_part() -> None:
    # a hostile page: one sentence naming states thousands of times stays cheap to read
    names = ", ".join(["Portugal", "Norway", "France"] * 1500)
    found = participants(
        f"Troops from Spain, Italy and Greece, with support from {names}, drilled."
    )
    assert {"ES", "IT", "GR", "PT", "NO", "FR"} <= found
