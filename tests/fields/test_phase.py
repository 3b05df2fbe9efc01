"""Phase: announced, ongoing, concluded or cancelled, relative to the article's own time.

Texts written for these tests; each is a shape the real-news development set showed the
detector mistaking.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.exercise import detect
from extractors.exercise.phase import decide_phase


def test_set_to_get_under_way_is_still_an_announcement() -> None:
    m = detect(
        "Big drills in Hungary",
        "Large military drills involving thousands of soldiers were set to get under way in"
        " Hungary on Wednesday. The Iron Plain-27 drills were expected to be the largest in the"
        " country this year.",
        None,
    )
    assert m.phase == "announced"


def test_an_exercise_to_resume_later_is_announced_not_cancelled() -> None:
    m = detect(
        "Two armies to resume joint exercise later this year",
        "Suspended after last year's border stand-off, the annual joint army exercise of the two"
        " neighbours, Hand of Friendship, will resume in the autumn, officials said.",
        "2027-04-25",
    )
    assert m.phase == "announced"


def test_a_successful_end_is_a_conclusion() -> None:
    m = detect(
        "",
        "US and Moroccan troops fire artillery during a live-fire exercise celebrating a"
        " successful end to the ninth iteration of Desert Falcon at a range near Tan-Tan, May"
        " 23, 2027.",
        "2027-06-03",
    )
    assert m.phase == "concluded"


def test_ships_that_gathered_to_begin_the_exercise_have_begun_it() -> None:
    m = detect(
        "",
        "Maritime forces from the Royal Australian Navy, the US Navy and seven other partner"
        " nations gathered to begin Exercise Southern Reef 2027 off Darwin, Australia.",
        None,
    )
    assert m.phase == "ongoing"


def test_concluded_on_the_last_day_told_apart_from_the_days() -> None:
    m = detect(
        "",
        "A joint military exercise of Pakistani and Saudi soldiers concluded this Wednesday. The"
        " exercise, titled Desert Falcon-III, took place between November 18 and November 26.",
        "2027-11-26",
    )
    assert m.phase == "concluded"


def test_a_range_carried_out_up_to_the_publication_day_is_over() -> None:
    m = detect(
        "",
        "LUMUT, Nov 7 - The Warden Exercise, which combines all three branches of the armed"
        " forces, was carried out from October 24 to November 7 to strengthen the country's"
        " defences.",
        "2027-11-07",
    )
    assert m.phase == "concluded"


def test_the_concluding_session_on_the_day_ends_it() -> None:
    m = detect(
        "",
        "The prime minister attended the concluding session of the Army War Game Steel Resolve"
        " in Rawalpindi on September 5, 2027.",
        "2027-09-05",
    )
    assert m.phase == "concluded"


def test_a_cancellation_last_year_is_history() -> None:
    m = detect(
        "",
        "Soldiers at the base were shaking the rust off after the pandemic forced many training"
        " exercises to be cancelled last year. Exercise Timber Resolve, the army's largest"
        " training exercise, got under way on April 27 with 2,500 soldiers.",
        "2027-05-01",
    )
    assert m.phase == "ongoing"


def test_halts_planning_for_an_exercise_cancels_it() -> None:
    m = detect(
        "Defence department halts planning for Ulchi Guardian exercise",
        "The department has suspended all planning for this August's combined exercise with"
        " South Korea, a spokesperson said.",
        "2027-06-18",
    )
    assert m.phase == "cancelled"


def test_forces_had_practised_is_over() -> None:
    m = detect(
        "",
        "Russia said its forces on Wednesday had practised simulated missile strikes in the"
        " western enclave during military drills.",
        None,
    )
    assert m.phase == "concluded"


def test_past_tense_verbs_alone_add_up_to_a_report_of_what_happened() -> None:
    from extractors.exercise.phase import phase_from_text

    assert (
        phase_from_text(
            ["The exercise showcased reinforcements from across the Atlantic."],
            "Northern Gate 27 demonstrated the alliance's ability to defend the north",
        )
        == "concluded"
    )


def test_a_leader_who_watches_the_war_games_watches_them_now() -> None:
    from extractors.exercise.phase import phase_from_text

    assert (
        phase_from_text(
            ["The president travelled to the range to see the manoeuvres."],
            "President watches war games billed as the country's biggest ever",
        )
        == "ongoing"
    )


def test_a_hyphenated_compound_is_a_kind_of_drill_not_a_verb() -> None:
    from extractors.exercise.phase import phase_from_text

    # "live-fire" names the drill; nobody is firing now. The past verb decides.
    assert (
        phase_from_text(
            ["Some 900 sailors took part in Harbour Lantern, which included live-fire serials."]
        )
        == "concluded"
    )


def test_a_capitalised_cue_inside_a_sentence_belongs_to_a_name() -> None:
    from extractors.exercise.phase import phase_from_text

    sentences = [
        "Between 3 and 5 May two frigates conducted a passage exercise with the coast guard.",
        "The drill reflected a shared commitment to a Free and Open Indo-Pacific.",
    ]
    assert phase_from_text(sentences) == "concluded"


def test_a_present_tense_headline_does_not_outweigh_a_body_that_ends_it() -> None:
    from extractors.exercise.phase import phase_from_text

    assert (
        phase_from_text(
            ["The defence ministry said on Friday that Coral Bastion had concluded."],
            "Three navies conduct Coral Bastion drill",
        )
        == "concluded"
    )


def test_quotations_and_captions_are_not_read_for_the_phase() -> None:
    from extractors.exercise.phase import phase_from_text

    sentences = [
        "CAPTION: Tankers refuel fighters over the northern range during Frost Lance.",
        '"This exercise gives our crews the chance to train with partners," the colonel said.',
        "Four air forces participated in Frost Lance over two weeks.",
    ]
    assert phase_from_text(sentences) == "concluded"


def test_speaking_at_the_conclusion_of_an_exercise_ends_it() -> None:
    from extractors.exercise.phase import phase_from_text

    sentences = [
        "Speaking at the conclusion of the bilateral exercise, the brigadier praised the crews."
    ]
    assert phase_from_text(sentences, "Exercise Dry Riverbed declared a success") == "concluded"


def test_missile_launches_are_weapons_fired_in_a_drill_not_its_opening() -> None:
    from extractors.exercise.phase import phase_from_text

    sentences = [
        "The brigade practised missile launches at the coastal range during the drill.",
    ]
    assert phase_from_text(sentences) == "concluded"


def test_a_drill_shown_later_without_its_date_has_no_phase() -> None:
    from extractors.exercise.phase import phase_from_text

    sentences = [
        "State television aired footage of marines who practised a beach landing in the drill,"
        " without saying when it took place."
    ]
    assert phase_from_text(sentences) == "unknown"


def test_a_headline_announcing_gives_way_to_a_lead_that_says_it_has_begun() -> None:
    from extractors.exercise.phase import phase_from_text

    sentences = [
        "The navy is holding the biennial Reef Sentinel exercise with two partner fleets.",
        "The drills began on Sunday and run until the end of the month.",
    ]
    assert phase_from_text(sentences, "Navies to hold Reef Sentinel this week") == "ongoing"


def test_a_lead_never_moves_a_headline_back_to_an_announcement() -> None:
    from extractors.exercise.phase import phase_from_text

    sentences = [
        "Gunners fired salvoes on Friday ahead of the two-week Granite Step exercise.",
    ]
    assert phase_from_text(sentences, "Allies begin Granite Step drills") == "ongoing"


def test_a_tie_goes_to_the_single_plainest_cue() -> None:
    from extractors.exercise.phase import phase_from_text

    # Two purpose clauses ("to prepare for", "will work") against "currently in the middle of".
    sentences = [
        "Five armies are currently in the middle of a staff exercise to prepare for a future"
        " in which they will work as one brigade."
    ]
    assert phase_from_text(sentences) == "ongoing"


def test_an_exercise_that_prepares_troops_is_not_an_announcement() -> None:
    from extractors.exercise.phase import phase_from_text

    assert (
        phase_from_text(
            ["Air commandos from four countries are training at three airfields this week."],
            "Dune Harrier prepares air commandos for contested airspace",
        )
        == "ongoing"
    )


def test_a_weak_cue_gives_way_to_a_plain_one_in_the_next_line() -> None:
    from extractors.exercise.phase import phase_from_text

    sentences = [
        "Two air bases hosts the alliance's largest air exercise this autumn.",
        "The fighter wings will host Falcon Meadow for ten days in October.",
    ]
    assert phase_from_text(sentences) == "announced"


def _cue_labels(sentence: str) -> set[str]:
    from extractors.exercise.phase import _body_cues

    return {label for label, _weight, _at in _body_cues(sentence)}


def test_the_start_of_a_briefing_is_no_exercise_starting() -> None:
    sentence = "A video shown at the start of the briefing summarised the coming exercise."
    assert "ongoing" not in _cue_labels(sentence)


def test_drills_to_be_held_from_the_publication_day_are_announced() -> None:
    from extractors.exercise.phase import phase_from_dates

    day = dt.date(2027, 8, 11)
    sentence = "The drills to be held on August 11-13, the agency reported."
    assert phase_from_dates(day, day + dt.timedelta(days=2), day, sentence) == "announced"


def test_talks_called_off_over_a_drill_do_not_cancel_the_drill() -> None:
    m = detect(
        "Northern state cancels talks",
        "The northern state called off the planned meeting in protest at the Blue Heron joint air"
        " exercise, which began on Monday. Its media said the talks were postponed indefinitely"
        " because of the exercise.",
        "2027-05-19",
    )
    assert m.phase == "ongoing"


def test_earlier_editions_that_were_cancelled_are_history() -> None:
    from extractors.exercise.phase import is_cancelled

    assert not is_cancelled(
        [
            "Until 2024 the navy held such an exercise every year, but the last two have been"
            " cancelled because of the war."
        ]
    )
    assert is_cancelled(["The navy has cancelled this year's exercise because of the war."])


def test_the_sentence_that_gave_the_days_tells_the_phase_when_the_lead_does_not() -> None:
    told = (
        "Sailors and coast guard crews are taking part in Exercise Sentry 2026, which started"
        " Friday and will run until Oct. 24."
    )
    phase = decide_phase(
        headline="Navy takes part in east coast exercise",
        lead=["The navy has said little about the exercise so far."],
        name="Frontier Sentry 2026",
        published=None,
        start=None,
        end=dt.date(2026, 10, 24),
        schedule_sentence=told,
        hint=None,
        hint_sentence="",
    )
    assert phase == "ongoing"


def test_past_tense_reports_without_dates_are_concluded() -> None:
    cases = [
        "North Korean leader Kim Jong Un ordered an artillery firing drill by a coastal "
        "defence unit near the western sea border, state media reported. The military drill "
        "occurred on a small islet close to the border line.",
        "Nine African states were part of the staff college's combined exercise this year, "
        "with a tenth present as an observer.",
        "Pilots from both air forces forged close ties during the two-week Exercise Cherry "
        "Falcon in northern Japan.",
    ]
    for text in cases:
        m = detect("Military exercise report", text, None)
        assert m.phase == "concluded", text


def test_resumed_and_still_unfolding_drills_are_ongoing() -> None:
    cases = [
        "Joint military exercises with the United States have resumed, with this year's "
        "version scaled back to disaster relief and counter-terrorism training for the troops.",
        "The scale and duration of the Eastern Shield drills around the island is still "
        "unfolding, officials said of the exercise.",
    ]
    for text in cases:
        m = detect("Allies' joint military exercise", text, None)
        assert m.phase == "ongoing", text


def test_a_report_marking_the_end_of_a_year_long_exercise_is_concluded() -> None:
    m = detect(
        "",
        "The close of 2026 marks the end of the 30th year of the Coral Anchor naval exercise "
        "series with partner navies across the region.",
        None,
    )
    assert m.phase == "concluded"


def test_a_deployment_that_signalled_the_start_opens_the_exercise_that_day() -> None:
    m = detect(
        "",
        "Paratroopers have set off for Egypt to take part in the joint anti-terror drills "
        'Sand Guardians 2026, the ministry said. "Today the departure of our paratroopers '
        'signalled the start of the Sand Guardians 2026 drills," a spokesman said. The joint '
        "exercise Sand Guardians 2026 will be held in Egypt on October 15-26.",
        "2026-10-15",
    )
    assert m.phase == "ongoing"


def test_troops_put_on_training_alert_are_in_a_running_check() -> None:
    m = detect(
        "Army units put on training alert",
        "All units of the army have been put on training alert, the defence ministry said. "
        "Troops are to move to training grounds for tactical exercises by day and night.",
        "2026-04-04",
    )
    assert m.phase == "ongoing"


def test_a_span_of_bare_months_ends_in_a_two_digit_year_not_a_day() -> None:
    m = detect(
        "",
        "NEW DELHI: The navy's capstone theatre-level exercise, conducted from January to "
        "March 26, concluded recently with fleets from both seaboards, the navy said. The "
        "exercise covered the Arabian Sea and the Bay of Bengal.",
        "2026-03-08",
    )
    assert m.end_date is None
    assert m.phase == "concluded"


def test_an_order_to_carry_out_a_drill_and_this_fall_announce_it() -> None:
    m = detect(
        "President orders tactical nuclear drill",
        "The defence ministry announced today that the president has ordered the army to carry "
        "out a tactical nuclear drill with its missile brigades.",
        None,
    )
    assert m.phase == "announced"
    m = detect(
        "",
        "Two air bases to hosts largest NATO air exercise this fall. The 114th and 115th "
        "fighter wings will welcome 60 allied jets for the Iron Flag exercise.",
        None,
    )
    assert m.phase == "announced"


def test_a_lead_that_says_currently_underway_beats_a_month_of_an_earlier_stage() -> None:
    m = detect(
        "",
        "The defence ministry announced the third phase of large exercises with tactical "
        "missile units. These manoeuvres are currently underway in two military districts. "
        "The exercises began with a first stage in May.",
        "2026-08-06",
    )
    assert m.phase == "ongoing"


def test_drills_opened_today_are_on_even_if_later_days_are_given() -> None:
    head = "President opens military exercises"
    phase = decide_phase(
        headline=head,
        lead=[
            head,
            head,
            head,
            "Capital, Nov 19 - The president opened today the strategic drills Shield 2026.",
        ],
        name="Shield 2026",
        published=dt.date(2026, 11, 19),
        start=dt.date(2026, 11, 23),
        end=dt.date(2026, 11, 24),
        schedule_sentence="The drills include national defence days on November 23 and 24.",
        hint=None,
        hint_sentence="",
    )
    assert phase == "ongoing"


def test_a_present_tense_headline_over_a_past_tense_report_is_concluded() -> None:
    m = detect(
        "Chile and Peru Conduct Joint Naval Drill Off Callao",
        "Chile and Peru Conduct Joint Naval Drill Off Callao\n"
        "The navies of Chile and Peru have conducted a joint naval drill off Callao, the Peruvian"
        " navy said. Frigates from both navies practised boarding and gunnery.",
        None,
    )
    assert m.phase == "concluded"


def test_a_stated_length_past_the_publication_day_is_concluded() -> None:
    m = detect(
        "",
        "The trilateral air exercise Harbour Gale, involving Chile, Peru and Ecuador, commenced"
        " over the Pacific last Wednesday. Spanning three days, the air drill showed closer"
        " cooperation among the three air forces.",
        "2026-03-16",
    )
    assert (m.start_date, m.phase) == ("2026-03-11", "concluded")


def test_a_drill_that_drew_to_a_close_on_the_publication_day_is_concluded() -> None:
    m = detect(
        "",
        "On Friday, the Ruritanian Defence Forces' Exercise Granite Gate drew to a close. More"
        " than 9,000 troops took part over three weeks.",
        "2026-05-22",
    )
    assert m.phase == "concluded"


def test_kickstarted_is_an_opening() -> None:
    m = detect(
        "",
        "Chile and Peru kickstarted a two-week military exercise near Arica on Monday, the"
        " Chilean Army said. Some 800 soldiers from both armies train in the desert ranges.",
        None,
    )
    assert m.phase == "ongoing"


def test_the_length_of_one_phase_is_not_the_exercise_length() -> None:
    m = detect(
        "",
        "The two-day sea phase of the Harbour Shield naval exercise began on Sunday with ships"
        " from Chile, Peru and Ecuador taking part, officials said on Monday.",
        "2026-05-13",
    )
    assert m.phase != "concluded"


@pytest.mark.parametrize(
    "text",
    [
        "Although all exercises have been cancelled until further notice, planning for Harbour"
        " Shield continued, the navy said. The naval exercise is set for September.",
        "Chile and Peru have embarked on their largest naval exercise, Harbour Shield, while"
        " similar drills with the United States were halted. The drills run until Friday.",
    ],
)
def test_a_conceded_or_another_exercises_cancellation_is_not_this_ones(text: str) -> None:
    assert detect("", text, "2026-05-04").phase != "cancelled"


def test_forces_that_joined_to_kick_off_the_drill_opened_it() -> None:
    m = detect(
        "",
        "Forces from the Chilean Navy joined with host country Peru and ten partner nations"
        " Sunday to kick off Harbour Shield 26, the largest naval exercise in the region.",
        None,
    )
    assert m.phase == "ongoing"


@pytest.mark.parametrize(
    ("text", "published", "phase"),
    [
        (
            "Ceremony caps off naval exercise Harbour Shield\n\nMore than 200 sailors gathered"
            " at Callao to close out Harbour Shield 26, a multinational naval exercise.",
            None,
            "concluded",
        ),
        (
            "The Ruritanian Ministry of Defence has announced the start of the Great Harbour-2026"
            " strategic command and staff naval exercise.",
            "2026-09-10",
            "ongoing",
        ),
        (
            "Ships participating in Harbour Shield 2026 depart Callao to begin the underway"
            " portion of the naval exercise on 6 June 2026.",
            "2026-06-06",
            "ongoing",
        ),
    ],
)
def test_closing_and_opening_told_in_other_words(
    text: str, published: str | None, phase: str
) -> None:
    assert detect("", text, published).phase == phase


def test_a_missile_launched_in_the_drill_does_not_open_it() -> None:
    sentence = "A cruise missile was launched over the northern sea during the drill."
    assert "ongoing" not in _cue_labels(sentence)


def test_a_story_that_tells_no_time_is_most_likely_running() -> None:
    # No preview, no wrap-up, no day, no verb of time: the likeliest phase, not "unknown".
    text = (
        "Exercise Coral Anchor 2027 focuses on amphibious landings and medical evacuation by "
        "the marines of Ruritania and Freedonia."
    )
    title = "Coral Anchor 2027: marines of Ruritania and Freedonia"
    assert detect(title, text, None).phase == "ongoing"


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Ruritania's armed forces have embarked on their largest joint military exercise with"
            " Borduria, known as Golden Lotus. The drills are set to unfold over the next two"
            " weeks.",
            None,
        ),
        (
            'A major military exercise called "Harbour Shield 31" has begun in Europe. "The'
            ' Harbour Shield exercise will conclude in June," the spokesman said.',
            "2031-05-06",
        ),
    ],
)
def test_an_opening_told_in_the_perfect_is_ongoing(text: str, published: str | None) -> None:
    assert detect("", text, published).phase == "ongoing"


def test_how_an_exercise_is_laid_out_does_not_conclude_it() -> None:
    text = (
        "Between August 11 and 29, the mountain range near Antuco is the setting for the combined"
        " exercise Andes Lantern 2031. Led by the army's mountain division, the exercise has three"
        " phases. The cycle concludes with a final field exercise."
    )
    assert detect("", text, None).phase != "concluded"


@pytest.mark.parametrize(
    "text",
    [
        "The national exercise 'Lightning Shield 2031' is under the army's command. According to"
        " the scenario, hostile forces held activities in the cities. The exercises are taking"
        " place from 28 April to 7 May.",
    ],
)
def test_a_running_exercise_told_in_the_present_is_ongoing(text: str) -> None:
    assert detect("", text, None).phase == "ongoing"


def test_an_opportunity_to_conduct_training_is_no_plan() -> None:
    text = (
        "Tradewinds 2031, hosted by Ruritania, was a multi-dimensional military training exercise"
        " focused on the ground, air, sea and cyber domains. The exercise, held May 4-16, 2031,"
        " provided participating nations opportunities to conduct joint, combined, and"
        " interagency training."
    )
    assert detect("", text, None).phase == "concluded"


def test_a_verb_after_to_is_a_purpose_and_tells_no_time() -> None:
    # "to test" has no tense; "practised" in the next sentence tells a report of what happened.
    m = detect(
        "",
        "Exercise Sandpiper brought together crews from three navies to test their mine-hunting"
        " skills. During the drill the crews practised clearing a harbour of dummy mines.",
        None,
    )
    assert m.phase == "concluded"


def test_open_as_an_adjective_is_no_opening() -> None:
    m = detect(
        "",
        "Exercise Harbor Bridge, meant to keep the sea lanes of the region free and open, was"
        " held over five days by the navies of Japan and the Philippines.",
        None,
    )
    assert m.phase == "concluded"


def test_a_range_told_as_done_on_its_last_day_is_concluded() -> None:
    m = detect(
        "Anti-submarine exercise off Guam",
        "The Sea Lantern 2026 naval exercise has been successfully conducted off the coast of"
        " Guam from March 4 to 19, with maritime patrol aircraft from five nations.",
        "2026-03-19",
    )
    assert m.phase == "concluded"


def test_a_headline_saying_the_drills_end_closes_them_on_their_last_day() -> None:
    m = detect(
        "Island's longest drills end with a focus on the coast",
        "The defence minister praised the armed forces on July 19 for their work in the"
        " ten-day Stone Tide exercises, which began on July 10 and run until July 19.",
        "2026-07-19",
    )
    assert m.phase == "concluded"


def test_a_ceremony_that_inaugurates_the_exercise_does_not_make_it_one_day() -> None:
    m = detect(
        "Multinational maritime exercise kicks off",
        "A colourful flag-hoisting ceremony was held at the naval dockyard in Karachi on"
        " February 7, 2026, marking the formal inauguration of the multinational maritime"
        " exercise Blue Crescent 2026.",
        "2026-02-07",
    )
    assert m.end_date is None
    assert m.phase == "ongoing"


def test_forces_that_moved_in_order_to_exercise_are_no_announcement() -> None:
    m = detect(
        "Fleet warships head out for gunnery drills",
        "Warships of the Northern Fleet left the port of Severomorsk to conduct artillery"
        " exercises in the Barents Sea, the fleet's press service said on Sunday.",
        "2026-07-12",
    )
    assert m.phase != "announced"


def test_a_headline_to_hold_is_still_an_announcement() -> None:
    m = detect(
        "India to hold naval drills with France next month",
        "The Indian Navy will hold its annual exercise with the French Navy off Goa in May.",
        "2026-04-10",
    )
    assert m.phase == "announced"


# A page with no date of its own: the span the story gives is the only clock it has.
_LYNX = (
    "Exercise Frontier Lynx 2019, Orland air base, 3 to 14 June 2019: fighter crews from four"
    " squadrons in large force employment over the high north."
)


def test_an_undated_page_that_gives_a_whole_past_span_and_no_tense_is_a_record() -> None:
    assert detect("Exercise Frontier Lynx 2019", _LYNX, None).phase == "concluded"
    # with a publication day inside the span, the calendar decides
    assert detect("Exercise Frontier Lynx 2019", _LYNX, "2019-06-10").phase == "ongoing"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The command post exercise Frontier Lynx lasted from 3 to 14 June 2019 at the joint"
            " warfare centre in Stavanger.",
            "concluded",
        ),
        (
            "Exercise Frontier Lynx 2019 will take place from 3 to 14 June 2019 at Orland air"
            " base, with fighter crews from four squadrons.",
            "announced",
        ),
        (
            "Exercise Frontier Lynx 2019, which began on 3 June at Orland air base, runs until"
            " 14 June 2019, with fighter crews from four squadrons.",
            "ongoing",
        ),
    ],
)
def test_an_undated_page_reads_the_tense_of_the_span(body: str, expected: str) -> None:
    assert detect("Exercise Frontier Lynx", body, None).phase == expected


# An undated page whose story is told wholly in the past, with no cue word of a phase: with
# no clock but the tense, it is a record of a drill that is over.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Minehunters from six navies took part in the Northern Sweep exercise off the"
            " Faroe Islands. The drill integrated divers and unmanned boats from Iceland,"
            " Denmark and Norway to clear a simulated harbour channel.",
            "concluded",
        ),
        (
            "From 7 to 19 May, allied frigates engaged in live-fire air defence drills off the"
            " Hebrides. Known as Steel Umbrella, the exercise integrated ships from Canada,"
            " Denmark and Spain.",
            "concluded",
        ),
        # a present verb anywhere in the lead keeps it running
        (
            "Minehunters from six navies are taking part in the Northern Sweep exercise off the"
            " Faroe Islands. The drill integrated divers and unmanned boats from Iceland.",
            "ongoing",
        ),
        # a report in the perfect is news of the day
        (
            "Minehunters from six navies have taken part in the Northern Sweep exercise off the"
            " Faroe Islands. The drill integrated divers and unmanned boats from Iceland.",
            "ongoing",
        ),
        # an opening told in the past is a drill under way
        (
            "Minehunters from six navies began the Northern Sweep exercise off the Faroe"
            " Islands, where divers from Iceland and Denmark trained.",
            "ongoing",
        ),
    ],
)
def test_an_undated_story_told_wholly_in_the_past_is_over(body: str, expected: str) -> None:
    assert detect("", body, None).phase == expected


def test_a_dated_story_in_the_past_tense_keeps_its_calendar() -> None:
    body = (
        "Minehunters from six navies took part in the Northern Sweep exercise off the Faroe"
        " Islands on Tuesday. The drill integrated divers from Iceland and Denmark."
    )
    # a publication day is a clock; the tense alone does not end the drill
    assert detect("", body, "2025-05-14").phase != "announced"
