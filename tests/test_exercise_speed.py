"""The fast paths of exercise-rules-1.2.0 give the same answers as the plain regexes they replace.

Speed work (token gates, lower-cased case-sensitive patterns, anchored matches round trigger
words, numbers and month names) must not change any result; these checks run both forms over
sentences written for the test.
"""

from __future__ import annotations

import re

import pytest

from extractors.exercise import gazetteer, numbers, text, triggers
from extractors.exercise.generic import GENERIC, generic_lc
from extractors.exercise.names import grammar as names

SENTENCES = [
    "NATO-led forces and the PLA's Eastern Theater Command both announced drills on Monday.",
    "Around 4,000 troops, two dozen F-16s and a hundred armoured vehicles joined Sea Breeze 24.",
    "Residents took part in a fire drill while firefighters and police watched from the road.",
    "The coast guard and the navy practised boarding drills off the coast of Tasmania.",
    "Analysts at a think-tank ran a war game on a blockade; no armed forces were involved.",
    "Up to 12 warships, among them three submarines, will sail from 3 to 9 June, officials said.",
    "Italian and Greek jets flew joint air-combat training sorties over the Ionian Sea.",
    "The exercises, courses and port calls planned with Oman were postponed until next year.",
    "Such drills have been held for years, including naval and amphibious exercises with Peru.",
    "Tanks fired live rounds in the Nov. 4-8 manoeuvres near Rivne, the Ukrainian army said.",
    "Rear Adm. Stone said the U.S. Navy's carrier would join in mid-August; the drill ends Sept 2.",
    "Doctors say physical exercise helps; the astronauts practised a docking manoeuvre in orbit.",
    "An eight-ship flotilla and no fewer than  a dozen helicopters took part between 5 and 12 May.",
    "Court-martial proceedings followed the crash of a jet during a strategic forces training.",
    "Sweden's and Finland's naval-infantry units drilled with Estonian marines at Paldiski.",
]


@pytest.mark.parametrize(
    "test", [triggers.MIL, triggers.MIL_CORE, triggers.CIVIL, triggers.ACCIDENT, triggers.SPACE]
)
def test_gated_word_tests_agree_with_the_full_regex(test) -> None:
    for s in SENTENCES:
        assert test.test(s) == test.ungated(s), s


def test_generic_fast_path_agrees() -> None:
    for s in SENTENCES:
        low = s.lower()
        spans = [m.span() for m in triggers._TRIGGER_LC.finditer(low)]
        if spans:
            assert generic_lc(low, spans) == (GENERIC.search(s) is not None), s


def test_strong_phrase_check_agrees_with_the_window_search() -> None:
    for s in SENTENCES:
        low = s.lower()
        for m in triggers._TRIGGER_LC.finditer(low):
            st, e = m.span()
            lo = max(0, st - 90)
            ref = any(
                g.start() <= st - lo and e - lo <= g.end()
                for g in triggers._STRONG_LC.finditer(low[lo : e + 70])
            )
            assert triggers._strong_at(low, st, e) == ref, s


def test_gazetteer_and_series_scans_match_a_look_behind() -> None:
    places = re.compile(r"(?<![\w.'’])" + gazetteer._regex().pattern)
    series = re.compile(r"(?<![\w-])" + names._series_regex().pattern)
    for s in SENTENCES:
        assert [m.span() for m in places.finditer(s)] == [
            m.span() for m in gazetteer.word_starts(gazetteer._regex(), s)
        ]
        assert [m.span() for m in series.finditer(s)] == [
            m.span() for m in gazetteer.word_starts(names._series_regex(), s, names._SERIES_GLUE)
        ]


def test_counts_anchored_at_numbers_match_the_full_pattern() -> None:
    for s in SENTENCES:
        low = s.lower()
        ref = [(m.start(), m.end(), m.group("qual") or "") for m in numbers.COUNT.finditer(low)]
        got = [(st, m.end(), q) for m, st, q in numbers._count_matches(low)]
        assert got == ref, s


def test_sentence_cut_points_match_the_look_behind_split() -> None:
    body = text.normalise(" ".join(SENTENCES) + "\n\nA new paragraph. And (another) one!")
    ref = [p.strip() for p in text._SPLIT.split(body) if p and p.strip()]
    got = [p.strip() for p in text._split_points(body) if p and p.strip()]
    assert got == ref
