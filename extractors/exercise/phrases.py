"""Phrase tables to regular expressions: how a new phrasing becomes a table entry.

Field rules keep their vocabulary as tuples of plain phrases ("kicked off", "got under way");
`phrase_regex` turns such a table into one compiled alternation with word boundaries, longest
phrase first, with a space in a phrase matching any run of whitespace or a hyphen. Adding a
phrasing is then one more string in a table, reviewed as data, not a regex edit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache


def phrase_pattern(phrases: Iterable[str]) -> str:
    """The alternation (no group, no flags) for `phrases`; `*` stands for any word part
    ("postpon*" matches postpone, postponed, postponement)."""
    parts = []
    for phrase in sorted(set(phrases), key=lambda p: (-len(p), p)):
        words = [re.escape(w).replace(r"\*", r"[\w-]*") for w in phrase.split()]
        parts.append(r"[\s-]+".join(words))
    return r"\b(?:" + "|".join(parts) + r")\b"


def phrase_regex(phrases: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(phrase_pattern(phrases), flags)


@lru_cache(maxsize=4096)
def _norm(text: str) -> str:
    return re.sub(r"[\s-]+", " ", text.lower()).strip()


class CueTable:
    """Labelled, weighted phrases scanned leftmost-longest in one pass.

    "will begin" is an announcement even though "begin" alone says the exercise is on: one
    alternation, longest phrase first, means the longer phrase is the one that matches.

    `neutral` phrases contain a cue word without being the cue ("missile launches", "Free and
    Open Indo-Pacific"): they win the leftmost-longest match and are then dropped, so a wrong
    reading is excluded by one more table row too. A cue is a whole word, not part of a
    hyphenated compound: "live-fire" is a kind of drill, not someone firing.
    """

    def __init__(
        self,
        tables: dict[str, dict[float, tuple[str, ...]]],
        neutral: tuple[str, ...] = (),
    ) -> None:
        self.labels: dict[str, tuple[str, float]] = {}
        for phrase in neutral:
            self.labels[_norm(phrase)] = ("", 0.0)
        for label, table in tables.items():
            for weight, phrases in table.items():
                for phrase in phrases:
                    key = _norm(phrase)
                    if key in self.labels and self.labels[key][0] != label:
                        raise ValueError(f"cue {phrase!r} is in two tables")
                    self.labels[key] = (label, weight)
        whole_word = r"(?<![\w-])(?:{})(?!-\w)"
        self.regex = re.compile(whole_word.format(phrase_pattern(self.labels)), re.IGNORECASE)
        # The keys are lower case: a case-sensitive scan of the lower-cased text finds the same
        # cues several times faster than IGNORECASE (used when lower-casing changes length).
        self.regex_lc = re.compile(whole_word.format(phrase_pattern(self.labels)))

    def scan(self, text: str) -> list[tuple[str, float, int]]:
        """(label, weight, position) of every cue in `text`."""
        low = text.lower()
        regex = self.regex_lc if len(low) == len(text) else self.regex
        subject = low if regex is self.regex_lc else text
        found = []
        for m in regex.finditer(subject):
            label, weight = self.labels[_norm(m.group(0))]
            if label:
                found.append((label, weight, m.start()))
        return found
