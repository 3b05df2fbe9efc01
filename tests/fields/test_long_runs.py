"""Runs of text without full stops are read in pieces, so one hostile sentence stays cheap.

No timing here (speed lives in bench/): the tests check the pieces and that what the rules
weigh per sentence is bounded, which is what kept such a page from costing minutes.
"""

from __future__ import annotations

from extractors.exercise import detect
from extractors.exercise.names import find_names
from extractors.exercise.names.umbrella import umbrellas
from extractors.exercise.text import split_sentences


def test_a_run_without_full_stops_is_cut_into_pieces_at_spaces() -> None:
    run = "Exercise Blue Lynx 2026 and Exercise Red Lynx 2027 and " * 400
    pieces = split_sentences(run)
    assert len(pieces) > 5
    assert all(len(p) <= 3000 for p in pieces)
    assert "".join(p + " " for p in pieces).split() == run.split()  # no word lost


def test_real_sentences_are_left_whole() -> None:
    text = "The drill began on Monday. " + "It involves ships from " + "Chile, " * 300 + "Peru."
    assert split_sentences(text)[0] == "The drill began on Monday."
    assert len(split_sentences(text)) == 2


def test_a_page_repeating_names_is_still_read() -> None:
    body = "Exercise Blue Lynx 2026 and Exercise Red Lynx 2027 and " * 2000 + "."
    found = detect("Navy holds war games", body, "2026-06-10")
    assert found.is_exercise
    assert found.name in {"Blue Lynx 2026", "Red Lynx 2027"}


def test_the_umbrella_named_after_part_of_is_found_in_one_pass() -> None:
    sentence = (
        "Exercise Nordic Lynx 2026 is part of a larger exercise called Steadfast Lynx 2026,"
        " while Exercise Iron Heron 2026 runs apart."
    )
    hits = find_names(sentence, has_trigger=True)
    marked = {h.surface for h in hits if id(h) in umbrellas(sentence, hits)}
    assert any("Steadfast Lynx" in s for s in marked)
    assert not any("Nordic Lynx" in s for s in marked)


def test_a_list_wrapped_after_its_comma_stays_one_sentence() -> None:
    text = (
        "The drills bring together soldiers from Armenia, Georgia,\n"
        "Moldova, Romania and Bulgaria for two weeks.\n"
        "A second line starts a new sentence."
    )
    assert split_sentences(text) == [
        "The drills bring together soldiers from Armenia, Georgia, Moldova, Romania and"
        " Bulgaria for two weeks.",
        "A second line starts a new sentence.",
    ]
