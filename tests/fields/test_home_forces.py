"""A national drill at home takes the host as its participant when the story names no state."""

from __future__ import annotations

import pytest

from extractors.exercise import detect
from extractors.exercise.participants.home_forces import home_forces


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        (
            "Paratroopers tested in surprise alert",
            "Paratroopers of the 3rd Brigade were woken before dawn on Tuesday for a no-notice"
            " readiness drill at Fort Carson, Colorado, the brigade said.",
            "US",
        ),
        (
            "Snap combat readiness check begins in Southern Military District",
            "The defence ministry said on Monday that a snap check of combat readiness had begun"
            " in the Southern Military District, with units moved to ranges in the Rostov"
            " region.",
            "RU",
        ),
    ],
)
def test_a_drill_at_home_with_no_state_named_is_the_hosts(
    headline: str, body: str, expected: str
) -> None:
    found = detect(headline, body, "2026-03-11")
    assert found.host == expected
    assert found.countries == [expected]


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "Allied troops in readiness drill at Fort Carson",
            "Soldiers from allied nations gathered at Fort Carson, Colorado, on Tuesday for a"
            " readiness drill, the brigade said.",
        ),
        (
            "Brigade drill at Fort Carson",
            "NATO planners watched as paratroopers of the 3rd Brigade held a readiness drill at"
            " Fort Carson, Colorado, on Tuesday.",
        ),
    ],
)
def test_a_story_that_speaks_of_several_states_gets_no_guess(headline: str, body: str) -> None:
    found = detect(headline, body, "2026-03-11")
    assert found.host == "US"
    assert found.countries == []


def test_no_host_no_participant() -> None:
    assert home_forces(None, ["The army held a drill."], placed_by_rules=True) == []
    drill = ["The army held a drill at its range."]
    assert home_forces("IN", ["The army held a drill with partner nations."], True) == []
    assert home_forces("IN", drill, placed_by_rules=True) == ["IN"]
    # a host only guessed must be the country the story opens with
    assert home_forces("IN", drill, placed_by_rules=False) == []
    assert home_forces("IN", ["Indian army holds drill", *drill], placed_by_rules=False) == ["IN"]
