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
