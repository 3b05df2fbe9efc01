"""Fast sentence tests: token-set lookups first, a regex only when a cheap gate says it could match.

``re`` alternations of many words (especially with IGNORECASE) cost tens of microseconds per
sentence; a frozenset lookup over the sentence's lower-case tokens costs well under one. The
optional regex (phrases, case-sensitive acronyms) is run only when one of its *gate* tokens or
substrings is present, so the common "no match" case never reaches the regex engine. Gates must
list, for every alternative of the regex, a token or a lower-case substring it cannot match
without; tests/test_exercise_speed.py checks the gated and ungated results agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

_TOKEN = re.compile(r"[a-z][a-z0-9'-]*")
_PARTS = re.compile(r"[-']")


def tokens_of(text: str) -> frozenset[str]:
    return frozenset(_TOKEN.findall(text.lower()))


@lru_cache(maxsize=256)
def _parts_of(toks: frozenset[str]) -> frozenset[str]:
    """The pieces of hyphenated and possessive tokens (computed once per sentence)."""
    return frozenset(p for t in toks if "-" in t or "'" in t for p in _PARTS.split(t))


@lru_cache(maxsize=256)
def _possessed(toks: frozenset[str]) -> frozenset[str]:
    """The words of possessive tokens without the "'s": "navy's" -> "navy"."""
    return frozenset(t.split("'", 1)[0] for t in toks if "'" in t)


class WordTest:
    """``regex.search`` replacement for long single-word alternations (see module doc)."""

    __slots__ = ("words", "prefixes", "rx", "gate_tokens", "gate_subs")

    def __init__(
        self,
        words: str,
        prefixes: str = "",
        rx: str | None = None,
        flags: int = 0,
        gate_tokens: str = "",
        gate_subs: tuple[str, ...] = (),
    ):
        self.words = frozenset(words.split())
        self.prefixes = tuple(prefixes.split())
        self.rx = re.compile(rx, flags) if rx else None
        self.gate_tokens = frozenset(gate_tokens.split())
        self.gate_subs = gate_subs

    def test(self, text: str, tokens: frozenset[str] | None = None) -> bool:
        toks = tokens if tokens is not None else tokens_of(text)
        if not self.words.isdisjoint(toks):
            return True
        if not self.words.isdisjoint(_possessed(toks)):
            return True  # "Bangladesh Navy's annual sea exercise"
        if self.prefixes and any(t.startswith(self.prefixes) for t in toks):
            return True
        if self.rx is None:
            return False
        gated = self.gate_tokens or self.gate_subs
        if gated and self.gate_tokens.isdisjoint(toks) and not self._gate_parts(toks):
            low = text.lower()
            if not any(s in low for s in self.gate_subs):
                return False
        return self.rx.search(text) is not None

    def _gate_parts(self, toks: frozenset[str]) -> bool:
        """Gate tokens inside compounds and possessives: "NATO-led", "PLA's"."""
        return not self.gate_tokens.isdisjoint(_parts_of(toks))

    def search(self, text: str) -> bool:
        return self.test(text)

    def ungated(self, text: str) -> bool:
        """Reference result without the gate (for tests)."""
        toks = tokens_of(text)
        if not self.words.isdisjoint(toks) or not self.words.isdisjoint(_possessed(toks)):
            return True
        if self.prefixes and any(t.startswith(self.prefixes) for t in toks):
            return True
        return bool(self.rx and self.rx.search(text))


def windowed_finditer(
    rx: re.Pattern[str], text: str, anchors: Iterable[int], before: int, after: int
) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern whose every match contains an anchor (a month name, a
    number...) with at most ``before`` characters of the match before it: the search is run
    only in a window round each anchor instead of over every position of the text."""
    pos, n = 0, len(text)
    for q in anchors:
        if q < pos:
            continue
        start, endpos = max(pos, q - before), min(n, q + after)
        m = rx.search(text, start, endpos)
        if m is not None and endpos < n and m.end() >= endpos - 1:
            m = rx.search(text, start)  # the window may have cut the match short
        if m is None:
            continue
        yield m
        pos = m.end() if m.end() > m.start() else m.start() + 1
