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
            "Alliance troops in readiness drill at Fort Carson",
            "Soldiers from NATO nations gathered at Fort Carson, Colorado, on Tuesday for a"
            " readiness drill, the brigade said.",
        ),
        (
            "Brigade drill at Fort Carson",
            "NATO planners watched as paratroopers of the 3rd Brigade held a readiness drill at"
            " Fort Carson, Colorado, on Tuesday.",
        ),
    ],
)
def test_an_alliance_drill_gets_no_guess(headline: str, body: str) -> None:
    found = detect(headline, body, "2026-03-11")
    assert found.host == "US"
    assert found.countries == []


def test_the_host_of_a_drill_with_unnamed_partners_takes_part() -> None:
    found = detect(
        "Readiness drill with partner nations at Fort Carson",
        "Soldiers from several partner nations gathered at Fort Carson, Colorado, on Tuesday"
        " for a readiness drill with the 3rd Brigade, the brigade said.",
        "2026-03-11",
    )
    assert (found.host, found.countries) == ("US", ["US"])


def test_the_host_of_a_hosted_series_takes_part_when_no_state_is_named() -> None:
    found = detect(
        "RIMPAC 2026 has begun",
        "Rim of the Pacific 2026 officially began off Hawaii on Thursday, with ships and"
        " aircraft from more than twenty nations taking part in the biennial drills.",
        "2026-06-26",
    )
    assert found.countries == ["US"]


def test_no_host_no_participant() -> None:
    assert home_forces(None, ["The army held a drill."], placed_by_rules=True) == []
    drill = ["The army held a drill at its range."]
    assert home_forces("IN", ["The army held a drill with NATO partners."], True) == []
    assert home_forces("IN", drill, placed_by_rules=True) == ["IN"]
    # a host only guessed must be the country the story opens with
    assert home_forces("IN", drill, placed_by_rules=False) == []
    assert home_forces("IN", ["Indian army holds drill", *drill], placed_by_rules=False) == ["IN"]
