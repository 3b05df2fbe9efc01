"""Host: where the exercise is held, from the shapes real reports use to say so.

Texts written for these tests; each is a shape the real-news development set showed the
detector missing or mistaking.
"""

from __future__ import annotations

from extractors.exercise import detect


def test_a_host_named_as_such_in_a_later_sentence_counts() -> None:
    m = detect(
        "Allied land exercise to start in June",
        "About 4,000 troops from nine nations will take part in Exercise Amber Shield 26, which"
        " will take place in Estonia, Latvia and Lithuania from June 3 to 14. Latvia, the host"
        " nation for this year's exercise, will open it at the Adazi training area.",
        "2026-05-20",
    )
    assert m.host == "LV"


def test_the_speaker_after_a_hosted_by_list_is_not_a_host() -> None:
    m = detect(
        "Navies gather for anti-submarine drill",
        "Submarines and frigates from seven allied nations gathered in the Ionian Sea for an"
        " anti-submarine exercise hosted by Greece, the US Defense Department announced on"
        " Monday.",
        "2026-03-02",
    )
    assert m.host == "GR"


def test_several_countries_named_for_something_else_do_not_split_the_host() -> None:
    m = detect(
        "Brigade exercise begins in Lithuania",
        "The brigade began its annual field exercise in Lithuania on Monday with about 3,000"
        " soldiers. The allied battle groups stationed in Estonia, Latvia, Lithuania and Poland"
        " remain on their usual duties.",
        "2026-06-08",
    )
    assert m.host == "LT"
    held_across = detect(
        "Allied exercise opens",
        "The allied exercise opened on Monday and will be held in Estonia, Latvia and Lithuania"
        " until June 20.",
        "2026-06-08",
    )
    assert held_across.host is None


def test_a_named_site_then_its_country_places_the_exercise() -> None:
    site_of = detect(
        "Army contingent departs for joint exercise",
        "An army contingent of 100 soldiers left today for the joint exercise with Kenya, which"
        " will be held at the Isiolo Field Training Area of Kenya from March 4 to 17.",
        "2026-03-01",
    )
    assert site_of.host == "KE"
    camp_comma = detect(
        "Joint exercise to open",
        "The two armies of Ghana and Nigeria will open their joint exercise at Camp Tamale in"
        " Northern region, Ghana, on Friday.",
        "2026-03-01",
    )
    assert camp_comma.host == "GH"


def test_a_home_dateline_does_not_place_an_exercise_held_at_a_named_sea() -> None:
    m = detect(
        "Navy drill continues",
        "MUMBAI - The Indian Navy's annual exercise continued in the Arabian Sea on Wednesday"
        " with missile firings by two destroyers.",
        "2026-02-11",
    )
    assert m.countries == ["IN"]
    assert m.host is None


def test_a_base_then_its_country_in_a_caption_places_the_exercise() -> None:
    m = detect(
        "",
        "A US Army sergeant loads ammunition before a range day during Iron Falcon 27 at Camp"
        " Harlow, South Korea, March 4, 2027. Iron Falcon is a yearly combined exercise of the"
        " two allies.",
        "2027-03-05",
    )
    assert m.host == "KR"


def test_off_the_coast_of_a_territory_is_held_there() -> None:
    m = detect(
        "Four navies begin anti-submarine drill",
        "Navies of the US, Japan, Australia and South Korea started the Coral Vanguard maritime"
        " exercise on Tuesday, which is being held off the coast of Guam.",
        "2027-05-11",
    )
    assert m.host == "US"


def test_a_territory_that_hosts_the_exercise_gives_its_country() -> None:
    m = detect(
        "Guam hosts partner nations in Exercise Sea Heron 2027",
        "Patrol aircraft crews from four partner nations began two weeks of anti-submarine"
        " training on Monday.",
        "2027-03-09",
    )
    assert m.host == "US"


def test_an_air_show_in_another_country_does_not_split_the_host() -> None:
    m = detect(
        "Two air forces to hold joint exercise",
        "The air forces of Pakistan and China will hold a joint exercise, Shaheen-IX, at an"
        " airbase in Pakistan from Monday, a spokesman said. The exercise runs until December"
        " 20. Asked about the participation of Pakistani pilots in the air show held early this"
        " month in China, he said they flew well.",
        "2027-11-29",
    )
    assert m.host == "PK"


def test_a_press_conference_in_a_capital_does_not_place_the_exercise() -> None:
    m = detect(
        "Allies start computer-simulated drill",
        "US and British troops began the Amber Gate command post exercise on Monday. A US"
        " colonel described the exercise at a press conference in Seoul, South Korea.",
        "2027-03-08",
    )
    assert m.host is None


def test_in_addition_to_a_country_is_not_a_place() -> None:
    m = detect(
        "Strategic forces drill",
        "US and British bomber crews will take part in the Global Anvil exercise, which tests"
        " nuclear command and control. In addition to US personnel, the exercise will involve"
        " allied staff from Britain.",
        "2027-10-20",
    )
    assert m.host is None


def test_the_town_of_a_base_is_not_a_speaker_after_a_sea() -> None:
    m = detect(
        "Three navies open joint drill",
        "Frigates from the Russian, Chinese and Kenyan navies will conduct gunnery exercises in"
        " the Indian Ocean, Moscow has announced. The trilateral Ocean Wave naval drills opened"
        " in the Kenyan port of Mombasa on Wednesday.",
        "2027-02-18",
    )
    assert m.host == "KE"


def test_a_state_after_a_base_names_its_country_before_a_town_of_that_name() -> None:
    m = detect(
        "Regional naval exercise begins",
        "Sailors from the United States, Colombia and Brazil began the Southern Tide 2027"
        " exercise on Monday with an opening ceremony at Naval Station Mayport, Florida.",
        "2027-09-14",
    )
    assert m.host == "US"


def test_an_officer_briefing_reporters_at_a_base_does_not_place_the_exercise() -> None:
    m = detect(
        "",
        "A retired admiral taking part in the Wide Ocean 2027 exercise talks with reporters at"
        " the Fleet Warfare Center in Norfolk, Virginia, on August 11. The US Navy exercise"
        " spans 22 time zones and several fleets.",
        "2027-08-12",
    )
    assert m.host is None


def test_a_base_named_after_a_countrys_forces_is_in_that_country() -> None:
    m = detect(
        "",
        "Soldiers at Canadian Forces Base Redwater were glad to be back at it as Exercise Timber"
        " Shield got under way with Canadian and American troops.",
        "2027-05-02",
    )
    assert m.host == "CA"


def test_a_region_two_countries_share_does_not_choose_between_them() -> None:
    m = detect(
        "",
        "More than 20,000 Pakistani soldiers began the army's Azm-e-Nau 5 field exercise on"
        " Saturday in the areas of southern Punjab and Sindh.",
        "2027-04-10",
    )
    assert m.host == "PK"


def test_a_command_of_a_country_is_not_a_place_in_it() -> None:
    m = detect(
        "",
        "The annual Desert Lion military drill kicked off in Jordan on Sunday with US troops."
        " The exercise shows our"
        " commitment to partners, said the director of exercises in the US Central Command.",
        "2027-09-06",
    )
    assert m.host == "JO"


def test_on_places_only_as_on_the_island_or_beaches_of() -> None:
    m = detect(
        "",
        "Orient Gate 27 is a field training exercise of the U.S. Army and the Japan Ground"
        " Self-Defense Force that focuses on converging U.S. Army operations with Japanese ones."
        " Marines conduct a landing drill on the beaches of Hyuga, Japan.",
        "2027-09-15",
    )
    assert m.host == "JP"


def test_taking_part_on_behalf_of_a_country_does_not_place_the_exercise() -> None:
    m = detect(
        "Thai, Malaysian navies conclude exercises off Phuket",
        "The Royal Thai Navy concluded a week of joint naval exercises with Malaysia off Phuket"
        " on Thursday. Taking part in the exercises on behalf of Malaysia were two patrol"
        " vessels.",
        "2027-07-21",
    )
    assert m.host == "TH"


def test_a_long_base_name_then_its_state_places_the_exercise() -> None:
    m = detect(
        "",
        "Reserve Marines took part in the Desert Anvil 4-27 combined-arms training exercise"
        " aboard Marine Corps Air Ground Combat Center Twentynine Palms, California, June 9 - 24,"
        " 2027.",
        "2027-06-25",
    )
    assert m.host == "US"


def test_a_citys_strategy_is_not_a_place() -> None:
    m = detect(
        "",
        "Off the shores of Palawan, more than 3,600 troops from Australia and the Philippines are"
        " taking part in the Kasama 27 drills, marking a shift in Canberra's regional strategy.",
        "2027-08-16",
    )
    assert m.host == "PH"


def test_a_possessive_before_a_named_site_is_still_a_place() -> None:
    m = detect(
        "Indian and US armies begin joint exercise Yudh Kavach",
        "Yudh Kavach, the joint military exercise of Indian and US soldiers, has begun at"
        " Rajasthan's Mahajan Field Firing Ranges, the army said.",
        "2027-02-08",
    )
    assert m.host == "IN"


def test_the_list_of_participating_nations_is_not_where_it_is_held() -> None:
    m = detect(
        "",
        "VAZIANI MILITARY BASE, Georgia - Exercise Noble Shield began with an opening ceremony"
        " on July 30. The eight nations participating in Noble Shield are Armenia, Georgia,"
        " Germany, Slovenia, Turkey, Ukraine and the United States.",
        "2027-07-31",
    )
    assert m.host == "GE"


def test_a_countrys_own_waters_are_its() -> None:
    m = detect(
        "Navies of the US, China and Russia to join Indonesian naval drill",
        "Indonesia on Monday will host American, Chinese and Russian navy ships for joint naval"
        " exercises in Indonesian waters to drill responses to disasters.",
        "2027-06-05",
    )
    assert m.host == "ID"


def test_in_the_wake_of_a_visit_places_nothing() -> None:
    m = detect(
        "",
        "The Chinese army will hold live-fire artillery drills at the Fuqing range on Thursday."
        " This drill comes in the wake of Taiwan's vice president's transit through the US.",
        "2027-08-23",
    )
    assert m.host != "TW"


def test_a_command_that_hosts_is_not_where_it_is_held() -> None:
    m = detect(
        "",
        "Last month marked the 41st iteration of Operation Tradewinds, a multinational security"
        " exercise hosted by U.S. Southern Command in the Caribbean nation of Trinidad and"
        " Tobago, with US and Trinidadian troops.",
        "2027-06-20",
    )
    assert m.host == "TT"


def test_within_firing_range_of_a_city_is_no_place() -> None:
    m = detect(
        "North Korea's Kim guides artillery firing drill",
        "North Korean leader Kim guided an artillery firing drill by the Korean People's Army."
        " The drill involved units that are within firing range of Seoul, state media said.",
        "2027-03-08",
    )
    assert m.host != "KR"


def test_a_country_inside_an_exercise_name_is_not_a_place() -> None:
    m = detect(
        "",
        "Warships taking part in the ASEAN India maritime exercise ended the drills without"
        " interference. The exercise is being co-hosted by the Republic of Singapore Navy and the"
        " Indian Navy.",
        "2027-05-09",
    )
    assert m.host != "IN"


def test_a_place_after_in_years_after_is_another_event_not_the_host() -> None:
    m = detect(
        "US, ROK begin largest joint drills in years after North Korea fires missiles",
        "The United States and South Korea began their largest combined air drills in years "
        "on Monday.",
        "2026-12-07",
    )
    assert m.host != "KP"


def test_a_states_strategy_is_no_place() -> None:
    m = detect(
        "",
        "Off the shores of Mindanao, more than 2,000 troops from Japan and the Philippines are "
        "taking part in their largest military drills, marking a shift in Tokyo's "
        "Indo-Pacific security strategy.",
        "2026-08-20",
    )
    assert m.host == "PH"


def test_a_town_written_without_its_accents_places_the_exercise() -> None:
    m = detect(
        "",
        "The navies of Chile and Peru began the Harbour Shield exercise on Monday off "
        "Valparaiso, with 1,200 sailors taking part.",
        "2026-05-06",
    )
    assert m.host == "CL"


def test_one_participants_overseas_drill_is_at_home_for_the_series_host() -> None:
    m = detect(
        "",
        "The Philippines and Australia kicked off Exercise Alon 26 today in Palawan, the largest"
        " overseas military activity of the Australian Defence Force this year. More than 3,000"
        " troops take part.",
        "2026-08-14",
    )
    assert m.host == "PH"


def test_where_people_watch_the_news_of_a_drill_is_not_its_host() -> None:
    m = detect(
        "",
        "Ruritania fired artillery shells near the sea border in a military drill on Saturday."
        " A TV screen shows a file image of the drill during a news program at a railway"
        " station in Seoul, South Korea, Saturday, Jan. 6, 2026.",
        "2026-01-06",
    )
    assert m.host != "KR"


def test_the_country_a_contingent_travels_to_hosts_the_exercise() -> None:
    m = detect(
        "Army contingent leaves for island drill",
        "An Indian Army contingent departed for Gan Island, Maldives to take part in the"
        " fourteen-day joint exercise Coral Sentry with the Maldivian defence force, which is"
        " scheduled from March 2 to 15.",
        "2026-03-01",
    )
    assert m.host == "MV"


def test_a_destination_that_is_a_sea_names_no_host() -> None:
    m = detect(
        "Frigates sail for allied drill",
        "Two Dutch frigates and a Belgian minehunter sailed to the North Sea on Monday to join"
        " Exercise Grey Tide with British and German ships.",
        "2026-04-06",
    )
    assert m.host is None


def test_a_national_drill_at_a_home_port_is_held_at_home_even_with_a_sea_named() -> None:
    m = detect(
        "Navy opens its biennial sea exercise",
        "A planning session for the Pakistan Navy's exercise Sea Lance-26 was held at Karachi on"
        " Tuesday. Warships, submarines and aircraft will operate in the Arabian Sea for three"
        " weeks.",
        "2026-10-13",
    )
    assert m.host == "PK"


def test_a_national_drill_told_only_at_sea_still_has_no_host() -> None:
    m = detect(
        "Navy holds missile drill",
        "The Pakistan Navy fired anti-ship missiles in the Arabian Sea on Tuesday during its"
        " exercise Sea Lance-26.",
        "2026-10-13",
    )
    assert m.host is None


def test_a_series_always_held_in_one_country_is_held_there() -> None:
    # Forging Sabre is the Singapore air force's exercise, always held in the United States.
    m = detect(
        "Singapore air force begins overseas live-fire exercise",
        "The Singapore Armed Forces is conducting Exercise Forging Sabre 2026, a large-scale"
        " air-land integration and live-fire exercise at an air base in the desert south-west.",
        "2026-11-30",
    )
    assert m.host == "US"


def test_a_series_hosted_outright_by_another_country_keeps_that_host() -> None:
    m = detect(
        "Air forces gather for large air exercise",
        "Germany is hosting Exercise Frisian Flag 2026 this year while the Dutch base is under"
        " repair; fighter jets from eight air forces arrived on Monday.",
        "2026-04-13",
    )
    assert m.host == "DE"


def test_a_series_home_does_not_move_a_drill_placed_in_a_participating_country() -> None:
    m = detect(
        "RAF jets to train with Indian Air Force",
        "British Typhoon fighter jets returning from Exercise Pitch Black 2026 will stop over in"
        " India, where they will hold a brief bilateral training exercise with the Indian Air"
        " Force in India from September 20.",
        "2026-09-10",
    )
    assert m.host == "IN"


def test_a_series_home_is_found_whatever_the_case_of_the_name() -> None:
    from extractors.exercise.names.series_facts import home_of

    assert home_of("AMAN") == home_of("Aman") == "PK"
    assert home_of("Malabar") is None  # rotates between its partners


def test_a_units_home_base_abroad_does_not_host_a_series_held_at_home() -> None:
    m = detect(
        "Allied soldiers begin peacekeeping exercise",
        "Soldiers from 14 nations began Exercise Rapid Trident 2026 on Monday; the US"
        " paratroopers taking part flew in from their base in Vicenza, Italy.",
        "2026-09-07",
    )
    assert m.host == "UA"
