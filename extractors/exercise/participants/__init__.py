"""Who took part, who hosted, and where: everything the detector says about countries.

Kept together because the three answers come from one reading of the text. ``shapes`` holds
the vocabularies and the shapes of taking part, ``host_shapes`` the shapes that place an
exercise, ``grammar`` reads one sentence into country evidence (``around`` holds the words right
around one mention that change what it is), ``places`` turns that evidence
into participants, host and locations for one exercise, ``host_model`` picks the host among
the candidates, and ``towns`` places an exercise by a town the gazetteer does not know.
"""

from .evidence import CountryEvidence
from .grammar import read_sentence
from .places import fill_places
from .towns import town_host

__all__ = ["CountryEvidence", "fill_places", "read_sentence", "town_host"]
