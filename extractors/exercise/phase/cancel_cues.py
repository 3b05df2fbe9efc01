"""The words that call an exercise off, those that only cut part of it, and the hedges that
make a cancellation talk rather than fact: the tables of phase/cancelled.py.
"""

from __future__ import annotations

from ..phrases import phrase_regex

CANCELLED = phrase_regex(
    (
        "cancel*",
        "call off",
        "called off",
        "calls off",
        "calling off",
        "postpon*",
        "scrap",
        "scrapped",
        "scraps",
        "suspend",
        "suspended",
        "suspends",
        "suspension of",
        "axed",
        "shelved",
        "put off",
        "put on hold",
        "pull out of",
        "pulled out of",
        "pulls out of",
        "has been delayed",
        "was delayed",
        "were delayed",
        "have been delayed",
        "delay the",
        "to delay",
        "agreed to delay",
        "will not host",
        "won't host",
        "will not hold",
        "not be held",
        "not take place",
        "will not take place",
        "called it off",
        "halted",
        "halts",
        "halting",
        "to halt",
        "defer",
        "deferred",
    )
)
# "Taiwan cancelled some drills", "defer half of the field drills": the exercise goes on.
PARTIAL = phrase_regex(
    (
        "some",
        "part of",
        "parts of",
        "half",
        "portion",
        "portions",
        "segment",
        "segments",
        "several",
        "certain",
        "one of",
        "elements of",
        "scaled back",
        "scale back",
        "scaled down",
        "downsized",
        "reduced",
        "a day",
        "airport",
        "sail past",
        "fly past",
        "flypast",
        "parade",
        "ceremony",
        "live-fire portion",
        "field training portion",
    )
)
HEDGE = phrase_regex(
    (
        "would not say",
        "did not say",
        "unclear",
        "not clear",
        "declined to say",
        "may cancel",
        "might cancel",
        "could cancel",
        "considering",
        "whether to",
        "if",
        "rumours",
        "denied",
        "no plans to",
    )
)
