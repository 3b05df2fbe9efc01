"""The host of a series held in the same country every time, split out of places.py."""

from __future__ import annotations

from ..model import ExerciseMention
from ..names.series_facts import home_of
from .evidence import CountryEvidence


def series_home(mention: ExerciseMention, cev: CountryEvidence, sentences: list[str]) -> None:
    """A series always held in one country (names.series_facts.SERIES_HOME: Frisian Flag at
    Leeuwarden, Forging Sabre in Arizona) is held there, whatever a story's aside about a
    unit's home base or a participant's own country suggests; unless the story says another
    country hosts it outright, places it in a participating country, or splits it across
    several."""
    home = home_of(mention.series)
    if not home or mention.host == home or mention.qualifiers.get("host") == "several":
        return
    if any(priority == 0 and code != home for code, _, priority in cev.hosts):
        return
    placed = {code for code, _, priority in cev.hosts if priority < 1.5}
    if mention.host in placed and mention.host in mention.countries:
        return  # "a bilateral exercise in India" by a participant: told of this one plainly
    mention.host = home
    mention.qualifiers.pop("host", None)
    told = mention.evidence.get("name", "")
    mention.evidence["host"] = told or (sentences[0] if sentences else "")
