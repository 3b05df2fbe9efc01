"""The shapes that make a named state an observer, a guest or an invitee rather than a
participant (FIELDS.md: a state that only observes, is invited or monitors takes no part).

Split out of participants/shapes.py; participants/grammar.py reads them over the masked
sentence, where each gazetteer mention is a ``§i§`` placeholder.
"""

from __future__ import annotations

import re

IGN = re.IGNORECASE

# "soldiers and observers representing 12 countries, namely ...": the observers come with
# the troops, and the list is of who takes part.
_WITH_OBSERVERS = re.compile(
    r"\b(soldiers|troops|personnel|participants|servicemen|sailors|military personnel)"
    r" and observers\b",
    IGN,
)
_OBS_AFTER = re.compile(
    r"\b(?:observers?|observ(?:e|ed|es|ing|ational)|observed by|guests?|attach[ée]s|invited|"
    r"invitations?|"
    r"watch(?:ed|ing)?|spectators?|monitors)\b[^.;]*$",
    IGN,
)
_OBS_NEXT = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:observers?|attach[ée]s|monitors)\b", IGN)
# "Zimbabwe with observer status granted to Mozambique": the role belongs to what follows "with".
_OBS_NOUN = re.compile(
    r"^(?:'s?)?\s+(?:(?!(?:with|while|whereas|but)\b)[\w-]+\s+){0,2}?"
    r"(?:observers?|attach[ée]s|guests?)\b",
    IGN,
)
# "participation from Australia and Japan and observers from 17 nations": observers who come
# from elsewhere are the next item of the sentence, not a role of the state before them.
OWN_OBSERVERS = re.compile(
    r"^(?:'s?)?\s+and\s+(?:[\w-]+\s+)?observers?\s+(?:from|of|representing)\b", IGN
)
# "... from Japan and South Korea will join the exercises, but only as observers": the role
# comes after the list, later in the same clause.
_OBS_LATER = re.compile(
    r"^[^.;]{0,120}?\b(?:(?:as|only as|in an? observer|in the role of|in the capacity of)\s+"
    r"(?:[\w-]+\s+)?[\"']?(?:observers?|observer (?:nations?|states?|countries)|guests?|"
    r"monitors)\b|"
    # "Military contingents from X and Y have been invited to participate"
    # (not "have been invited and will train alongside Russian units": they take part)
    r"(?:(?:have|has|had)\s+(?:also\s+)?been\s+|(?:are|were)\s+(?:also\s+)?)invited\b"
    r"(?!\s+and\s+(?:will|would|are to)\b)|"
    # "... would also be witnessing the exercises"
    r"(?:be|are|were|was|is)\s+(?:also\s+)?witness(?:ing|ed)?\s+the\b|"
    # "... will participate through the international observer program"
    # "Ukraine sent a small delegation to the distinguished visitors' day"
    # "Moldova, which is not a NATO member, sent officers to observe"
    r"(?:sent|send|sends|dispatched)\s+(?:[\w-]+\s+){0,2}?(?:officers|observers|delegat\w+|"
    r"representatives)\s+to\s+(?:observe|watch|monitor)\b|"
    r"(?:sent|send|sends|dispatched)\s+(?:a\s+)?(?:[\w-]+\s+){0,2}?delegations?\s+to\s+"
    r"(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:visitors?'?\s+day|observers?'?\s+day|VIP\s+day)|"
    r"(?:through|via|under|in)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?observer\s+"
    r"(?:program|programme|status|role|capacity))",
    IGN,
)
# "Military delegations from Vietnam and Cambodia observed the exercise": the list's own verb
# is to watch it, so every state of the list is an observer.
_OBS_VERB_AFTER_LIST = re.compile(
    r"^(?:\s*(?:,|and|&)?\s*§\d+§)*\s+(?:(?:will|would|are|were|is|was|also|have|has|had|been|"
    r"be|only)\s+){0,3}(?:observ(?:e|es|ed|ing)|watch(?:ed|es|ing)?)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:exercises?|drills?|manoeuvres|maneuvers|war ?games?|training|"
    r"event|proceedings|live-fire)\b|"
    r"^(?:\s*(?:,|and|&)?\s*§\d+§)*\s+(?:(?:are|were|will be|was|is)\s+)?observing\b",
    re.IGNORECASE,
)
_OBSERVER = re.compile(
    r"\b(?:observers?|observational|observ(?:e|ed|es|ing) the|observed by|guests?|attach[ée]s|"
    r"visitors?'?\s+day|VIP\s+day|"
    r"invited to watch|(?:officers|observers|delegat\w+|representatives) to (?:observe|watch)|"
    r"witness(?:es|ed|ing)? the|"
    # "The countries to whom invitations were sent include ...": invited is not taking part
    # (FIELDS.md), whether or not the invitation is to watch.
    r"invitations? (?:were |was |have been |had been )?(?:sent|extended|issued)|"
    r"(?:countries|nations|navies|states) (?:that were |which were |were )?invited|"
    r"(?:(?:have|has|had) (?:also )?been |(?:are|were) (?:also )?)invited\b"
    r"(?! and (?:will|would|are to)\b)|"
    r"watch(?:ed|ing)? the|monitor(?:ed|ing|s)? the|monitors|spectators?)\b",
    IGN,
)
