"""The words around a date that say what the date is: the tables of the date rules.

A date in exercise news is the start ("kicked off on Monday"), the end ("runs until Sept 25"),
the day somebody spoke ("the ministry said on Monday"), the wire's dateline ("TAIPEI, July 25
(CNA) -"), a photo caption's day ("... in Korzeniewo, Poland, March 4, 2024."), or the day of a
planning meeting. Each kind is a table of phrases; a new phrasing is one more entry here.
"""

from __future__ import annotations

import re

from ..phrases import phrase_regex

#: Before (or just after) a date, these make it the exercise's first day.
START_CUES = phrase_regex(
    (
        "from",
        "starting",
        "starting on",
        "beginning",
        "begins",
        "begin",
        "began",
        "begun",
        "will begin",
        "to begin",
        "start",
        "starts",
        "started",
        "kick off",
        "kicks off",
        "kicked off",
        "kicking off",
        "to kick off",
        "kickstarted",
        "kick-started",
        "kick started",
        "inaugurated",
        "inaugurates",
        "flagged off",
        "to take place",
        "will take place",
        "scheduled to take place",
        "scheduled for",
        "slated for",
        "set to begin",
        "set to start",
        "launch",
        "launched",
        "launches",
        "open",
        "opens",
        "opened",
        "opening ceremony",
        # "A ceremony took place ... on October 18 to open the drills"
        "to open",
        "commence",
        "commences",
        "commenced",
        "to commence",
        "get under way",
        "gets under way",
        "got under way",
        "gets underway",
        "got underway",
        "get underway",
        "is underway since",
        "since",
        "was launched",
        "were launched",
        "due to start",
        "due to begin",
        "due to kick off",
        "raised the alert level",
        "resumed",
        "resume",
        "resumes",
    )
)
#: These make it the last day.
END_CUES = phrase_regex(
    (
        "to",
        "until",
        "till",
        "through",
        "thru",
        "ends",
        "ended",
        "to end",
        "will end",
        "ending",
        "ends on",
        "end on",
        "would end",
        "would conclude",
        "would run until",
        "would run through",
        "conclude",
        "concludes",
        "concluded",
        "concluding",
        "will conclude",
        "to conclude",
        "wrap up",
        "wraps up",
        "wrapped up",
        "culminated",
        "culminates",
        "culminate",
        "completed",
        "completes",
        "successfully completed",
        "finish",
        "finishes",
        "finished",
        "close",
        "closes",
        "closed",
        "closing ceremony",
        "drew to a close",
        "draws to a close",
        "came to a close",
        "comes to a close",
        "came to an end",
        "comes to an end",
        "last until",
        "lasts until",
        "run until",
        "runs until",
        "run through",
        "runs through",
        "continue until",
        "continues until",
        "continue through",
        "continues through",
        "continue to",
        "continues to",
        "is over",
        "marked the end",
        "marks the end",
        "marked the conclusion",
        "marks the conclusion",
        "final day",
        "last day",
        "end date",
        "supposed to conclude",
        "due to end",
        "go on till",
        "will go on till",
        "be on until",
        "will be on until",
    )
)
#: The day a statement, report or release was made is the report's date, not the exercise's.
REPORT_CUES = phrase_regex(
    (
        "said",
        "says",
        "announced",
        "announces",
        "reported",
        "told",
        "told reporters",
        "confirmed",
        "stated",
        "revealed",
        "disclosed",
        "added",
        "released",
        "issued",
        "briefed",
        "unveiled",
        "published",
        "posted",
        "tweeted",
        "wrote",
        "outlined",
        "presented",
        "detailed",
        "explained",
        "statement",
        "press release",
        "news release",
        "press conference",
        "news conference",
        "briefing",
        "photo released",
        "photo taken",
        "in this photo",
        "interview",
        "updated",
        "last updated",
        "published on",
        "posted on",
        "publication date",
        "talks",
        # "India on Saturday withdrew from the exercise": the day of a decision about it.
        "informed",
        # "Defence Minister Guler on Tuesday noted that ...": the day somebody spoke
        "noted",
        "remarked",
        "stressed",
        "emphasised",
        "emphasized",
        "underlined",
        "pointed out",
        "withdrew",
        "pulled out",
        "decided",
        "declined",
        "refused",
    )
)
#: Verbs and words that place a clause in the past or the future (for weekdays and years).
PAST_WORDS = (
    "began",
    "started",
    "kicked off",
    "opened",
    "launched",
    "commenced",
    "got under way",
    "got underway",
    "held",
    "was",
    "were",
    "had",
    "ended",
    "concluded",
    "took place",
    "wrapped up",
    "finished",
    "completed",
    "carried out",
    "conducted",
    "staged",
    "fired",
    "arrived",
    "guided",
    "ran",
    "lasted",
    "lasted until",
    "lasted till",
    "lasted through",
    "ran until",
    "ran till",
    "ran through",
    "continued until",
    "continued till",
    "last",
    "earlier",
    "ago",
    "yesterday",
    "raised",
)
#: "is being conducted in a non-contact format": a present passive, neither past nor future.
PRESENT_PASSIVE = (
    "is being conducted",
    "are being conducted",
    "is being held",
    "are being held",
    "is being staged",
    "are being staged",
    "is being carried out",
    "are being carried out",
    "is being organised",
    "is being organized",
)
FUTURE_WORDS = (
    "will",
    "will be held",
    "will be",
    "shall",
    "to be held",
    "be held",
    "to begin",
    "to start",
    "to kick off",
    "to commence",
    "set to",
    "scheduled",
    "slated",
    "due to",
    "plans to",
    "plan to",
    "planned",
    "is to",
    "are to",
    "expected to",
    "going to",
    "upcoming",
    "next",
    "coming",
    "ahead",
    "until",
    "till",
    "through",
    "runs until",
    "run until",
    "begins",
    "starts",
    "kicks off",
    "opens",
    "continue",
    "continues",
    "tomorrow",
)
#: A wire dateline at the head of a sentence: "TAIPEI, July 25 (CNA) -", "Aug. 30 (UPI) --",
#: "BISHKEK, September 17. /TASS/.", "WASHINGTON, Nov. 4, 2011 -", "New Delhi, February 16".
DATELINE = re.compile(
    # A page header's own date may sit glued in front: "date 2025-02-03 Male, Feb 3 (PTI)".
    r"^\W*(?:(?:date|published|updated|posted)\s*:?\s*(?:19|20)\d\d-\d\d-\d\d\s+)?"
    r"(?:(?!(?:On|In|At|By|From|Since|Until|Last|This|Next|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w.'-]*(?:[ ,]+[A-Z][\w.'-]*){0,3},\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:st|nd|rd|th)?"
    r"(?:,?\s+\d{4})?\.?\s*(?:,\s*[A-Z][\w-]+(?:\s[A-Z][\w-]+)?\s*)?"
    r"(?:\(|/|--|-\s|:\s|$)"
)
#: A wire dateline with the date inside the credit: "WASHINGTON (UrduPoint News / Sputnik -
#: 24th February, 2020)".
CREDIT_DATELINE = re.compile(
    r"^\W*[A-Z][A-Z .'-]{2,30}\s*\([^()]{2,60}?[-,/]\s*"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
    r",?\s+\d{4}\s*\)"
)
#: Header lines that carry only the page's own date ("Published: Jun. 23, 2016 at 6:45 PM").
HEADER_DATE = re.compile(
    r"\b(?:published|updated|posted|last updated|publication date|date)\s*:?\s*(?:on\s+)?$",
    re.IGNORECASE,
)
#: Photo captions end with the day the picture was taken: "..., Poland, March 4, 2024."
CAPTION_TAIL = re.compile(r"(?:,|\bon)\s*(?:on\s+)?$")
CAPTION_WORDS = phrase_regex(
    (
        "photo",
        "image",
        "credit",
        "courtesy",
        "pictured",
        "u.s. army photo",
        "u.s. navy photo",
        "during",
        "as part of",
        "takes part in",
        "take part in",
        "participates in",
        "participate in",
        "conducts",
        "conduct",
        "stands watch",
        "checks",
        "prepares",
        "talks with",
        "speaks",
        "spoke",
        "poses",
        "waits",
        # "Sixth Fleet announces its participation in the upcoming exercise ..., June 21, 2021.":
        # a release's own date, not the exercise's.
        "announces",
        "participation in",
    )
)

#: How a cue places its date relative to the publication day: "kicked off on Monday" is the
#: Monday before, "will conclude on Friday" and "runs until Friday" the Friday after.
PAST_FORM = re.compile(
    r"(?:ed|began|begun|ran|held|was|were|had|got under ?way|got underway|kicked off|"
    r"wound up|since|last|told|said|wrote)$",
    re.IGNORECASE,
)
FUTURE_FORM = re.compile(
    r"(?:^will\b.*|^to\b.*|^due to.*|until|till|through|thru|begins|starts|kicks off|opens|"
    r"ends|concludes|continues|runs|lasts|launches|commences|gets under ?way|gets underway|"
    r"ends on|end date|be on until|"
    # "South Korea and the US begin their combined exercise on Monday": the plural present.
    r"begin|start|kick off|commence|conclude|wrap up)$",
    re.IGNORECASE,
)
