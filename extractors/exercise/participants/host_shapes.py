"""Where an exercise is held: the sentence shapes that place it and that name its host.

Split out of shapes.py, which keeps the shapes of who takes part. These read the masked
sentence, where each gazetteer mention is a ``§i§`` placeholder: a preposition of place before
a country, a base or a town followed by its country, a country's own waters, a split host.
"""

from __future__ import annotations

import re

IGN = re.IGNORECASE
C = r"§\d+§"
# A named site the gazetteer does not know, then its country: "in the East Fuji Maneuver
# Training Area of Japan", "at Camp Imazu in Shiga province, Japan".
_NAMED_SITE = (
    r"(?-i:(?:[A-Z][\w'-]*\s+){1,5}?(?:Area|Range|Ranges|Ground|Grounds|Base|Camp|Centre|"
    r"Center|Station|School|Field|Airfield|Airbase|Port|Island|Province|Prefecture|District)"
    r"\s+(?:of|in)\s+(?:the\s+)?|(?:Camp|Fort|Base|Naval Base|Air Base)\s+(?:[A-Z][\w'-]*\s+)"
    r"{1,3}?(?:in\s+[A-Z][\w'-]*\s+(?:province|prefecture|district|state|region|county)\s*)?"
    r",\s+)"
)
_LOC = re.compile(
    rf"\b(?:in|at|on|across|throughout|inside|within|into|over|off|near|around|to|from|"
    rf"off the (?:\w+ )?coast of|on the coast of|in the (?:waters|skies|airspace) (?:off|of|"
    rf"around|near)|waters off|territory of)\s+(?:the\s+)?(?:(?:[a-z][\w-]*\s+|{C}\s+)?(?:areas?|"
    rf"ranges?|grounds?|parts?|zones?|regions?|districts?|provinces?|nation|country|"
    # "in the Caribbean nation of Trinidad and Tobago"
    rf"island nation|state)\s+of\s+(?:the\s+)?|{_NAMED_SITE})?"
    rf"(?:(?!(?:in|into|on|at|against|near|war|offensive|conflict|range|reach|"
    # "the largest drills in years after North Korea ...": a time, then another event
    rf"after|before|since|amid|despite|than|"
    # "in addition to US personnel", "in response to Chinese drills": not a place.
    rf"addition|response|reply|retaliation|protest|support|solidarity|contrast|line|terms|"
    rf"order|behalf|wake|aftermath|run-up|lead-up|face|midst|light|strengthening|boosting|"
    # "the nations participating in Noble Partner are Armenia, Georgia ...": a list of who
    rf"are|were|is|was|include|includes|included|"
    rf"enhancing|improving|deepening|promoting|fostering|supporting|helping)\b)[a-z][\w-]*\s+)"
    rf"{{0,3}}?({C})",
    IGN,
)
# "at Camp Harlow, South Korea", "in Odesa, Ukraine", "at Camp Imazu in Shiga province, Japan":
# a town or site and then its country, the way captions and datelines place things. A list
# ("in Washington, Japan and Korea") is not a place.
# "at Canadian Forces Base Wainwright", "at the Indian Air Force Station Kalaikunda": a base
# named after its country's forces is in that country.
_NATIONAL_BASE = re.compile(
    rf"\b(?:at|in|from|out of|aboard)\s+(?:the\s+)?({C})\s+(?-i:(?:Forces|Air Force|Army|Navy|"
    rf"Naval|Armed Forces|Defen[cs]e Force)\s+)?(?-i:Base|Air Base|Naval Base|Station|"
    rf"Garrison|Barracks)\b",
    IGN,
)
# "in Indonesian waters", "in the western waters of India": a country's own waters are its.
_NATIONAL_WATERS = re.compile(
    rf"\b(?:in|into|inside|within)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:({C})\s+(?:territorial\s+)?"
    rf"waters|(?:territorial\s+)?waters\s+of\s+(?:the\s+)?({C}))\b",
    IGN,
)
# "VAZIANI MILITARY BASE, Georgia - Exercise Noble Partner began ...": a dateline that names a
# base is the site, not only where the reporter files from.
_BASE_DATELINE = re.compile(
    rf"^(?:date [\d-]+\s+)?(?-i:[A-Z][A-Z .'-]{{0,40}}\b(?:BASE|CAMP|FORT|STATION|RANGE|"
    rf"AIRFIELD|TRAINING AREA|TRAINING GROUND)\b[A-Z .'-]{{0,30}}),\s+({C})\s*(?:-|:|\()"
)
_TOWN_COUNTRY = re.compile(
    rf"\b(?:in|at|near|outside|(?:beach|beaches|shores?|coast|outskirts) of)\s+(?:the\s+)?"
    rf"(?-i:(?:[A-Z][\w'.-]*\s+){{0,4}}[A-Z][\w'.-]*)"
    # "at Vaziani base, Georgia"
    rf"(?:\s+(?:air\s+|naval\s+|military\s+)?(?:base|airbase|airfield|range|camp|port))?"
    rf"(?:\s+in\s+(?-i:[A-Z][\w'-]*)\s+(?:province|prefecture|district|state|region|county))?"
    rf",\s+({C})(?!\s*(?:,\s*|and\s+|&\s*)(?:the\s+)?{C})",
    IGN,
)
_IDX = re.compile(r"§(\d+)§")
# "in Estonia, Latvia, Lithuania and Poland", "hosted by Morocco, Tunisia and Senegal",
# "Mexico and Belize will co-host": an exercise split across countries has no single host.
_MULTI_HOST = re.compile(
    rf"\b(?:in|across|throughout|hosted by|co-hosted by|territor(?:y|ies) of|parts of|"
    rf"spans?|spanning)\s+(?:the\s+)?(?:(?!(?:are|were|is|was|include|includes|included)\b)"
    rf"[a-z][\w-]*\s+){{0,3}}?({C}(?:(?:\s*,\s*(?:and\s+)?"
    rf"|\s+and\s+){C})+)|({C}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){C})+)\s+(?:will\s+|"
    rf"are\s+|to\s+)?co-?host",
    IGN,
)
# A sentence about earlier editions: "conducted alternately in India and Sri Lanka", "the
# sixth edition was held in Sri Lanka", "in 2016 the exercise was held at Pune".
_HOST_HISTORY = re.compile(
    r"\b(?:alternate(?:ly)?|alternatively|alternating|rotat\w+|previous|last (?:year|edition)|"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+th) edition "
    r"(?:was|took|had)|(?:was|were) (?:first )?held (?:in|at)|(?:has|have) been (?:held|"
    r"conducted|staged|hosted)|(?:was|were) established)\b",
    IGN,
)
_CONTEXT_AFTER = re.compile(
    r"-(?:made|built|supplied|designed|developed|origin|flagged|registered|owned)\b|-led\s+(?:[\w-]+\s+){0,3}?"
    r"(?:organi[sz]ation|alliance|bloc|coalition|CSTO|NATO|Collective)\b|"
    r"(?:'s?)?\s+(?:threat|threats|tensions?|sanctions|aggression|pressure|challenge|menace|"
    r"factor|problem|question|issue|policy|crisis|war|invasion|hawks|rivalry|dispute)\b",
    IGN,
)
_NOT_HOST_BEFORE = re.compile(
    r"\b(?:conflict|war|fighting|crisis|activity|activities|operations?|invasion|offensive|"
    r"aggression|attacks?|protests?|elections?|moved|entered|sanctions?|instability|"
    r"interests|embassy|ambassador|envoy|trip|visit|visited|aimed|threatening|threat|"
    r"targeting|targeted|against|signal|message|warning|engag\w*|fighting|deployed|range|"
    # where people spoke or ships lay, not where troops train
    r"reach|conference|briefing|meeting|summit|talks|spoke|speaking|moored|docked|rally|"
    r"interven\w*)\s+"
    r"(?:\w+\s+){0,1}$",
    IGN,
)
# People who speak, watch or report from a place: "officials in Seoul said", "analysts in
# Beijing". Where they are is not where the troops train, nor a party to the exercise.
SPEAKER_NOUNS = (
    r"(?:officials|diplomats|analysts|experts|observers|sources|residents|journalists|"
    r"reporters|leaders|authorities|lawmakers|commentators)"
)
# Where officers briefed reporters is not where the troops train.
SPOKEN_AT = re.compile(
    r"\b(?:briefing|press conference|talks? (?:with|to) reporters|told reporters|spoke)\b", IGN
)
# A photo of people watching the news: where they watch is not where the troops train.
WATCHED_ON_SCREEN = re.compile(
    r"\b(?:TV|television) (?:screen|news|report|broadcast)|\bnews (?:program|programme|"
    r"broadcast)|\bfile (?:image|photo|footage)\b",
    IGN,
)
