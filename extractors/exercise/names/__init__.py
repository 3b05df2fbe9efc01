"""Exercise names and series: what an exercise is called, and which series it belongs to.

``series`` is the curated table of known series and their aliases, ``series_facts`` what is
known of a series besides its names (distinctive, whose, where held), ``grammar`` finds names
in a sentence (known series plus the shapes news uses for new names), ``other_forms`` the
other forms given beside a name, and ``aliases`` maps every spelling of a series to one
canonical key that the detector reports and ``resolve`` groups by.
"""

from .aliases import canonical_series
from .grammar import NameHit, find_names
from .other_forms import appositive_alias, norm_name, parenthetical_alias

__all__ = [
    "NameHit",
    "appositive_alias",
    "canonical_series",
    "find_names",
    "norm_name",
    "parenthetical_alias",
]
