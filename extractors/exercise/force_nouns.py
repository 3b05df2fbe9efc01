"""The words force sizes are written with: number words, qualifiers and the nouns of each class.

numbers.py reads figures with them; a new way of naming troops, ships or aircraft is one more
alternative in `CLASSES`.
"""

from __future__ import annotations

WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a hundred": 100,
    "hundred": 100,
    "a dozen": 12,
    "dozen": 12,
}
MULT = {"thousand": 1_000, "million": 1_000_000, "lakh": 100_000, "k": 1_000}

QUAL = {
    "more than": "more than",
    "over": "more than",
    "in excess of": "more than",
    "upwards of": "more than",
    "at least": "at least",
    "no fewer than": "at least",
    "about": "about",
    "around": "about",
    "some": "about",
    "nearly": "about",
    "almost": "about",
    "approximately": "about",
    "roughly": "about",
    "close to": "about",
    "an estimated": "about",
    "estimated": "about",
    "up to": "up to",
    "as many as": "up to",
    "less than": "less than",
    "fewer than": "less than",
    "under": "less than",
}

CLASSES: dict[str, str] = {
    "troops": r"troops|soldiers|servicem[ae]n|service ?members|service personnel|participants|"
    r"military personnel|personnels|personnel|sailors|marines|airmen|paratroopers|"
    r"reservists|conscripts|infantrymen|commandos|special forces|military staff|"
    # "220 officers and NCO's from 10 countries", "3,000 forces from Kuwait, Qatar, ..."
    r"officers and (?:ncos|nco['’]s|non-commissioned officers|soldiers|men|personnel)|"
    r"forces(?= from )|"
    # "around 28,000 multinational forces", "30,000 allied troops" (the noun after the word)
    r"(?:multinational|multi-national|allied|coalition|international) forces|"
    # "1,150 members from the three services", "a total of 1,900 staff"
    r"members (?:from|of) the (?:\w+ )?(?:services|branches|armed services)|staff\b(?! officers?)|"
    r"members of the (?:armed forces|military)|(?:armed )?forces members|"
    # "Altogether 2,200 people took part", "2,000 people on the exercise"
    r"people(?=\s+(?:(?:are|were|will be|have been|had been)\s+)?(?:took part|taking part|"
    r"take part|will take part|participat|involved|on the exercise|in the exercise))|"
    r"(?:military|guard|service|army|navy) members|"
    # "more than 400 members of the Croatian Army"
    r"members of the (?:[a-z-]+\s+){0,2}(?:army|navy|air force|armed forces|military|marines)|"
    # "300 members of the 433rd infantry company", "the 10,000 men and women from the
    # militaries of 29 nations", "2,800 people from the Air Force, Navy and Marine Corps"
    r"members of the \d+(?:st|nd|rd|th)? (?:[a-z-]+\s+){0,2}(?:company|battalion|brigade|"
    r"regiment|division|unit)|men and women(?= (?:from|of|in) the (?:militar|armed|forces))|"
    # "more than 1,900 men and women were deployed under the command of Task Force 80"
    r"men and women(?= (?:were|are|will be|have been) deployed)|"
    r"people(?= from the (?:air force|navy|army|marine|armed forces|military))|"
    # "about 2,500 people from all over the world": the exercise's participants
    r"people(?= from (?:all over the world|around the world|\d+ (?:countries|nations)))|"
    # "6 thousand people and 24 ships", "2,000 people, 30 aircraft and 12 vessels": people
    # counted beside the hardware are the force
    r"people(?=,? (?:and )?(?:about |some |over |more than |up to )?\d[\d,]* (?:ships|warships|"
    r"vessels|aircraft|planes|jets|helicopters|tanks|armou?red vehicles|units of))",
    # "two aircraft carriers" are ships, and which of the fleet's ships they are is not told.
    "aircraft": r"aircraft(?!\s+carriers?\b)|aircrafts|planes|airplanes|aeroplanes|warplanes|"
    r"jets|fighter jets|fighters|helicopters|choppers|bombers|aviation units|drones|uavs|sorties",
    "ships": r"ships|warships|vessels|naval vessels|boats|submarines|frigates|destroyers|"
    r"surface ships|combat ships|corvettes|naval units|naval assets",
    "vehicles": r"vehicles|tanks|armou?red vehicles|weapons? units|weaponry units|units of "
    r"(?:military |combat )?(?:equipment|weaponry|hardware|weapons)|pieces of "
    r"(?:military )?(?:equipment|hardware)|military hardware|artillery pieces|"
    r"armou?red personnel carriers|howitzers|launchers|weapons systems|"
    r"military equipment|combat vehicles|artillery systems|armou?red vehicles",
}
