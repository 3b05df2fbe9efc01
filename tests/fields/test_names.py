"""Names: what a real report calls the exercise, and what only looks like a name.

Texts written for these tests; each is a shape the real-news development set showed the
detector mistaking.
"""

from __future__ import annotations

import pytest

from extractors.exercise import detect
from extractors.exercise.names import find_names


@pytest.mark.parametrize(
    "headline",
    [
        "Inside The Navy's Biggest Exercise Involving 14 Countries Launched Off Oman",
        "Norway Cancels Large Winter Exercises In 2027 Due To COVID-19 Rules",
        "Naval Exercise Unites Indian And French Frigates Near Reunion",
    ],
)
def test_title_case_headline_words_are_not_a_name(headline: str) -> None:
    assert find_names(headline, True) == []


def test_an_aircraft_model_is_not_an_edition() -> None:
    sentence = "The joint exercises were flown with Russian Tu-95 bombers and Chinese H-6 jets."
    assert find_names(sentence, True) == []


def test_the_edition_ends_the_name_before_of_the() -> None:
    hits = find_names("Gunfire support was rehearsed for Exercise KAMAO 2027 of the Navy.", True)
    assert [h.surface for h in hits] == ["KAMAO 2027"]


def test_an_all_caps_word_and_a_capitalised_word_before_exercise_are_a_name() -> None:
    hits = find_names(
        "Fighters from both air forces flew in support of the 12th annual BRAVO Kestrel exercise.",
        True,
    )
    assert [h.surface for h in hits] == ["BRAVO Kestrel"]


def test_a_series_word_inside_a_facility_name_is_not_the_series() -> None:
    # "Centre" is also the Russian Tsentr series; here it ends the name of a building.
    sentence = "Controllers at the Combined Air Operations Centre exercise command of the jets."
    assert find_names(sentence, True) == []
    assert [h.surface for h in find_names("Troops began the Centre-2027 exercise.", True)] == [
        "Centre-2027"
    ]


def test_an_organisation_acronym_before_exercise_is_not_a_name() -> None:
    assert find_names("Observers watched the CSTO exercise near the lake.", True) == []


def test_a_proper_name_before_a_lower_case_exercise_word_is_the_name() -> None:
    m = detect(
        "",
        "The Chilean Navy and the Argentine Navy will conduct the Pelikaren exercise in August"
        " in the southern channels, both navies said.",
        "2027-06-02",
    )
    assert m.name == "Pelikaren"


@pytest.mark.parametrize(
    "sentence",
    [
        "Missiles are fired in a Revolutionary Guard military exercise near the strait.",
        "The first joint exercise was carried out on Monday at the Tarkul drill site.",
    ],
)
def test_a_force_or_a_site_before_an_exercise_word_is_not_a_name(sentence: str) -> None:
    assert find_names(sentence, True) == []


def test_a_pandemic_before_the_name_does_not_take_its_place() -> None:
    m = detect(
        "",
        "Soldiers were shaking off the rust after the COVID-19 pandemic forced many exercises"
        " to be cancelled last year. Exercise Timber Resolve, the army's largest training"
        " event, began on Monday.",
        "2027-05-12",
    )
    assert m.name == "Timber Resolve"


@pytest.mark.parametrize(
    ("written", "series"),
    [
        ("Caribe Soberano 200", "Sovereign Caribbean"),
        ("Azm-i-Nau 3", "Azm-e-Nau"),
        ("Poisk-2017", "Search"),
        ("Protectors of Friendship-2019", "Defenders of Friendship"),
        ("FA HUM 2011", "Fuerzas Aliadas Humanitarias"),
        ("Theatre Level Operational Readiness Exercise", "TROPEX"),
        ("North. Interaction-2023", "Northern/Interaction"),
        ("Smart Control of Hormuz Strait", "Smart Control of the Strait of Hormuz"),
    ],
)
def test_one_series_under_the_spellings_outlets_use(written: str, series: str) -> None:
    from extractors.exercise.names.aliases import canonical_series

    assert canonical_series(written) == series


def test_the_words_after_exercise_beat_a_shorter_known_series_inside_them() -> None:
    hits = find_names("Guam hosts partner nations in Exercise SEA HERON DRAGON 2027", True)
    assert [h.surface for h in hits] == ["SEA HERON DRAGON 2027"]


@pytest.mark.parametrize(
    ("written", "series"),
    [("Southern Kaitpo 13", "Southern Katipo"), ("Arctic Eagle 2020", "Arctic Eagle")],
)
def test_a_typo_in_a_long_known_series_is_still_that_series(written: str, series: str) -> None:
    from extractors.exercise.names.aliases import canonical_series

    assert canonical_series(written) == series


def test_a_photo_caption_showing_an_earlier_edition_does_not_name_the_story() -> None:
    m = detect(
        "",
        "Soldiers discuss procedures as a helicopter takes off during Exercise Southern Kea 25"
        " in New Zealand.\nCredit: Defence\n\nMore than 2,000 military personnel from 13"
        " countries will take part. Exercise Southern Kea 27 (SK27), which runs from 2 October"
        " to 18 November, tests joint operations.",
        None,
    )
    assert m.name == "Southern Kea 27"
    assert m.start_date == "2027-10-02"


def test_a_sea_is_no_edition_of_a_series_named_after_it() -> None:
    sentence = "Ships will hold artillery firing exercises in the Indian Ocean, the ministry said."
    assert find_names(sentence, True) == []


def test_a_name_told_as_such_beats_the_one_word_series_it_starts_with() -> None:
    m = detect(
        "",
        "British troops arrived in Norway for a two-week training exercise, named Griffin"
        " Harbour 2026. The exercise will involve 40 units from both armies.",
        "2026-05-02",
    )
    assert m.name == "Griffin Harbour 2026"


def test_a_quoted_name_beats_the_one_word_series_it_ends_with() -> None:
    m = detect(
        "",
        'A military drill named "Desert Thunder" was launched in the south of Jordan on'
        " Sunday, with forces from eight Arab states taking part.",
        "2026-05-02",
    )
    assert m.name == "Desert Thunder"


def test_an_alliance_acronym_before_a_name_is_not_part_of_it() -> None:
    m = detect(
        "",
        "Armenian servicemen have left for Kazakhstan to take part in the CSTO Interaction-2026"
        " exercises, the defence ministry said.",
        "2026-09-02",
    )
    assert m.name == "Interaction-2026"


@pytest.mark.parametrize(
    "sentence",
    [
        "The army on Tuesday held the final stage of a combined arms maneuver titled"
        " \u201cSand Falcon 2026\u201d near the western border.",
        "The minister watched the main phase of the strategic manoeuvre \u201cSand Falcon"
        " 2026\u201d, carried out by units of the southern command.",
    ],
)
def test_a_name_after_a_singular_manoeuvre_is_the_name(sentence: str) -> None:
    assert detect("Army completes manoeuvres", sentence, "2026-07-08").name == "Sand Falcon 2026"


def test_the_larger_exercise_a_drill_is_part_of_is_not_its_name() -> None:
    m = detect(
        "Alliance opens drills in the far north",
        "Allied navies began the exercises, called Cold Response 2026, on Sunday and will keep"
        " them going until March 12. Cold Response, which brings together 9,000 troops, is part"
        " of a larger alliance exercise called Trident Juncture that runs until May. Finland"
        " will also send ships to Trident Juncture, and Trident Juncture drills will move south"
        " in April.",
        "2026-03-02",
    )
    assert m.name == "Cold Response 2026"


def test_a_photo_caption_with_an_agency_credit_does_not_choose_the_exercise() -> None:
    m = detect(
        "Alliance opens northern drills",
        "A marine with a Grey Bastion badge during the Cold Lance 2026 exercise in Poland on"
        " Monday. (Tomas Varga/Northline via Getty Images)\n"
        "The alliance started the drills, called Fjord Shield 2026, on Sunday. Fjord Shield will"
        " run until March 12. Sweden will also send ships to Grey Bastion later this spring.",
        "2026-03-02",
    )
    assert m.name == "Fjord Shield 2026"


def test_the_edition_of_a_long_form_name_is_its_name() -> None:
    m = detect(
        "",
        "A retired admiral taking part in the Navy's Large Scale Exercise spoke to reporters on"
        " Friday.\nLarge Scale Exercise 26 is testing how fleet commands share one picture of"
        " the ocean, and the drills run until the end of the month.",
        "2026-08-14",
    )
    assert m.name == "Large Scale Exercise 26"


def test_a_code_name_in_capitals_needs_no_military_word_around_it() -> None:
    # Nothing here is military vocabulary ("Wing", "jets" of a flying club would read the same),
    # but two words in capitals after "Exercise" are how code names are written.
    m = detect(
        "Lake exercise to start next week",
        "Exercise GREY HERON will take place at 9 Wing Bay Lake between May 29 and June 23."
        " More than 1,600 members and 500 guests from abroad will take part.",
        "2027-05-25",
    )
    assert m.name == "GREY HERON"
    assert (m.start_date, m.end_date) == ("2027-05-29", "2027-06-23")


def test_one_word_in_capitals_after_exercise_is_not_a_code_name() -> None:
    m = detect(
        "",
        "Exercise HIIT helps patients recover strength after surgery, doctors said. The"
        " exercise sessions last twenty minutes.",
        "2027-05-25",
    )
    assert m.name is None


@pytest.mark.parametrize(
    ("sentence", "surface", "series"),
    [
        (
            "The wing has just wrapped up Copper Lance 26.1, a large air exercise.",
            "Copper Lance 26.1",
            "Copper Lance",
        ),
        (
            "The navy will hold the Stormpetrel-2/2027 naval drill from May 3.",
            "Stormpetrel-2/2027",
            "Stormpetrel",
        ),
        (
            "Crews flew the Silver Kite 27-2 exercise over the range.",
            "Silver Kite 27-2",
            "Silver Kite",
        ),
    ],
)
def test_editions_numbered_within_the_year_stay_on_the_name(
    sentence: str, surface: str, series: str
) -> None:
    hits = find_names(sentence, True)
    assert [(h.surface, h.series) for h in hits] == [(surface, series)]


def test_the_edition_written_only_in_a_line_without_military_words_completes_the_name() -> None:
    m = detect(
        "",
        "KARACHI - The navy will organise the ninth multinational naval exercise Aman in "
        "February next year, with navies from 60 countries invited. The official said "
        "Aman-27 would be split into harbour and sea phases.",
        "2026-10-14",
    )
    assert m.name == "Aman-27"


def test_an_old_edition_recalled_in_a_later_line_does_not_become_the_name() -> None:
    m = detect(
        "",
        "The navy opened the multinational naval exercise Aman in Karachi on Monday. "
        "The 2015 edition, Aman-15, drew fewer navies.",
        "2026-02-09",
    )
    assert m.name == "Aman"


def test_a_name_wrapped_before_its_edition_keeps_the_edition() -> None:
    text = (
        "The Kyrgyz and Kazakh armies launched joint exercises in Osh on Friday to practise\n"
        'a response to raids, with 400 troops taking part in the drills code-named "Peace Mission\n'
        '2026." The drills end on Sunday.'
    )
    assert detect("", text, "2026-09-25").name == "Peace Mission 2026"


def test_a_one_word_series_inside_a_company_name_is_no_exercise() -> None:
    m = detect(
        "State oil firm and Dragon Oil join forces for Caspian drilling operation",
        "The partners will deploy a new offshore drilling rig with Dragon Oil next spring.",
        None,
    )
    assert not m.is_exercise


def test_an_arabic_article_opening_an_edition_name_is_kept() -> None:
    hits = find_names(
        "The two navies will hold the bilateral naval exercise Al-Sahab-Al-Bahri-27 off Jubail.",
        True,
    )
    assert [h.surface for h in hits] == ["Al-Sahab-Al-Bahri-27"]


def test_a_name_before_operational_drills_is_read() -> None:
    hits = find_names(
        "The navy has launched the Winter Gale operational drills across three fleets.", True
    )
    assert [h.surface for h in hits] == ["Winter Gale"]


def test_spellings_and_numbered_editions_map_to_one_series() -> None:
    from extractors.exercise.names import canonical_series

    assert canonical_series("Seawolf-1/2026") == "Sea Wolf"
    assert canonical_series("Sea Wolf 2026") == "Sea Wolf"
    assert canonical_series("Samsam") == canonical_series("Al-Samsam") == "Al-Samsam"
    assert canonical_series("Al-Mohed-Al-Hindi-27") == "Al-Mohed Al-Hindi"


def test_transliterations_of_one_egyptian_series_are_one_series() -> None:
    from extractors.exercise.names import canonical_series

    assert canonical_series("Qadir 2026") == canonical_series("Kader 2026") == "Qader"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Marines began the two-week Granite Gate exercise on Tuesday.", "Granite Gate"),
        ("The navy began its Sea Lance naval drill on Tuesday.", "Sea Lance"),
        ("The Granite Gate exercise opened with 3,000 troops on Tuesday.", "Granite Gate"),
        ("NATO navies began the two-week Black Sea drills on Tuesday.", None),
    ],
)
def test_a_name_after_a_duration_or_a_sentence_opening_the_is_read(
    sentence: str, name: str | None
) -> None:
    assert detect("", sentence, "2026-06-04").name == name


def test_a_dateline_state_does_not_join_a_known_series_name() -> None:
    m = detect(
        "",
        "HONOLULU, Hawaii — Mobility Guardian 2023, the air force's largest airlift exercise,"
        " brought aircrews from seven nations to the Pacific this week.",
        "2023-07-06",
    )
    assert (m.name, m.series) == ("Mobility Guardian 2023", "Mobility Guardian")


def test_a_translated_series_name_is_the_same_series() -> None:
    from extractors.exercise.names import canonical_series

    assert canonical_series("Ephesus") == canonical_series("EFES")


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Turkish EFES-2026 exercise draws record foreign participation", "EFES-2026"),
        ("Exercise Harbour Gale Brings Chilean and Peruvian Sailors Together", "Harbour Gale"),
        ("The Italian Blade 2026 exercise began at Viterbo.", "Italian Blade 2026"),
    ],
)
def test_whose_exercise_and_headline_verbs_are_not_part_of_the_name(
    sentence: str, surface: str
) -> None:
    assert [h.surface for h in find_names(sentence, True)] == [surface]


def test_a_place_and_numbered_edition_after_a_series_are_part_of_the_name() -> None:
    hits = find_names(
        "Cope Thunder - Philippines 26-1, a Pacific Air Forces exercise, began.", True
    )
    assert [h.surface for h in hits] == ["Cope Thunder - Philippines 26-1"]
    m = detect(
        "",
        "Cope Thunder Philippines 26-1 officially began on Monday, April 6, at Clark Air Base."
        " The air exercise will last for two weeks, concluding on April 17.",
        None,
    )
    assert (m.start_date, m.end_date) == ("2026-04-06", "2026-04-17")


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Ruritania Hosts Multinational Spears of Dawn 2026 Air Exercise", "Spears of Dawn 2026"),
        ("Chile, Peru Conduct Harbour Gale 2026 and Other Naval Exercises", "Harbour Gale 2026"),
        ("Joint Chile-Peru Harbour Gale 2026 naval exercise begins", "Harbour Gale 2026"),
        ("Exercise Harbour Gale 2026 Final Planning Conference held in Lima", "Harbour Gale 2026"),
        ("Chile, Peru Lead 12-Nation Naval Exercise Harbour Gale 2026", "Harbour Gale 2026"),
    ],
)
def test_title_case_headline_words_around_a_name_are_not_the_name(
    sentence: str, surface: str
) -> None:
    assert [h.surface for h in find_names(sentence, True)] == [surface]


def test_renamed_and_translated_series_resolve_as_one() -> None:
    from extractors.exercise.names import canonical_series

    assert canonical_series("Super Garuda Shield") == canonical_series("Garuda Shield")
    assert canonical_series("Great Ocean") == canonical_series("Ocean")


@pytest.mark.parametrize(
    ("sentence", "surface", "series"),
    [
        (
            'The opening ceremony of the five-day "AMAN (Peace) 27" was held at the dockyard.',
            "AMAN 27",
            "AMAN",
        ),
        (
            "This year the drill is Kavkaz (Caucasus) 2032, held near Rostov as an exercise.",
            "Kavkaz 2032",
            "Kavkaz",
        ),
    ],
)
def test_a_gloss_between_the_series_and_its_edition(
    sentence: str, surface: str, series: str
) -> None:
    hits = find_names(sentence, True)
    assert [(h.surface, h.series) for h in hits] == [(surface, series)]


def test_the_chinese_rendering_of_joint_sea_is_the_same_series() -> None:
    mention = detect(
        "",
        'On 3 May the Sino-Russian "Maritime Joint-2031" joint military exercise opened near'
        " Vladivostok.",
        "2031-05-03",
    )
    assert (mention.name, mention.series) == ("Maritime Joint-2031", "Joint Sea")


def test_a_quoted_name_after_joint_naval_training() -> None:
    hits = find_names(
        'Both navies will hold joint naval training, "Coral Anchor-2031", off Sattahip.', True
    )
    assert [h.surface for h in hits] == ["Coral Anchor-2031"]


def test_an_earlier_statement_does_not_make_the_edition_line_another_event() -> None:
    mention = detect(
        'PLA "Strait Thunder" exercises, day one',
        "Thursday marked the first day of Ruritania's large-scale military exercises under"
        ' "Strait Thunder 2031A," which the PLA has previously stated is a stern warning.',
        "2031-05-24",
    )
    assert mention.name == "Strait Thunder 2031A"


def test_a_name_is_reported_as_the_page_writes_it() -> None:
    # The reader works on plain hyphens and quotes; the name keeps the page's dash and apostrophe.
    m = detect(
        "Rapid Trident – 2027 opens",
        "Troops from Ruritania and Freedonia began the Rapid Trident – 2027 exercise on Monday.",
        "2027-06-08",
    )
    assert m.name == "Rapid Trident – 2027"
    m = detect(
        "", "The navies held Exercise Sea Breeze ’27 off the coast on Tuesday.", "2027-06-09"
    )
    assert m.name == "Sea Breeze ’27"


@pytest.mark.parametrize(
    ("name", "series"),
    [
        ("Scudo dell'Unione-2023", "Union Shield"),
        ("Escudo de la Unión 2027", "Union Shield"),
        ("North-Joint-2024", "Northern/Interaction"),
        ("Scudo bolivariano", "Bolivarian Shield"),
    ],
)
def test_a_series_translated_by_the_press_is_the_same_series(name: str, series: str) -> None:
    from extractors.exercise.names import canonical_series

    assert canonical_series(name) == series


def test_an_edition_after_the_short_form_in_brackets_belongs_to_the_name() -> None:
    hits = find_names("Navies gathered in Padang for Exercise Komodo (MNEK) 2026 on Monday.", True)
    assert [h.surface for h in hits] == ["Komodo 2026"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            'The two navies began a week of drills dubbed "Wardens of the Reef" off the coast.',
            "Wardens of the Reef",
        ),
        (
            "The armies opened a joint exercise called Shield of the Steppe-3 near the border.",
            "Shield of the Steppe-3",
        ),
        (
            "The brigade held a live-fire drill code-named Hammer of Dawn on the range.",
            "Hammer of Dawn",
        ),
    ],
)
def test_a_given_name_keeps_its_of_the(sentence: str, name: str) -> None:
    assert detect("", sentence, "2025-04-02").name == name


def test_a_numbered_unit_is_no_edition_of_a_name() -> None:
    text = (
        "The drill, led by Task Force 64 and the 3rd Fleet, runs off Oman until Friday."
        " In Exercise Falcon Reef, American sailors are training alongside their Omani"
        " counterparts."
    )
    m = detect("Navies train off Oman", text, "2025-02-03")
    assert m.name == "Falcon Reef"
    assert m.countries == ["OM", "US"]


def test_a_long_name_keeps_its_words_after_of_the() -> None:
    sentence = (
        'The navy began a drill titled "Firm Watch of the Northern Strait of Tiran" on Monday.'
    )
    assert detect("", sentence, "2025-04-02").name == "Firm Watch of the Northern Strait of Tiran"
