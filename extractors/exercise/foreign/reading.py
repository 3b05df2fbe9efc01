"""What the sentences about an exercise say in another language, gathered once for all fields."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..names import NameHit
from .lexicon import Lexicon


@dataclass
class Reading:
    """What the sentences about the exercise say, gathered once for every field."""

    lex: Lexicon
    sentences: list[str]
    about: list[int]  # indexes of the sentences about the exercise, in order
    near: list[int] = field(default_factory=list)  # those and the sentence after each
    known: dict[int, list[NameHit]] = field(default_factory=dict)
