"""The umbrella exercise a story names beside its own: "Nordic Response ... is part of a larger
NATO exercise called Steadfast Defender". The umbrella named after "part of" is not the story's
exercise; the name before it is. Split out of fields.py.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .grammar import NameHit

IGN = re.IGNORECASE

_PART_OF = re.compile(
    r"\b(?:(?:is|are|was|were|as|forms?|formed)\s+(?:a\s+|the\s+)?part of|"
    r"under the umbrella of|within the framework of (?:the )?(?:larger |wider |broader )?"
    r"(?:\w+\s+){0,3}(?:exercises?|drills?))\b",
    IGN,
)


def umbrellas(sentence: str, hits: list[NameHit]) -> set[int]:
    """The ids of the hits that name the larger exercise another, earlier name in the sentence
    is part of ("Nordic Response ... is part of ... Steadfast Defender").

    One pass over the sentence and the names in order: testing "part of" between every pair
    of names cost a regex search per pair, minutes for a hostile sentence of thousands."""
    links = sorted((m.end(), m.start()) for m in _PART_OF.finditer(sentence))
    link_ends = [end for end, _ in links]
    latest_link_start: list[int] = []  # over links[:k+1], the latest start
    for _, start in links:
        latest_link_start.append(max(start, latest_link_start[-1] if latest_link_start else -1))
    ordered = sorted(hits, key=lambda h: h.start)
    ends: list[int] = []  # the earlier names' ends, in order
    first_series: str | None = None
    second_at: int | None = None  # how many earlier names until a second series appears
    out: set[int] = set()
    for hit in ordered:
        series = hit.series.casefold()
        k = bisect_right(link_ends, hit.start)
        if k and ends:
            link_start = latest_link_start[k - 1]
            before = bisect_right(ends, link_start)  # earlier names ending before that link
            if before and (
                first_series != series or (second_at is not None and second_at < before)
            ):
                out.add(id(hit))
        if first_series is None:
            first_series = series
        elif second_at is None and series != first_series:
            second_at = len(ends)
        ends.append(hit.end)
    return out
