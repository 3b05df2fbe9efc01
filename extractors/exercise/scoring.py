"""Article-level score: is this piece *about* a military exercise?

What separates an exercise story from a story that mentions one is where and how often the
exercise is talked about: in the headline or the lead, with a name, a date, a verb of holding or
taking part, versus one background line in a long piece about something else. The signals are
added up and squashed to 0-1; 0.5 is the decision threshold.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from .triggers import MIL, SentenceEvidence

IGN = re.IGNORECASE

_OFF_TOPIC_TITLE = re.compile(
    r"\b(?:crash\w*|killed|kills|dies|died|dead|death|inaugurat\w*|"
    r"sworn|pardon\w*|court|convicted|jailed|decommission\w*|exports?|deal|contracts?|"
    r"orders?|buys?|purchase\w*|procure\w*|sales?|lease|stocks?|shares|earnings|profits?|"
    r"revenue|election|vote|poll|budget|tariffs?|commissioned|commissioning|retire\w*|"
    r"phase[ds]? out|foundation stone|cadets|conscription|recruit\w*|wins?|awarded|"
    r"firm|company)\b",
    IGN,
)
_WEAK_OFF_TOPIC_TITLE = re.compile(
    r"\b(?:protests?|protesters|visit|visits|meets|meeting|summit|talks|ties|agree\w*|pact|"
    r"cooperation|co-operation|partnership|recalls?)\b",
    IGN,
)
_TITLE_MIL = re.compile(
    r"\b(?:train(?:s|ing)? (?:to fight|for war|for combat|together)|warfighting|allies|"
    r"show of force|flex(?:es|ing)? (?:its |their )?(?:military )?muscle|flex(?:es)? might)\b",
    IGN,
)
# "Firm wins deal to run simulation centre for army exercises": exercises as the purpose.
_FOR_EXERCISES = re.compile(
    r"\b(?:for|in) (?:use in )?(?:[\w-]+ ){0,3}(?:exercises|drills|war ?games|training)\b", IGN
)
_BUSINESS = re.compile(
    r"\b(?:contracts?|deal|tender|awarded|(?:has |have )?won|orders?|ordered|bought|"
    r"procure\w*|purchase\w*|supplier|vendor)\b",
    IGN,
)
_OPINION = re.compile(
    r"^\s*(?:(?:Opinion|OPINION|Analysis|Commentary|Editorial)\s*[|:]|(?:Analysis\s+)?"
    r"(?:EXPLAINER|Explainer)\s*[|:])"
)


# "FILE PHOTO: Venezuelan soldiers ... during the Zamora 200 exercise": a picture's caption
# leads nothing; the story starts after it.
_PHOTO_LINE = re.compile(r"\s*(?:FILE PHOTO|File photo|PHOTO|Photo|IMAGE|Image|Pictured)\b\s*[:|-]")
_WORD = re.compile(r"[^\W\d_]+")
_DATELINE = re.compile(
    r"(?:date [\d-]+\s+)?[A-Z][A-Z .'-]{2,30}?(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"(?:\s*\([\w .-]+\))?\s*(?:-|\u2013|\u2014|:)\s"
)


def _words(text: str) -> int:
    return len(_WORD.findall(text))


# "Exercise Swift Response 2022", "Swift Response 22", "Swift Response": one exercise, however
# the story writes its name.
_NAME_FURNITURE = re.compile(r"^(?:exercise|ex\.?|operation)\s+|[\s'-]*(?:\d[\d./-]*|[ivxlc]+)$")


def _series_key(name: str) -> str:
    return _NAME_FURNITURE.sub("", name.casefold()).strip()


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def score_article(
    evs: list[SentenceEvidence],
    n_sentences: int,
    has_title: bool,
    title: str,
    body_has_trigger: bool,
) -> float:
    ex = [e for e in evs if e.military]
    if not ex:
        return 0.0
    s = 0.0
    title_ev = next((e for e in ex if has_title and e.index == 0), None)
    first_body = 1 if has_title else 0
    # The page often opens with furniture on lines of their own (a dateline, "Release No:
    # 17-111 March 20", a section name, a photo credit): the lead starts after it.
    furniture_end = min(first_body + 3, len(evs))
    while first_body < furniture_end and _words(evs[first_body].text) < 6:
        first_body += 1
    lead_end = first_body + 1
    lead = [e for e in ex if first_body <= e.index <= lead_end and not _PHOTO_LINE.match(e.text)]
    if not lead:
        # "ERBIL (Kurdistan24) - The Kurdistan Region's forces conducted ...": after a
        # standfirst and a timestamp that tell nothing of a drill, a dateline opens the story.
        for e in evs[lead_end + 1 : first_body + 4]:
            if _DATELINE.match(e.text):
                lead_end = e.index
                lead = [e] if e.military else []
                break
    body = [e for e in ex if e.index > lead_end]
    if title_ev:
        if title_ev.generic and not title_ev.named:
            s += 1.0
        else:
            s += 2.3 if (title_ev.strong or title_ev.specific) else 1.8
        if title_ev.accident and not title_ev.named:
            s -= 1.2
    short = n_sentences <= 3
    if lead:
        best = max(
            1.5
            if (e.specific or e.named) and not (e.generic and not e.named)
            else 1.2
            if short and not e.generic
            else 0.8
            for e in lead
        )
        s += best
        if not has_title and any(
            e.index == first_body and e.strong and e.specific and not e.generic for e in lead
        ):
            # An untitled page whose very first sentence reports the drill ("North Korea
            # conducted a firing drill on its western coast, hours after ...") is its news.
            s += 0.4
        if (
            has_title
            and not title_ev
            and any(e.strong or (e.specific and not e.generic) for e in lead)
            and (MIL.search(title) or _TITLE_MIL.search(title))
        ):
            s += 0.4
        if all(e.accident and not e.named for e in lead):
            s -= 0.8
            if title_ev and title_ev.accident and not title_ev.named:
                s -= 0.8  # the story is the accident, not the exercise
    n_spec = sum(1 for e in body if (e.specific or e.named) and not e.generic)
    n_gen = len(body) - n_spec
    s += min(1.4, 0.35 * n_spec + 0.12 * n_gen)
    if any(e.named for e in ex):
        s += 0.5
        named_counts = Counter(key for e in ex for key in {_series_key(n) for n in e.named})
        if named_counts and max(named_counts.values()) >= 3:
            s += 0.6  # the piece keeps coming back to one named exercise
    density = len(ex) / max(1, n_sentences)
    s += 2.0 * min(density, 0.35)
    if not title_ev and not lead:
        s -= 0.6
    if all(e.generic and not e.specific and not e.named for e in ex):
        s -= 1.0
    lead_strong = any(e.strong and not e.generic for e in lead)
    if has_title and not title_ev and _OFF_TOPIC_TITLE.search(title):
        s -= 1.2
    elif (
        title_ev
        and not title_ev.named
        and _OFF_TOPIC_TITLE.search(title)
        and _FOR_EXERCISES.search(title)
    ):
        s -= 1.9  # even for a named army, the exercises are the purpose of the deal
        if lead and all(_BUSINESS.search(e.text) for e in lead):
            s -= 1.0  # and the lead tells the deal too
    elif (
        title_ev
        and not (title_ev.named or title_ev.strong)
        and _OFF_TOPIC_TITLE.search(title)
        and (title_ev.generic or not title_ev.specific)
    ):
        # "Britain orders jets for use in exercises", "officer court-martialled over exercise
        # crash": the headline's event is the purchase or the trial, the exercise a modifier.
        s -= 1.0
    elif (
        has_title
        and not lead_strong
        and _WEAK_OFF_TOPIC_TITLE.search(title)
        and not (title_ev and not title_ev.generic)
    ):
        s -= 0.9
    if _OPINION.search(title):
        s -= 0.8
    if title_ev and not body_has_trigger and n_sentences > 1:
        s -= 0.8
    # Rounded: weights that add up to exactly the threshold must not fall below it by float
    # error (0.35 * 4 + 0.6 - 0.6 ... is 1.9999999999999998).
    return _sigmoid(1.7 * (round(s, 6) - 2.0))
