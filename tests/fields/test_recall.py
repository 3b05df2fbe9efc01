"""Exercise news the detector used to miss: snap inspections, pages opening with furniture.

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from extractors.exercise import detect
from extractors.exercise.text import strip_furniture


@pytest.mark.parametrize(
    "text",
    [
        "The president ordered a snap inspection of the combat readiness of the Western Military"
        " District troops on Monday, the defence ministry said.",
        "Warships of the Northern Fleet left their bases on Tuesday as a surprise combat"
        " readiness check of the fleet began, the ministry said.",
        "A sudden combat readiness inspection of the air force began at dawn, with squadrons"
        " ordered to disperse to reserve airfields.",
    ],
)
def test_snap_and_surprise_inspections_are_exercises(text: str) -> None:
    assert detect("", text, "2026-03-03").is_exercise


@pytest.mark.parametrize(
    "text",
    [
        "The city council ordered a surprise inspection of restaurant kitchens on Monday.",
        "Food safety officers carried out unannounced checks at markets across the region.",
    ],
)
def test_civil_inspections_are_not(text: str) -> None:
    assert not detect("", text, "2026-03-03").is_exercise


def test_site_furniture_before_the_headline_is_dropped() -> None:
    page = (
        "An official website of the United States government\nHere's how you know\n"
        "Share this article\n16:40\n-\nMarines begin Harbour Sentinel drills in Norfolk\n"
        "U.S. Marines began the Harbour Sentinel amphibious exercise on Monday."
    )
    assert (
        strip_furniture(page).split("\n")[0] == "Marines begin Harbour Sentinel drills in Norfolk"
    )
    assert detect("", page, "2026-03-03").is_exercise


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "War games: central bank to test lenders' defences against cyber attack",
            "The central bank will today run a cyber war game in which about thirty banks and"
            " insurers must keep payments flowing through a simulated attack on the sector.",
        ),
        (
            "Chile, Peru to hold more joint military exercises",
            "The defence ministers of Chile and Peru said on Thursday they had agreed to step up"
            " security cooperation, including more joint military exercises and exchanges.",
        ),
        (
            "Eastern Shield",
            "Eastern Shield is an annual multinational exercise held in the Baltic states since"
            " 2015 and designed to test the interoperability of the participating forces.",
        ),
    ],
)
def test_business_war_games_policy_talk_and_series_pages_are_not_exercise_news(title, text):
    assert not detect(title, text, "2026-03-03").is_exercise


@pytest.mark.parametrize(
    "banner",
    [
        "UNITED24 - Make a charitable donation in support of Ukraine!",
        "date 2027-12-17 This audio is created with AI assistance",
    ],
)
def test_a_site_banner_above_the_story_is_not_its_headline(banner: str) -> None:
    from extractors.exercise.text import split_headline

    text = f"{banner}\n\nGuard exercise concludes in Alaska\n\nAfter ten days, it ended."
    assert split_headline(text)[0] == "Guard exercise concludes in Alaska"


@pytest.mark.parametrize(
    "text",
    [
        "= Amber Flag (air force exercise) =\n\nAmber Flag is an international military aviation"
        " exercise held by the air force. It first took place in 2011 at a desert airbase. The"
        " exercise, which included several foreign air forces, aims to expand cooperation.",
        "Allied ExercisesEdit\n\nAllied exercises are multilateral military drills held under the"
        " alliance to test its collective defences. They bring together air, land and sea forces"
        " to rehearse operations and improve interoperability.",
    ],
)
def test_an_encyclopaedia_page_about_a_series_is_no_report(text: str) -> None:
    assert not detect("", text, None).is_exercise


@pytest.mark.parametrize(
    "title", ["Analysis EXPLAINER: How allied drills have evolved", "Explainer: why drills matter"]
)
def test_an_explainer_headline_is_read_as_commentary(title: str) -> None:
    from extractors.exercise.scoring import _OPINION

    assert _OPINION.search(title)


def test_a_page_without_headline_that_opens_with_dateline_lines_still_has_a_lead() -> None:
    # The city and the time stamp stand on lines of their own: the story's lead is the first
    # two sentences after them, not the furniture.
    m = detect(
        "",
        "MONTEVIDEO\n\n14 March 2026 10:22 UYT\n\n"
        '"The river phase of the exercise started on Friday," a navy spokesman said.\n\n'
        "The first joint riverine exercise 'Rio Sereno' between Uruguay and Paraguay got under"
        " way on Friday, the navy said.\n\nPatrol boats from both navies will sail upriver"
        " together until Tuesday. Officers also met to discuss river traffic and smuggling on"
        " the border.",
        None,
    )
    assert m.is_exercise
    assert m.name == "Rio Sereno"
    assert set(m.countries) == {"UY", "PY"}


def test_section_and_photo_lines_under_a_headline_do_not_hide_the_lead() -> None:
    # The headline has no exercise word; the lead comes after a section name and a picture
    # credit on lines of their own.
    m = detect(
        "First Elements Of The Rapid Response Brigade Arrive In Moravia",
        "Armed Forces\n\nIlustrace: archiv\n\nBy Jan Novak\n\n"
        "The alliance has just begun the Swift Crane exercise, the aim of which is to move its"
        " high readiness brigade across the continent within days.\n\nThe first companies"
        " crossed the border on Tuesday. The Swift Crane exercise runs until 20 June and"
        " involves some 2,000 troops.",
        "2026-06-10",
    )
    assert m.is_exercise
    assert m.name == "Swift Crane"


def test_a_file_photo_caption_in_the_lead_is_not_the_story() -> None:
    # A business story illustrated with an old picture of an exercise: the caption stands
    # second in the lead, and must not count as the lead telling of an exercise.
    def story(second: str) -> str:
        return (
            "Connect with us\n\nBusiness News\n\nCARACAS (Reuters) - An oil major and the"
            " survey company it hired have not said when they will resume work off the coast"
            " after a naval vessel ordered their ship away, the companies said on Monday.\n\n"
            f"{second}Sailors are seen on board a patrol boat during the Lagoon Guard 300"
            " military exercise in the port of La Guaira, January 8, 2021.\n\n"
            "The foreign ministries of both countries said the incident happened in waters each"
            " claims. The companies declined to comment on the survey's timing."
        )

    title = "Oil explorer quiet on plans to resume seismic survey after border dispute"
    caption = detect(title, story("FILE PHOTO: "), "2026-01-12")
    prose = detect(title, story(""), "2026-01-12")
    assert not caption.is_exercise
    assert caption.score < prose.score


def test_a_state_launching_an_edition_named_in_three_words_is_exercise_news() -> None:
    # Three words between the verb and "exercise": the ordinal, and a two-word name.
    m = detect(
        "Chile, Peru and Ecuador launch 12th ANDES Condor exercise",
        "Units from the three air forces began flying on Monday from an air base near Arica."
        " Some 900 personnel will take part in the exercise over the next ten days, officials"
        " said.",
        "2026-04-06",
    )
    assert m.is_exercise
    assert m.name == "ANDES Condor"


def test_joint_training_with_a_given_name_is_an_exercise() -> None:
    m = detect(
        "Mongolian, Chinese special forces begin joint training",
        "ULAANBAATAR, June 3 -- Chinese and Mongolian special operations forces commenced the"
        ' joint training entitled "Steppe Falcon 2026" at a training base outside the capital on'
        " Tuesday. About 200 soldiers from both sides will train together for two weeks.",
        "2026-06-04",
    )
    assert m.is_exercise
    assert m.name == "Steppe Falcon 2026"
    assert set(m.countries) == {"CN", "MN"}


def test_a_brigade_training_rotation_at_a_combat_training_centre_is_an_exercise() -> None:
    m = detect(
        "Brigade heads to the desert",
        "About 3,000 soldiers from the 2nd Brigade Combat Team are doing a training rotation at"
        " the National Training Center at Fort Irwin, California, this month. The brigade will"
        " face a professional opposing force for three weeks.",
        "2026-06-04",
    )
    assert m.is_exercise
    assert m.troops == 3000


def test_a_misspelt_exercise_is_still_one() -> None:
    m = detect(
        "",
        "Armoured vehicles move during a simulated military excercise of Estonian and Finnish"
        " troops near Tapa on Thursday. The week-long excercise ends on Sunday.",
        "2026-06-04",
    )
    assert m.is_exercise
    assert set(m.countries) == {"EE", "FI"}


def test_a_pledge_of_more_joint_training_is_not_an_exercise() -> None:
    m = detect(
        "Ministers agree to deepen defence ties",
        "The two defence ministers agreed on Monday to expand joint training, intelligence"
        " sharing and arms production. They also discussed the war in the region and border"
        " security.",
        "2026-06-04",
    )
    assert not m.is_exercise


def test_a_command_hosting_its_annual_exercise_is_news_not_a_series_page() -> None:
    # "is hosting the 7th annual ... Exercise" is a report of this year's edition, not a
    # definition of the series; the name is capitalised with its exercise word.
    m = detect(
        "7th Annual Granite Heron Exercise",
        "Lakeport, Maine - Residents near the harbour likely noticed more helicopters than usual"
        " this evening.\n\nThe state's Air National Guard is hosting the 7th annual Granite Heron"
        " Exercise.\n\nCrews practised hoisting stranded hikers from the cliffs. Several of the"
        " exercises ran after dark to test night vision equipment.",
        "2026-05-14",
    )
    assert m.is_exercise
    assert m.name == "Granite Heron"


def test_a_combatant_command_is_military_vocabulary_for_a_headline() -> None:
    from extractors.exercise.triggers import MIL
    from extractors.exercise.wordtest import tokens_of

    for headline in ("Northern Command exercise concludes", "Pacific Command drill ends"):
        assert MIL.test(headline, tokens_of(headline)), headline
    plain = "The northern command of the fire service held a drill"
    assert not MIL.test(plain, tokens_of(plain))


def test_a_programme_page_that_defines_a_series_reports_no_exercise() -> None:
    m = detect(
        "",
        "Exercise REEF SENTRY is a multinational maritime interdiction and disaster relief "
        "exercise led by the regional command. It focuses on countering smuggling at sea.\n\n"
        "REEF SENTRY is the command's main exercise activity in the region. The exercise is "
        "designed to promote regional security cooperation among partner navies.\n\n"
        "Exercise REEF SENTRY provides an opportunity for the navy to build ties with partner "
        "nations.",
        None,
    )
    assert not m.is_exercise


def test_a_brigade_rotation_at_a_combat_training_centre_is_an_exercise() -> None:
    from extractors.exercise.triggers import TRIGGER, judge_sentence, passes_gate

    sentence = (
        "About 3,000 soldiers of the 2nd Brigade are doing a training rotation at the Joint "
        "Readiness Training Center this month."
    )
    assert passes_gate("The brigade's NTC rotation starts next week.")
    assert TRIGGER.search(sentence)
    m = TRIGGER.search(sentence)
    assert "Joint Readiness Training Center" in m.group(0)
    assert judge_sentence(0, sentence, []).strong


def test_an_untitled_page_that_opens_with_the_drill_is_its_news() -> None:
    text = (
        "Ruritania's navy conducted a live-fire drill off its northern coast on Tuesday, hours"
        " after the neighbours resumed border talks. The talks, the first in two years, were"
        " held in a lakeside town. Delegates discussed fishing rights and a new bridge. A joint"
        " statement is expected later this week. Officials said trade had recovered. Prices of"
        " grain rose sharply over the summer. The ministers will meet again in spring. Farmers"
        " welcomed the news. Local papers carried the story on their front pages. The currency"
        " rose slightly on the news."
    )
    assert detect("", text, "2026-03-04").is_exercise


def test_a_national_guard_exercise_is_military() -> None:
    text = (
        "Granite Castle 26 to kick off in Cincu\n\n"
        "Granite Castle 26 is a six-month exercise supported by the Ohio National Guard which"
        " builds and repairs training areas in Romania. The opening ceremony will be held at"
        " the training centre in Cincu on May 11, 2026. Engineers from several states will"
        " rotate through the ranges over the summer."
    )
    assert detect("", text, "2026-05-04").is_exercise


def test_a_possessive_force_is_military_vocabulary() -> None:
    text = (
        "Ruritania Navy's annual sea exercise begins\n\n"
        "Ruritania Navy's annual sea exercise 'Exercise Harbour Watch-2026' began today, a press"
        " release said. The exercise will be conducted in three phases along the coast."
    )
    assert detect("", text, "2026-01-21").is_exercise


def test_a_football_teams_offense_drills_are_no_exercise() -> None:
    title = "Black Knights run two-minute drills as opener nears"
    text = (
        "Army's football team spent Tuesday's practice on hurry-up offense drills, the head"
        " coach said, with the season opener ten days away."
    )
    assert not detect(title, text, "2026-08-25").is_exercise


def test_a_distinctive_series_with_its_edition_needs_no_exercise_word() -> None:
    text = (
        "The two powers are deepening their partnership. The three-day operations, called"
        ' "Joint Sea-2031," began in waters near the port of Vladivostok. The two navies will'
        " practise submarine rescue and air defence, the ministry said."
    )
    mention = detect("", text, "2031-08-03")
    assert mention.is_exercise
    assert mention.name == "Joint Sea-2031"


def test_an_encyclopaedia_entry_on_one_edition_is_its_report() -> None:
    # An entry on the series is no report (see the Amber Flag case above); an entry headed by
    # one edition tells that edition's facts.
    text = (
        "= Amber Flag 2029 =\n\nAmber Flag 2029 was a multinational air exercise held from 3 to 14"
        " September 2029 at two air bases in Ruritania, with aircraft from four air forces.\n"
    )
    mention = detect("", text, None)
    assert mention.is_exercise
    assert mention.name == "Amber Flag 2029"
    assert (mention.start_date, mention.end_date) == ("2029-09-03", "2029-09-14")


def test_a_drill_that_commenced_is_no_policy_talk() -> None:
    text = (
        "A nine-day naval exercise between Ruritania and Freedonia commenced at the port of"
        " Strelsau on Monday with the arrival of a Freedonian task group. The two navies aim to"
        " strengthen maritime cooperation, officials said."
    )
    assert detect("", text, None).is_exercise


def test_a_name_told_once_beside_an_exercise_word_names_the_lead_too() -> None:
    # The lead names the drill with military words but no exercise word; a later line gives
    # the same name beside one. The name counts in the lead as well.
    text = (
        "The nine-day TIDEWATER-2026 (Mar 2-10) off Kochi has got under way with units from"
        " both navies. The two navies have worked together for years at sea. Besides drills"
        " at sea, TIDEWATER-2026 also includes sports fixtures. A maritime patrol aircraft"
        " will also take part."
    )
    rec = detect("", text, "2026-03-03").to_record()
    assert rec["is_exercise"] and rec["name"] == "TIDEWATER-2026", rec


def test_the_same_name_without_military_words_stays_unread() -> None:
    text = (
        "TIDEWATER-2026 is also the name of a jazz festival in Kochi this month. The city"
        " hopes for record crowds. Organisers of TIDEWATER-2026 sold out the first night."
    )
    assert not detect("", text, "2026-03-03").is_exercise


@pytest.mark.parametrize(
    "masthead",
    ["Editor in Chief Maria Lindqvist", "Managing Editor Tomas Berg", "Publisher Kari Holm Dahl"],
)
def test_a_masthead_line_is_not_the_headline(masthead: str) -> None:
    text = (
        f"Supervisor Jan Ek\n{masthead}\n\nNorway, Sweden to End \u201cNorthern Lynx\u201d Drill"
        " on Friday\n\n\nThu 3 Mar 2026 | 03:16 PM\nAnna Dahl\n\nThe Norwegian army announced"
        " that \u201cNorthern Lynx\u201d drills with Sweden will be concluded on Friday. The final"
        " round of the exercise will take place near Bardufoss.\n\nGeneral Lars Berg, Chief of"
        " Defence, will attend with his Swedish counterpart.\n\nThe Norwegian-Swedish military"
        " exercise \u201cNorthern Lynx\u201d started in Norway, with the participation of air, sea"
        " and land forces from both countries.\n\nThe troops also engaged targets from different"
        " positions, and paratroopers made a number of free jumps."
    )
    rec = detect("", text, "2026-03-03").to_record()
    assert rec["is_exercise"] and rec["name"] == "Northern Lynx", rec


def test_an_encyclopaedia_page_with_citations_is_no_report() -> None:
    text = (
        "Steppe Eagle (Kazakh: Dala Burkiti) is an annual Kazakh military exercise held for two"
        " weeks in the summer. It brings together a dozen foreign militaries to share practices"
        " for peacekeeping operations.[1] Troops gain training for United Nations missions.[2]"
        " According to a chief of staff, the exercise opened a new chapter in cooperation, and"
        " each opening ceremony draws senior guests.[3]"
    )
    assert not detect("", text, None).is_exercise


def test_an_encyclopaedia_page_on_one_edition_is_still_its_report() -> None:
    text = (
        "= Steppe Eagle 2025 =\n\nSteppe Eagle 2025 was a Kazakh military exercise held from"
        " 14 to 25 July 2025 near Almaty.[1] Troops from eight countries took part.[2]"
    )
    assert detect("", text, None).is_exercise


def test_a_line_named_only_by_echo_casts_no_vote_on_the_name() -> None:
    # The first line is read as about the exercise because the second gives "Kavkaz 2026"
    # beside an exercise word; how the exercise is named is still the second line's choice.
    text = (
        "Troops and tanks for the Kavkaz 2026 moved to ranges near Rostov overnight. The"
        " strategic exercise \u201cCaucasus-2026\u201d (also called Kavkaz 2026) began on Monday"
        " with troops from nine countries. Officers from Armenia and Belarus attended."
    )
    assert detect("", text, "2026-10-01").name == "Caucasus-2026"


def test_a_story_that_keeps_naming_one_exercise_is_about_it() -> None:
    # Its lead is filler, and the name comes back written three ways: "Exercise Iron Pike
    # 2024", "Exercise Iron Pike", "Iron Pike". It is one exercise, named three times.
    text = "\n".join(
        [
            "Image gallery",
            "Exercise Iron Pike 24",
            "Photo by staff",
            "The regional council met on Tuesday to discuss the new budget for roads and schools.",
            "Local businesses reported a busy summer season with many visitors from abroad.",
            "The weather office expects a dry autumn after a wet and windy spring.",
            "TALLINN, Estonia - Estonian and Latvian soldiers took part in Exercise Iron Pike"
            " 2024, an annual field training event near the border.",
            "The purpose of Exercise Iron Pike is to test how quickly reserve army battalions"
            " can mobilise.",
            "Officials said the event went smoothly despite the rain.",
            '"Iron Pike is held every year and keeps our infantry ready," a military commander'
            " said.",
            "The council will meet again next month.",
        ]
    )
    m = detect("Visual Information Service Logo", text, "2024-06-01")
    assert m.is_exercise
    assert m.series == "Iron Pike"


def test_a_dateline_after_a_standfirst_opens_the_story() -> None:
    text = "\n".join(
        [
            "Reform of the region's forces goes on under the ministry's new plan for the"
            " coming years, officials say.",
            "3 hours ago",
            "DUHOK (Regional News) - The region's Second Brigade conducted a major military"
            " exercise on Monday in the hills north of the city.",
            "According to the ministry, the exercise showed progress in training officers and"
            " soldiers.",
            "Tanks, mortars and armoured vehicles were used in the field portion of the drill.",
            "The ministry thanked its international partners for their support.",
            "Officials said more events are planned for next year.",
        ]
    )
    assert detect("", text, "2025-12-16").is_exercise


_ROUNDUP = (
    "The navy's year in review: its sailors trained with many partners. Exercise Coral Lance"
    " took its frigates to the Indian Ocean with French ships. Exercise Amber Gate brought"
    " marines ashore with Kenyan troops. In Exercise Silver Kestrel, its helicopters flew with"
    " the Omani air force. Exercise Quiet Tide tested its submarines with Dutch and German"
    " crews. Finally, Exercise Granite Sail ended the year with a joint drill off Brazil."
)


def test_a_roundup_of_many_exercises_each_named_once_is_about_none() -> None:
    assert not detect("A busy year at sea", _ROUNDUP, "2025-12-20").is_exercise


def test_a_story_that_comes_back_to_one_of_many_exercises_is_about_it() -> None:
    text = _ROUNDUP + " Exercise Coral Lance will be held again next spring, the navy said."
    assert detect("A busy year at sea", text, "2025-12-20").is_exercise
