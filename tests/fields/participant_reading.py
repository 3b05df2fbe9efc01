"""The participant reading of one sentence, shared by the participant test files."""

from __future__ import annotations

from extractors.exercise.participants import CountryEvidence, read_sentence


def participants(sentence: str, exercise_sentence: bool = True) -> set[str]:
    """States the sentence has taking part (observers only when also plainly taking part)."""
    ev = CountryEvidence()
    read_sentence(sentence, ev, exercise_sentence=exercise_sentence)
    return {c for c in ev.participants if c not in ev.observers or c in ev.plain}
