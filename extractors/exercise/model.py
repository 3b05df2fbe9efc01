"""The record a detection produces.

Kept separate from the detector so that other packages (warehouse, flows) can import the key
contract without pulling in the regex machinery.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

DETECTOR_VERSION = "exercise-rules-1.18.0"

#: The exact keys of :meth:`ExerciseMention.to_record`, in order. The warehouse schema mirrors this.
MENTION_KEYS: tuple[str, ...] = (
    "is_exercise",
    "score",
    "phase",
    "name",
    "series",
    "aliases",
    "countries",
    "host",
    "start_date",
    "end_date",
    "locations",
    "troops",
    "aircraft",
    "ships",
    "vehicles",
    "domains",
    "kind",
    "qualifiers",
    "evidence",
    "detector_version",
)

PHASES = ("announced", "ongoing", "concluded", "cancelled", "unknown")
DOMAINS = ("land", "sea", "air", "amphibious", "cyber", "space", "nuclear")
KINDS = ("national", "bilateral", "multilateral")


@dataclass
class ExerciseMention:
    """One article's verdict: is it about a military exercise, and what does it say about it.

    ``locations`` items are small dicts ``{"name": str (as written), "country": alpha-2 | None,
    "sea": bool}``. ``qualifiers`` maps a field to a qualifier: for counts "more than" / "about" /
    "up to" / "at least" / "exact"; for dates the precision "day" / "month" / "year"; and
    "month" ("2027-02") or "year" ("2018") when that is all the text says of when.
    ``evidence`` maps a field to the sentence the value came from.
    """

    is_exercise: bool = False
    score: float = 0.0
    phase: str | None = None
    name: str | None = None
    series: str | None = None
    aliases: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    host: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    locations: list[dict[str, Any]] = field(default_factory=list)
    troops: int | None = None
    aircraft: int | None = None
    ships: int | None = None
    vehicles: int | None = None
    domains: list[str] = field(default_factory=list)
    kind: str | None = None
    qualifiers: dict[str, str] = field(default_factory=dict)
    evidence: dict[str, str] = field(default_factory=dict)
    detector_version: str = DETECTOR_VERSION
    # Every country weighed as host, with its signals (participants.host_model); not part of
    # the record, kept for training and for explaining a host.
    host_candidates: list[Any] = field(default_factory=list, repr=False, compare=False)

    def to_record(self) -> dict[str, Any]:
        """A JSON-serialisable dict with exactly :data:`MENTION_KEYS` (fresh copies of lists)."""
        rec: dict[str, Any] = {}
        for key in MENTION_KEYS:
            value = getattr(self, key)
            if isinstance(value, list):
                value = [dict(v) if isinstance(v, dict) else v for v in value]
            elif isinstance(value, dict):
                value = dict(value)
            rec[key] = value
        rec["score"] = round(float(self.score), 4)
        return rec
