"""Phase: announced, ongoing, concluded or cancelled, relative to the article's own time.

Texts written for these tests; each is a shape the real-news development set showed the
detector mistaking.
"""

from __future__ import annotations

from extractors.exercise import detect


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
