"""Dates of an exercise, read against the publication date passed in (FIELDS.md conventions).

Every sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.exercise import detect
from extractors.exercise.dates import (
    DateContext,
    edition_year,
    find_dates,
    find_mentions,
    infer_published,
)
from extractors.exercise.text import normalise, split_sentences

MONDAY = dt.date(2026, 9, 14)


def _dates(title: str, text: str, published: str | None) -> tuple[str | None, str | None, str]:
    rec = detect(title, text, published).to_record()
    assert rec["is_exercise"], rec
    return rec["start_date"], rec["end_date"], rec["phase"]


def test_a_past_start_verb_does_not_push_a_later_end_into_last_year() -> None:
    text = "The joint naval exercise began on Monday and runs until September 25, the navy said."
    assert _dates("", text, "2026-09-14") == ("2026-09-14", "2026-09-25", "ongoing")


def test_start_and_end_days_in_one_sentence_are_both_kept() -> None:
    text = "The joint naval exercise began on September 14 and runs until September 25."
    assert _dates("", text, "2026-09-16") == ("2026-09-14", "2026-09-25", "ongoing")


def test_the_edition_in_the_name_gives_the_year_without_a_publication_date() -> None:
    text = "Belarusian and Russian troops will hold the Zapad-2021 exercise on September 10-16."
    start, end, _ = _dates("", text, None)
    assert (start, end) == ("2021-09-10", "2021-09-16")


def test_no_year_anywhere_leaves_the_days_empty_rather_than_guessing_this_year() -> None:
    text = "Navies of the two countries will hold the Coral Shield naval drills from May 7 to 19."
    start, end, _ = _dates("", text, None)
    assert start is None and end is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The destroyers kicked off the drill on Monday.", dt.date(2026, 9, 14)),
        ("The destroyers kicked off the drill on Saturday.", dt.date(2026, 9, 12)),
        ("The destroyers will begin the drill on Thursday.", dt.date(2026, 9, 17)),
        ("The destroyers began the drill yesterday.", dt.date(2026, 9, 13)),
        ("The destroyers on Sunday launched the drill.", dt.date(2026, 9, 13)),
    ],
)
def test_weekdays_and_yesterday_resolve_by_the_tense_of_their_cue(sentence, expected) -> None:
    found = [m for m in find_mentions(sentence, DateContext(MONDAY)) if m.role == "start"]
    assert [m.start for m in found] == [expected]


def test_an_end_verb_in_the_past_puts_the_weekday_before_publication() -> None:
    ended = find_mentions("The drill concluded in Kazakhstan Friday.", DateContext(MONDAY))
    runs = find_mentions("The drill runs until Friday.", DateContext(MONDAY))
    assert ended[0].end == dt.date(2026, 9, 11) and runs[0].end == dt.date(2026, 9, 18)


def test_a_dateline_or_the_day_somebody_spoke_is_not_the_exercise_day() -> None:
    dateline = find_mentions(
        "HELSINKI, Sept 14 (Wire) - Finnish troops began drills.", DateContext(MONDAY)
    )
    spoke = find_mentions(
        "The ministry said on Sunday the drills would start on Sept 20.", DateContext(MONDAY)
    )
    assert [m.report for m in dateline] == [True]
    assert [(m.report, m.role) for m in spoke] == [(True, "point"), (False, "start")]


def test_a_date_at_the_start_of_a_sentence_is_not_a_dateline() -> None:
    found = find_mentions("On Monday, September 14, the Arctic drill begins.", DateContext(MONDAY))
    assert [(m.start, m.role, m.report) for m in found] == [(MONDAY, "start", False)]


def test_a_photo_caption_day_is_not_a_start() -> None:
    caption = (
        "Soldiers take part in the Iron Heath exercise near Tapa, Estonia, on Monday, "
        "September 14, 2026."
    )
    assert all(m.report for m in find_mentions(caption, DateContext(MONDAY)))


def test_future_tense_takes_a_range_across_the_year() -> None:
    span = find_dates("It will be held between 5 and 12 March.", dt.date(2022, 8, 24))
    assert (span.start, span.end) == (dt.date(2023, 3, 5), dt.date(2023, 3, 12))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Zapad-2021", (2021, True)),
        ("Red Flag-Alaska 21-02", (2021, False)),
        ("Strait Thunder-2025A", (2025, True)),
        ("Iron Wolf 2021-II", (2021, True)),
        ("Saber Strike 15", (2015, False)),
        ("Garuda VII", (None, False)),
        ("Vostok", (None, False)),
    ],
)
def test_edition_years(name: str, expected: tuple[int | None, bool]) -> None:
    assert edition_year(name) == expected


def test_a_page_header_date_stands_in_for_a_missing_publication_date() -> None:
    assert infer_published("Published: Jun. 23, 2016 at 6:45 PM\nTroops drilled.") == dt.date(
        2016, 6, 23
    )
    assert infer_published("WASHINGTON, Nov. 4, 2011 - Navy ships drilled.") == dt.date(2011, 11, 4)
    assert infer_published("Troops drilled on March 3.") is None


def test_a_planning_meeting_is_not_the_schedule() -> None:
    text = (
        "Planners from eleven navies met Jan. 31-Feb. 4 in Mombasa at the final planning "
        "conference for the Cutlass Harbour naval exercise. Kenya will host this year's Cutlass "
        "Harbour naval exercise from May 7 to 21."
    )
    assert _dates("", text, "2026-02-04")[:2] == ("2026-05-07", "2026-05-21")


def test_what_has_just_begun_began_the_day_it_was_announced() -> None:
    text = (
        "A snap combat readiness check of the air force has begun, the defence ministry said on"
        " Tuesday."
    )
    start, end, phase = _dates("Air force snap check", text, "2026-09-15")
    assert (start, end, phase) == ("2026-09-15", None, "ongoing")
    # troops that have begun leaving after the drills: the day is not the drills' start
    text = (
        "Troops have begun leaving the ranges after the Steppe Shield exercise, a border"
        " spokesman said on Tuesday."
    )
    assert _dates("Troops pull back after exercise", text, "2026-09-15")[0] is None


def test_the_one_day_of_an_organised_drill_is_its_start() -> None:
    text = "The theatre command organised joint combat drills around the island on Monday."
    assert _dates("Command organises drills", text, "2026-09-14")[0] == "2026-09-14"


def test_another_drills_start_further_down_does_not_widen_the_range() -> None:
    text = (
        "The navy plans to hold live-fire exercises off the cape on October 24 and 25. The"
        " notice closes the waters to shipping. Fishing groups objected. The notice"
        " follows live-fire drills that began on October 21 near a disputed reef."
    )
    start, end, phase = _dates("Navy plans live-fire drills", text, "2026-10-22")
    assert (start, end, phase) == ("2026-10-24", "2026-10-25", "announced")


def test_will_host_on_the_publication_day_is_an_announcement() -> None:
    text = "Kenya on Monday will host navies from eight countries for a joint exercise at Mombasa."
    start, _, phase = _dates("Kenya to host naval exercise", text, "2026-09-14")
    assert (start, phase) == ("2026-09-14", "announced")


def test_the_date_in_a_wire_credit_is_not_the_start() -> None:
    text = (
        "NAIROBI (Coastline News / Wire - 14th September, 2026) Ships from six nations gathered"
        " for a joint naval exercise hosted by Kenya, the navy said on Monday."
    )
    assert _dates("", text, "2026-09-14")[0] is None


def test_an_opening_ceremony_told_right_after_the_exercise_sentence_gives_the_start() -> None:
    m = detect(
        "",
        "The largest multinational exercise organised by the Romanian Navy, Sea Wall 27, began"
        " with ships from nine allied countries. The opening ceremony took place today in the"
        " port of Constanta. The exercises will last until April 21.",
        "2027-04-08",
    )
    assert (m.start_date, m.end_date) == ("2027-04-08", "2027-04-21")


def test_the_short_form_of_the_name_carries_the_schedule() -> None:
    m = detect(
        "",
        "Thousands of troops are taking part in Northern Blade 2027 (NB27), a US-led exercise in"
        " Alaska. Fighter jets fly from two bases. Ships patrol the gulf. Reporters visited a"
        " range on Tuesday. NB27 runs from August 17 to 28.",
        "2027-08-20",
    )
    assert (m.start_date, m.end_date) == ("2027-08-17", "2027-08-28")


def test_a_plan_since_replaced_does_not_give_the_start() -> None:
    m = detect(
        "",
        "Philippine and US marines have postponed the start of the Kasangga 9 exercise by a week"
        " because a typhoon is coming, the military said on Monday. About 1,800 marines had been"
        " due to begin training on Wednesday. The drills will now start on November 8.",
        "2027-10-25",
    )
    assert m.start_date == "2027-11-08"


def test_a_one_day_drill_ends_the_day_it_starts() -> None:
    m = detect(
        "",
        "South Korean marines are set to conduct live-fire drills on Tuesday on two border"
        " islands. The one-day drills will mobilise howitzers and mortars.",
        "2027-05-02",
    )
    assert (m.start_date, m.end_date) == ("2027-05-04", "2027-05-04")


def test_a_drill_held_on_a_day_reported_after_it_is_one_day() -> None:
    m = detect(
        "Marines hold live-fire drill on border islands",
        "The Marine Corps on Wednesday held a live-fire exercise on islands near the maritime"
        " border, firing about 200 rounds.",
        "2027-09-24",
    )
    assert (m.start_date, m.end_date) == ("2027-09-22", "2027-09-22")


def test_an_exercise_that_began_on_a_day_has_no_end_yet() -> None:
    m = detect(
        "",
        "The allies began the two-week Iron Gate 27 exercise on Monday with about 4,000 troops.",
        "2027-03-10",
    )
    assert m.end_date is None


def test_a_start_told_apart_from_the_end_sentence_is_joined_to_it() -> None:
    m = detect(
        "Army's biggest war game begins Saturday",
        "The army will Saturday begin its biggest field exercise, Steel Resolve 3, involving"
        " 20,000 soldiers. The air force's Sky Mark 2027 exercise will be integrated with the"
        " army field exercise, which will continue till May 13.",
        "2027-04-08",
    )
    assert (m.start_date, m.end_date) == ("2027-04-10", "2027-05-13")


def test_the_edition_written_only_in_the_short_form_gives_the_year() -> None:
    m = detect(
        "",
        "Exercise Sea Gate (SEGA 27) began on June 28 in the Norwegian Sea with warships from"
        " seven allied navies.",
        None,
    )
    assert m.start_date == "2027-06-28"


def test_a_start_day_in_a_sentence_about_ships_meeting_is_the_exercises() -> None:
    start, _, _ = _dates(
        "",
        "Navy ships from four nations met in the waters off the northern coast to conduct the"
        " maritime exercise Coral Lantern 2026 beginning July 5.",
        None,
    )
    assert start == "2026-07-05"


def test_the_day_of_a_planning_meeting_is_still_not_the_start() -> None:
    start, _, _ = _dates(
        "",
        "Planners from five navies met on March 3 in Darwin to discuss the Coral Lantern 2026"
        " naval exercise, which the navies will hold later in the year.",
        None,
    )
    assert start is None


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "Infantry of the two armies today kickstarted the joint exercise Jungle Oath 2026 in"
            " the northern hills, the army said.",
            "2026-04-30",
            "2026-04-30",
        ),
        (
            "The air force on Sunday inaugurated its twelve-nation air exercise, Desert Kite-2026,"
            " at a base in the south.",
            "2026-10-06",
            "2026-10-04",
        ),
        (
            "The air force exercise Thunder Range 2026 was scheduled to take place at the desert"
            " range near the border on March 7.",
            "2026-03-05",
            "2026-03-07",
        ),
    ],
)
def test_more_ways_of_saying_the_exercise_opens(sentence: str, published: str, expected: str):
    start, _, _ = _dates("", sentence, published)
    assert start == expected


def test_an_edition_in_brackets_after_a_quoted_name_dates_a_bare_day() -> None:
    m = detect(
        "",
        "The alliance exercise \u201cSilent Pike\u201d (SIPI 26) to hunt submarines began on"
        " June 28 in the Norwegian Sea.",
        None,
    )
    assert m.aliases == ["SIPI 26"]
    assert m.start_date == "2026-06-28"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # a comma inside a written date
        ("will begin on September, 21 and run until September, 30", ("2026-09-21", "2026-09-30")),
        # weekdays before the days of a month name those days, not the nearest weekdays
        (
            "runs from Monday the 21st until Friday the 25th of September",
            ("2026-09-21", "2026-09-25"),
        ),
    ],
)
def test_days_written_in_looser_shapes_are_still_read(written: str, expected: tuple) -> None:
    start, end, _ = _dates(
        "", f"The Coastal Lynx naval exercise {written}, the navy said.", "2026-09-14"
    )
    assert (start, end) == expected


def test_a_comma_before_a_count_is_no_day() -> None:
    assert find_mentions("In September, 30 ships took part.", DateContext(MONDAY)) == []


def test_a_sentence_glued_to_the_next_is_two_sentences() -> None:
    text = normalise(
        "Warships gathered off the peninsula.The drills began on Monday. Ships of the U.S.Navy"
        " sailed from St.Louis, says www.example.Com today."
    )
    assert split_sentences(text)[:2] == [
        "Warships gathered off the peninsula.",
        "The drills began on Monday.",
    ]
    assert "U.S.Navy" in text and "St.Louis" in text and "www.example.Com" in text


def test_a_weekday_of_next_week_is_in_the_week_after_publication() -> None:
    # Published on a Friday: "through Friday of next week" is a week later, not today.
    assert _dates(
        "Allies to hold air drill",
        "The two air forces will hold the Quiet Harrier drill from Monday through Friday of next"
        " week in the southern airspace.",
        "2027-10-29",
    ) == ("2027-11-01", "2027-11-05", "announced")


@pytest.mark.parametrize(
    ("published", "text", "end"),
    [
        (
            "2027-08-12",
            "Troops from two armies opened the Cedar Pass counter-terrorism exercise on Tuesday,"
            " and the drills will last till the 16th.",
            "2027-08-16",
        ),
        (
            "2027-08-28",
            "Troops from two armies began the Cedar Pass counter-terrorism exercise on Monday,"
            " and the drills will last till the 3rd.",
            "2027-09-03",
        ),
        (
            "2027-09-02",
            "Troops from two armies held the Cedar Pass counter-terrorism exercise, which lasted"
            " till the 25th, the ministry said.",
            "2027-08-25",
        ),
    ],
)
def test_a_day_of_the_month_alone_ends_in_the_nearest_month_on_its_side(
    published: str, text: str, end: str
) -> None:
    assert _dates("Cedar Pass drill", text, published)[1] == end


def test_an_ordinal_followed_by_a_noun_is_no_day() -> None:
    start, end, _ = _dates(
        "Cedar Pass drill",
        "Troops from two armies began the Cedar Pass counter-terrorism exercise on Monday; it"
        " will run until the 16th century fort on the ridge is taken.",
        "2027-08-16",
    )
    assert end is None


def test_an_opening_ceremony_held_on_a_day_is_a_start_not_a_one_day_drill() -> None:
    assert _dates(
        "Cooperation drill opens",
        "The opening ceremony of the Mountain Accord joint counter-terrorism exercise was held at"
        " the border training ground on August 7.",
        "2027-08-12",
    )[:2] == ("2027-08-07", None)


def test_a_closing_ceremony_held_on_a_day_is_the_end() -> None:
    assert _dates(
        "Joint exercise closes",
        "The closing ceremony of the fifth joint military exercise Desert Pact-V was held at the"
        " engineering college on Thursday.",
        "2027-02-19",
    )[:2] == (None, "2027-02-18")


def test_a_relative_day_glossed_with_its_date_is_one_day() -> None:
    # "yesterday (July 20)" is the day the week of drills ended, not a one-day drill.
    start, end, phase = _dates(
        "Navy wraps up drills",
        "The navy's southern command yesterday (July 20) concluded a week of joint naval"
        " exercises held with a neighbouring fleet in the Andaman Sea.",
        "2027-07-21",
    )
    assert (start, end) == (None, "2027-07-20")


def test_the_days_of_a_final_planning_event_are_not_the_exercise() -> None:
    start, end, _ = _dates(
        "Planners meet for Savanna Oath",
        "The final planning event for exercise Savanna Oath 28, hosted by the national defence"
        " forces, took place here January 22 - 26. Savanna Oath 28 runs from February 26 to"
        " March 7 in the north of the country.",
        "2028-01-27",
    )
    assert (start, end) == ("2028-02-26", "2028-03-07")


def test_a_range_further_down_that_starts_the_same_day_gives_the_end() -> None:
    # The named sentence gives only the start; an unnamed one below gives the whole span.
    assert _dates(
        "",
        "The navies of two neighbours have kicked off their largest naval exercise in the gulf,"
        " the official news agency reported. Exercise Gulf Lantern-4 kicked off at a naval base"
        " in Port Kade on Saturday. The two sides will also exchange observers. Spanning seven"
        " days from November 13 to 19 in the northern gulf, the exercise is divided into two"
        " phases.",
        "2027-11-15",
    )[:2] == ("2027-11-13", "2027-11-19")


def test_a_day_that_marked_the_end_of_the_exercise_is_its_end() -> None:
    start, end, _ = _dates(
        "Two navies conclude Tidal Oak",
        "Wednesday 16 June marked the end of Tidal Oak 2027, a bilateral naval exercise. Begun on"
        " 2 June, the exercise was run from an operations centre near the capital.",
        "2027-06-18",
    )
    assert (start, end) == ("2027-06-02", "2027-06-16")


def test_a_span_of_days_at_the_end_of_a_sentence_is_no_photo_caption() -> None:
    # "participate in" reads like a caption, but a photo is taken on one day, not five.
    assert _dates(
        "Soldiers take part in Ember Shield",
        "Riverton, 13 September /AGENCY/- Army servicemen participate in the multinational"
        " exercise Ember Shield 2027 on 13-17 September.",
        "2027-09-13",
    )[:2] == ("2027-09-13", "2027-09-17")


def test_this_morning_is_the_publication_day() -> None:
    start, _end, _phase = _dates(
        "Allied gunners open range week",
        "This morning at the northern range, gunners from four allied armies began a nine-day"
        " live-fire exercise named Iron Kettle.",
        "2027-10-12",
    )
    assert start == "2027-10-12"


def test_a_dateline_behind_a_page_header_date_is_the_report_day() -> None:
    # The wire's dateline is the day of the report, with or without the page's own date glued
    # in front of it; the drill's first day is not told.
    for head in ("", "date 2027-05-04 "):
        start, _end, _phase = _dates(
            "",
            head + "Suva, May 4 (PTI) Fijian and Tongan troops began the Reef Warden exercise"
            " in the north.",
            "2027-05-04",
        )
        assert start is None, head


def test_a_start_stated_outright_beats_the_day_it_was_told() -> None:
    start, _end, _phase = _dates(
        "",
        "The joint exercise Reef Warden between the Fijian and Tongan armies has commenced,"
        " officials said on Monday. The exercise commenced on Saturday with an opening parade.",
        "2027-05-04",
    )
    assert start == "2027-05-01"


def test_an_end_told_right_after_a_sentence_that_names_the_exercise_is_read() -> None:
    text = (
        "Coral Lantern 2026, a yearly naval exercise, opened at Darwin on Tuesday. "
        "This year Coral Lantern brings together sailors from nine navies. "
        "Crews will sail the Arafura Sea and train ashore through October 2."
    )
    assert _dates("", text, "2026-09-16") == ("2026-09-15", "2026-10-02", "ongoing")


def test_this_years_iteration_speaks_for_the_named_exercise() -> None:
    text = (
        "Navies from eleven nations gathered at Darwin on Sept. 7 to begin Exercise Coral "
        "Lantern 2026. This year's iteration, scheduled for Sept. 8-19, brings 14 warships."
    )
    assert _dates("", text, None)[1] == "2026-09-19"


def test_a_dateline_without_a_year_anchors_weekdays_in_the_editions_year() -> None:
    text = (
        "Twin Harbour 25 under way\n\n"
        "PERTH, Oct 8: The navies of Australia and India are holding exercise Twin Harbour 25 "
        "off Rottnest Island. The exercise, which began on Monday, will run till October 15."
    )
    assert _dates("", text, None)[:2] == ("2025-10-06", "2025-10-15")


def test_a_stated_range_beats_an_opening_ceremony_a_day_later() -> None:
    text = (
        "Sea Lantern 2026 opens at Varna\n\n"
        "SOFIA, July 12 /wire/ - The port of Varna on Saturday hosted the opening ceremony of "
        "the Sea Lantern 2026 exercise, with 600 sailors from seven countries taking part. "
        "Minehunters will clear a training field off the coast. "
        "The commander said crews would train at sea and in port. "
        "The drills run from July 10 to 17, the navy said."
    )
    assert _dates("", text, "2026-07-12")[:2] == ("2026-07-10", "2026-07-17")


def test_a_ceremony_held_to_open_the_drills_is_no_announcement() -> None:
    text = (
        "MINSK, March 3. /wire/. Troops of four allied states kicked off the Granite Shield "
        '2026 drills in Belarus, the bloc said on its website on Tuesday. "A ceremony took '
        'place at the Borovka range on March 3 to open the Granite Shield 2026 drills," the '
        "statement said."
    )
    assert _dates("", text, "2026-03-03")[2] == "ongoing"


def test_a_first_line_wrapped_mid_sentence_is_no_headline() -> None:
    from extractors.exercise.text import split_headline

    text = (
        "The Kyrgyz and Kazakh armies launched joint exercises in\n"
        "Osh on Friday to practise a response to raids across the border.\n"
        'About 400 troops took part in the drills code-named "Mountain Pact 2026."'
    )
    assert split_headline(text)[0] == ""
    assert _dates("", text, "2026-09-25")[0] == "2026-09-25"


def test_a_snap_check_starts_the_day_it_is_called_or_reported_deployed() -> None:
    called = (
        "The armed forces on Dec. 17 announced snap military exercises across the country to "
        "test the combat readiness of units."
    )
    assert _dates("", called, "2026-12-17")[0] == "2026-12-17"
    deployed = (
        "MOSCOW, April 14. /wire/. The Northern Fleet's warships have deployed to the "
        "designated areas of the Barents Sea for a surprise combat readiness inspection, the "
        "ministry reported on Tuesday."
    )
    assert _dates("", deployed, "2026-04-14")[0] == "2026-04-14"


def test_no_headline_is_taken_from_below_the_first_paragraph() -> None:
    from extractors.exercise.text import split_headline

    text = (
        "Twelve allied fighter jets have arrived at an air base in the south for a regular "
        "joint exercise, a defence ministry source said on Sunday.\n\n"
        'The allies plan to start the five-day air combat practice on Monday, the source said."'
    )
    assert split_headline(text)[0] == ""


def test_the_concluding_day_of_the_drill_is_its_end() -> None:
    text = (
        "A missile is fired from a frigate on the concluding day of the annual naval drill "
        "Exercise Sea Shield-2026 in the Bay of Bengal on Wednesday."
    )
    assert _dates("", text, "2026-01-16")[1] == "2026-01-14"


@pytest.mark.parametrize(
    "follow_up",
    [
        "About 900 sailors and 7 warships take part until May 15.",
        "Crews will fly sorties over the ranges until 15 March.",
    ],
)
def test_a_two_digit_end_told_in_the_next_sentence_is_read(follow_up: str) -> None:
    text = (
        "The navies of Chile and Peru began the Harbour Shield exercise on Monday off the "
        f"northern coast. {follow_up}"
    )
    start, end, _ = _dates("", text, "2026-03-04")
    assert start == "2026-03-02"
    assert end is not None and end.endswith(("05-15", "03-15"))


def test_the_day_of_an_opening_ceremony_photo_is_the_start() -> None:
    text = (
        "Soldiers of three armies train together in the Iron Ridge command post exercise. "
        "Soldiers from the Japan Ground Self-Defense Force and the U.S. Army take part in the "
        "opening ceremony of Iron Ridge 26 at Camp Kita, Japan, Nov. 3, 2026."
    )
    start, _, _ = _dates("", text, "2026-11-05")
    assert start == "2026-11-03"


def test_a_quoted_sentence_with_its_own_day_still_gives_the_start() -> None:
    text = (
        '"On September 12, the Granite Gate 2026 joint strategic exercise began between the'
        ' armed forces of Ruritania and its neighbour," the ministry said.'
    )
    start, _, _ = _dates("", text, "2026-09-13")
    assert start == "2026-09-12"


def test_dotted_day_month_year_dates_are_read() -> None:
    text = (
        "The navies of Chile and Peru will hold the Harbour Shield naval exercise from"
        " 02.03.2026 to 13.03.2026."
    )
    assert _dates("", text, "2026-02-10") == ("2026-03-02", "2026-03-13", "announced")


@pytest.mark.parametrize(
    ("quote", "start"),
    [
        (
            '"Today the Chilean Navy and the Peruvian Navy begin the Harbour Shield exercise," the'
            " minister said.",
            "2026-03-02",
        ),
        (
            '"The drills we have conducted in Harbour Shield replicate the challenges we face'
            ' today," the admiral said.',
            None,
        ),
    ],
)
def test_a_quotations_today_dates_only_an_opening_it_tells(quote: str, start: str | None) -> None:
    rec = detect(
        "", "Chile and Peru hold the Harbour Shield naval exercise. " + quote, "2026-03-02"
    )
    assert rec.start_date == start


def test_a_present_passive_does_not_put_a_scheduled_range_in_the_past() -> None:
    text = (
        "The eighth edition of the bilateral naval exercise Harbour Shield is scheduled off"
        " Callao from October 19 to October 21, and is being conducted in a non-contact format."
    )
    assert _dates("", text, "2026-04-20")[:2] == ("2026-10-19", "2026-10-21")


def test_a_drill_scheduled_to_be_held_from_a_day_has_no_end_yet() -> None:
    text = (
        "The naval exercise Harbour Shield 2026 is scheduled to be held at Callao from 3rd of"
        " April."
    )
    assert _dates("", text, "2026-03-20")[:2] == ("2026-04-03", None)


def test_the_days_of_a_dialogue_are_not_the_exercise() -> None:
    text = (
        "During the Pacific Security Dialogue held in Lima from May 31st to June 2nd, the"
        " ministers of Chile and Peru announced the Harbour Shield naval exercise."
    )
    assert _dates("", text, "2026-06-05")[:2] == (None, None)


def test_the_first_day_of_the_exercise_is_its_start() -> None:
    text = (
        "Sailors from Chile and Peru are taking part in the two-week Harbour Shield naval"
        " exercise. Fifteen volunteers acted as mock casualties on April 8, the first day of the"
        " exercise."
    )
    assert _dates("", text, "2026-04-10")[0] == "2026-04-08"


def test_the_short_form_a_story_gives_names_the_exercise_for_its_days() -> None:
    text = (
        "Military forces from Chile and partner nations commenced exercise Harbour Gale 2026"
        " (HG26) in Chile on April 22, 2026. HG26 takes place from April 14 to May 23, 2026,"
        " across Chile, Peru and Ecuador."
    )
    assert _dates("", text, "2026-04-22")[:2] == ("2026-04-14", "2026-05-23")


def test_a_weekday_last_week_is_in_the_week_before() -> None:
    text = (
        "The navies of Chile and Peru ended the Harbour Shield exercise that began on Wednesday"
        " last week."
    )
    assert _dates("", text, "2026-07-18")[0] == "2026-07-08"


def test_a_long_exercises_end_told_where_it_is_named_again() -> None:
    text = (
        "NATO's Exercise 'Granite Gate 26' began on 24 January 2026. Planned to show how fast"
        " forces can reinforce the region, it is the largest exercise in decades. Running until"
        " 31 May, 'Granite Gate 26' is the alliance's main exercise for 2026."
    )
    assert _dates("", text, None)[:2] == ("2026-01-24", "2026-05-31")


def test_the_exercise_steering_group_is_no_other_exercise() -> None:
    text = (
        "The armies of Cambodia and Laos opened their two-week joint exercise, Mekong Lotus"
        " 2031, at a training centre in Kampong Speu. The opening was attended by both army"
        " chiefs. The head of the Exercise Steering Group said that the joint land and air"
        " drills will be held from May 12 to 26 at the centre."
    )
    assert _dates("", text, None)[:2] == ("2031-05-12", "2031-05-26")


def test_a_ceremony_on_a_day_to_open_the_drills_is_the_start() -> None:
    text = (
        "Over 3,000 troops from Kazakhstan and Kyrgyzstan gathered for the Steppe Guard 2031"
        " drills. A ceremony took place at the Otar range on September 9 to open the"
        " Steppe Guard 2031 drills."
    )
    assert _dates("", text, None)[0] == "2031-09-09"


def test_a_schedule_told_two_lines_after_an_exercise_line_is_read() -> None:
    from extractors.exercise.dates.sentences import date_sentences

    sentences = [
        "Cambodian and Lao troops opened the Mekong Lotus 2031 exercise on Monday.",
        "Both army chiefs attended.",
        "A spokesman said the land and air drills will be held from May 12 to 26.",
        "The West-2030 exercise ran from September 10 to 15.",
    ]
    assert date_sentences(sentences, [0], "mekong lotus", False) == [0, 2]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Harbour Shield 2031, a large naval exercise in the Baltic, will take place on June"
            " 7-22, the navy said at a pre-sail conference on Wednesday.",
            "2031-06-06",
            ("2031-06-07", "2031-06-22"),
        ),
        (
            "The initial planning event for exercise Cobra Gold 2032 took place from June"
            " 10-13, setting the stage for the multinational exercise scheduled for Feb. 10-21,"
            " 2032 in Thailand.",
            "2031-06-20",
            ("2032-02-10", "2032-02-21"),
        ),
        (
            "Officers of the Harbour Shield 2031 naval exercise will stay in Klaipeda on June 4-7"
            " to take part in the pre-sail conference, the navy said on Tuesday.",
            "2031-06-05",
            (None, None),
        ),
    ],
)
def test_the_exercises_days_beside_a_meetings_day(
    text: str, published: str, expected: tuple[str | None, str | None]
) -> None:
    assert _dates("", text, published)[:2] == expected


def test_a_stated_length_gives_no_last_day_the_text_does_not_write() -> None:
    # FIELDS.md: a date only where the day is written; "a two-day exercise" from Monday leaves
    # the end to the text.
    text = (
        "The Ruritanian army on Monday launched a two-day surprise military exercise in the"
        " north of the country, the army said."
    )
    assert _dates("", text, "2031-11-17")[:2] == ("2031-11-17", None)


def test_the_end_told_below_page_furniture() -> None:
    text = (
        "Baltic naval exercise Harbour Shield 2031 completed\nDate:\nPlace:\nRostock\n"
        "Reading time:\n2 MIN\nThe major maritime military training event ended on September"
        " 20, around 40 hours earlier than planned."
    )
    assert _dates("", text, None)[1] == "2031-09-20"


def test_an_opening_told_now_under_a_dateline_starts_that_day() -> None:
    text = (
        "MOSCOW, September 16. /TASS/. The strategic command-staff exercise Tsentr-2031 starts"
        " in the Central Military District, the defence minister said."
    )
    assert _dates("", text, "2031-09-16")[0] == "2031-09-16"


def test_an_opening_told_now_without_a_dateline_gets_no_day() -> None:
    text = (
        "The strategic command-staff exercise Tsentr-2031 starts in the Central Military"
        " District, the defence minister said."
    )
    assert _dates("", text, "2031-09-16")[0] is None


def test_an_end_told_in_reported_speech() -> None:
    m = detect(
        "Army exercise Copper Dawn",
        "A release said the exercise commenced on October 2, and would end on December 23, 2027.",
        None,
    )
    assert (m.start_date, m.end_date) == ("2027-10-02", "2027-12-23")


def test_a_span_of_days_right_after_the_exercise_line_is_its_schedule() -> None:
    m = detect(
        "Guard brigades gather for summer readiness exercise",
        "Two training centres in the north of the state are hosting Exercise Timber Wolf, one of"
        " the largest reserve component exercises of the year. About 4,000 soldiers from six"
        " states will train at the ranges from July 31 to Aug. 14.",
        "2026-07-20",
    )
    assert (str(m.start_date), str(m.end_date)) == ("2026-07-31", "2026-08-14")


def test_a_roundtable_is_a_meeting_whose_days_are_not_the_exercise() -> None:
    from extractors.exercise.dates.meetings import is_meeting

    assert is_meeting("From August 3 to 5 the officers will hold a roundtable in the capital.")


def test_a_named_range_is_not_widened_by_the_start_of_another_exercise_nearby() -> None:
    m = detect(
        "Air forces meet over Alaska",
        "Exercise Polar Gate 2026 brings together aircraft from four nations. Arctic Watch began"
        " August 1 and continues until the end of the month. Polar Gate 2026 runs from August 17"
        " to 28.",
        "2026-08-26",
    )
    assert (str(m.start_date), str(m.end_date)) == ("2026-08-17", "2026-08-28")


def test_the_date_closing_a_release_that_announces_participation_is_not_a_start() -> None:
    m = detect(
        "Fleet confirms its part in Black Sea exercise",
        "The fleet formally announces its participation in the upcoming exercise Sea Shield 2026,"
        " co-hosted with the Romanian navy, June 21, 2026. Two weeks of naval drills are set to"
        " begin in the Black Sea. The annual Sea Shield exercise runs from June 28 through July"
        " 10 with the participation of 20 countries.",
        "2026-06-28",
    )
    assert (str(m.start_date), str(m.end_date)) == ("2026-06-28", "2026-07-10")


def test_a_plural_present_opening_on_a_weekday_is_the_coming_one() -> None:
    m = detect(
        "Allies open spring exercise",
        "South Korea and the United States begin their combined Iron Spring military exercise on"
        " Monday.",
        "2026-02-20",  # a Friday
    )
    assert str(m.start_date) == "2026-02-23"


def test_a_closing_verb_far_back_in_the_same_clause_still_makes_the_day_the_end() -> None:
    m = detect(
        "",
        "Allied strike forces and the carrier group completed their four-day training exercise"
        " Harbour Strike 2026-2 (HS 26.2) in the Ionian Sea on July 14, 2026.",
        None,
    )
    assert m.end_date is not None and str(m.end_date) == "2026-07-14"


def test_a_closing_verb_in_an_earlier_clause_does_not_reach_the_day() -> None:
    m = detect(
        "",
        "The navy completed a mine clearance drill in the bay last spring, and the fleet's new"
        " frigate begins sea trials on July 14, 2026, officials said.",
        None,
    )
    assert m.end_date is None or str(m.end_date) != "2026-07-14"


def test_a_glued_stop_before_a_short_word_or_after_a_day_still_ends_a_sentence() -> None:
    text = (
        "The fleet will stay in the region, the spokesman said.On March 3-9 the navies of three"
        " countries held the exercise Coral Gate. It ran until March 9.In all, the U.S.Navy sent"
        " a destroyer; see tass.com."
    )
    assert split_sentences(normalise(text)) == [
        "The fleet will stay in the region, the spokesman said.",
        "On March 3-9 the navies of three countries held the exercise Coral Gate.",
        "It ran until March 9.",
        "In all, the U.S.Navy sent a destroyer; see tass.com.",
    ]
    m = detect("", text, "2026-03-12")
    assert (str(m.start_date), str(m.end_date)) == ("2026-03-03", "2026-03-09")


def test_a_drill_closing_today_ends_on_the_publication_day() -> None:
    text = (
        "The regional anti-terror drill Steppe Shield-2026 is closing today with a final"
        " live-fire phase at the Kapchagay range, the defence ministry reported."
    )
    assert _dates("", text, "2026-09-14")[1] == "2026-09-14"


def test_the_day_a_state_withdrew_is_not_the_start() -> None:
    text = (
        "ASTANA: Georgia Saturday withdrew from a multinational military exercise - Steppe"
        " Shield-2026 - that was scheduled to be held in Kazakhstan next month as it did not"
        " want to drill with some of the other guests, officials said. The exercise is to be"
        " held in the Almaty region between 15 and 27 October, and other participants include"
        " Kyrgyzstan."
    )
    assert _dates("", text, "2026-09-14") == ("2026-10-15", "2026-10-27", "announced")


def test_warfighters_are_military_words() -> None:
    text = (
        "This morning at two air stations, warfighters from the United States and nine allied"
        " countries start a ten-day exercise to test air-to-ground identification systems."
    )
    rec = detect("", text, "2026-09-14").to_record()
    assert rec["is_exercise"], rec


def test_the_day_a_ministry_informed_is_not_the_drill_day() -> None:
    text = (
        "The Ministry of Defence informed Wednesday that the Indian Navy conducted Exercise"
        " Sea Falcon along with the French Navy and the Omani Navy January 22, 2026."
    )
    assert _dates("", text, "2026-01-23")[:2] == ("2026-01-22", "2026-01-22")


def test_a_span_told_apart_from_the_closing_day_gives_the_start() -> None:
    text = (
        "The United States and South Korea concluded the annual joint military exercise Ulchi"
        " Freedom Shield (UFS) on Thursday, the US command announced. The allies mobilised"
        " 19,000 troops for Ulchi Freedom Shield. \u201cConducted from Aug. 10-20, UFS 26"
        " reflected a range of realistic threats,\u201d the command said in a statement."
    )
    assert _dates("", text, "2026-08-21")[:2] == ("2026-08-10", "2026-08-20")


def test_a_bracketed_cross_reference_is_no_meeting() -> None:
    text = (
        "Kenya kicked off its biennial naval exercise Blue Heron 2026 in Mombasa on April 12"
        " with an opening ceremony and the arrival of ships from 20 countries (See: \u201cShips,"
        " Reviews and a Symposium\u201d)."
    )
    assert _dates("", text, None)[0] == "2026-04-12"


def test_closing_out_the_exercise_ends_it() -> None:
    text = (
        "More than 200 service members gathered June 21 at the training base to close out"
        " Amber Gate 26, a multinational exercise. The exercise, which began June 12, was held"
        " in several locations across Latvia."
    )
    assert _dates("", text, None)[:2] == ("2026-06-12", "2026-06-21")


def test_its_first_day_is_the_start() -> None:
    text = (
        "The allies' summer military drill Iron Lantern 26 ended on Thursday after eleven days"
        " of training by 20,000 troops. Pyongyang condemned Iron Lantern on its first day, Aug."
        " 10, as a rehearsal for invasion, state media reported that day."
    )
    assert _dates("", text, "2026-08-21")[:2] == ("2026-08-10", "2026-08-20")


def test_took_part_is_not_a_part_of_the_exercise() -> None:
    text = (
        "ZAGAN, Poland - As Czech tanks and Dutch infantry secured the last objective, the"
        " visitors' day of Exercise Amber Gate 26 came to an end. Some 2,000 personnel took part"
        " from May 17 to 26, deploying to ranges in Zagan and Wroclaw."
    )
    assert _dates("", text, None)[:2] == ("2026-05-17", "2026-05-26")


def test_a_timestamp_line_does_not_break_the_lead_from_its_schedule() -> None:
    text = (
        "KRABI: The Royal Thai Navy yesterday (July 16) concluded a week of joint naval exercises"
        " conducted with the Royal Malaysian Navy off the coast of Krabi.\n\nFriday 17 July 2026"
        " 10:12 AM\n\nThe '12th/2026 SEABRIDGE' exercises, officially scheduled as from July"
        " 10-17, were held in the waters along the Andaman coast, with six ships taking part."
    )
    assert _dates("", text, "2026-07-17")[0] == "2026-07-10"


def test_today_under_a_dateline_is_the_datelines_day() -> None:
    text = (
        "Hanoi, Nov 19 - The defence minister opened today the nationwide strategic drill"
        " \u201cRed River 2026,\u201d which will take place across the country until November 22."
        " The drill includes the civil defence days on November 23 and 24, the ministry said."
    )
    assert _dates("", text, "2026-11-20")[:2] == ("2026-11-19", "2026-11-22")


def test_a_visitors_day_is_not_the_schedule() -> None:
    text = (
        "Exercise Aegean Shield-2026 is under way at the Seferihisar range. The exercise will"
        " culminate with a Distinguished Observer Day on May 29-30. The exercise began with a"
        " command post exercise from April 25 to May 8, followed by a field exercise from May 9"
        " to May 30. Defence Minister Ali Kaya on Tuesday noted that participation is growing."
    )
    assert _dates("", text, "2026-05-22")[:2] == ("2026-04-25", "2026-05-30")


def test_an_undated_page_takes_its_year_from_an_edition_of_its_own_series() -> None:
    text = (
        "Russia and China have held joint naval drills since 2012. Russia held its quadrennial"
        " Vostok military exercises September 11-17 with Chinese and Mongolian units. The most"
        " notable aspect of Vostok-2026 was its size."
    )
    assert _dates("", text, None)[:2] == ("2026-09-11", "2026-09-17")
