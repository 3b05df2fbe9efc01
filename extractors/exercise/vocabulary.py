"""The vocabularies a sentence is judged with: military words, the core ones that outweigh a
civil setting, the verbs that make an exercise specific, and the civil, accident and space
senses. Each is a WordTest: a token set plus a short regex for the phrases tokens cannot hold.

Split out of triggers.py; a new military word is one more entry here.
"""

from __future__ import annotations

import re

from .wordtest import WordTest

IGN = re.IGNORECASE

MIL = WordTest(
    "military militaries army armies navy navies naval troop troops soldier soldiers "
    "servicemen servicemen serviceman servicewomen marine marines warship warships destroyer "
    "destroyers frigate frigates corvette corvettes submarine submarines carrier carriers "
    "fighters bomber bombers warplane warplanes jets tanks artillery missile missiles rocket "
    "rockets forces battalion battalions brigade brigades regiment regiments infantry "
    "airborne commando commandos combat amphibious sailors airmen warfare anti-submarine "
    "drone drones helicopter helicopters sorties interoperability live-fire weapon weapons "
    "howitzer howitzers infantrymen admiral admirals commander commanders "
    "fleet squadron squadrons aviation personnel nuclear ballistic tactical airforce "
    "warfighter warfighters guardsmen reservists",
    "",
    r"(?i:\b(?:paratroop\w*|air ?forces?|fighter jets?|service ?members|defen[cs]e "
    r"(?:ministry|forces?|minister|department|chiefs?)|ministry of defen[cs]e|armed forces|"
    r"special forces|coast ?guards?|"
    r"theat(?:er|re) command|air defen[cs]e|landing craft|command-staff|collective security "
    r"treaty)\b)"
    r"|\b(?:Northern|Southern|Central|European|Africa|Pacific|Indo-Pacific|Strategic|Space|"
    r"Cyber|Special Operations|Fleet Forces|Air Combat|Air Mobility) Command\b"
    r"|\b(?:Army |Air )?National Guard\b"
    r"|\b(?:PLA|NATO|Nato|CSTO|IAF|RAF|USAF|IDF|IRGC|MoD|JSDF|JMSDF|JASDF|JGSDF|ADF|INS|HMS|USS|HMAS|"
    r"RAAF|F-\d+\w*|Su-\d+\w*|MiG-?\d*|Rafales?|Typhoons?|Tejas|Gripens?|P-8\w*|B-\d+\w*)\b",
    gate_tokens=(
        "air airforce airforces fighter service servicemembers defence defense ministry armed "
        "special coast coastguard coastguards theater theatre landing command-staff collective "
        "command guard "
        "pla nato csto iaf raf usaf idf irgc mod jsdf jmsdf jasdf jgsdf adf ins hms uss hmas raaf "
        "tejas"
    ),
    gate_subs=("paratroop", "f-", "su-", "mig", "rafale", "typhoon", "gripen", "p-8", "b-"),
)

# Military words that outweigh a civil setting ("police and soldiers held a drill").
MIL_CORE = WordTest(
    "military militaries army armies navy navies naval troops soldiers marines warships "
    "destroyers frigates submarines battalion battalions brigade brigades regiment infantry "
    "airborne commandos sailors airmen fighters bombers warplanes tanks artillery",
    "",
    r"(?i:\b(?:paratroop\w*|air ?forces?|armed forces|special forces|defen[cs]e (?:ministry|"
    r"forces)|ministry of defen[cs]e)\b)|\b(?:PLA|NATO|CSTO)\b",
    gate_tokens="air airforce airforces armed special defence defense ministry pla nato csto",
    gate_subs=("paratroop",),
)


SPECIFIC = WordTest(
    "held hold holding holds conduct conducted conducting conducts stage staged stages staging "
    "launch launched launches launching began begin begins beginning start started starts "
    "starting conclude concluded concludes concluding end ended ends underway participate "
    "participated participates participating participation join joined joins joining "
    "practise practised practising practice practiced practicing rehearse rehearsed "
    "rehearsing simulate simulated simulating simulation culminate culminated inaugural "
    "inaugurated commence commenced commences cancel cancelled canceled postpone postponed "
    "suspended suspends scrapped scraps postpones cancels resume resumed involve involved "
    "involves involving feature featured features featuring annual edition phase day days "
    "week weeks month months january "
    "february march april may june july august september october november december jan feb "
    "mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday today yesterday tomorrow upcoming planned scheduled will kickstarted "
    "kickstarts kick-started kick-starts",
    "",
    r"\b(?:kick(?:s|ed|ing)? off|under way|took part|take part|taking part|takes part|"
    r"carried out|carr(?:y|ies|ying) out|opening ceremony|closing ceremony|flagged off|"
    r"called off|this year's|set to|take place|takes place|taking place|took place|"
    r"is being|are being|wrapp?(?:ed|ing|s)? up)\b",
    IGN,
    gate_tokens=(
        "kick kicks kicked kicking under took take taking takes carried carry carries carrying "
        "opening closing flagged called this set place being wrap wraps wrapped wrapping wrapp"
    ),
)

CIVIL = WordTest(
    "police policemen firefighter firefighters residents students pupils school schools "
    "employees passengers ndrf sdrf nurses doctors athletes players coach coaches teammates "
    "team-mates gym workout workouts calories diet researchers analysts scholars academics "
    "simulation csis rand hospital hospitals paramedics",
    "",
    r"\b(?:fire brigades?|fire service|emergency services|civil defen[cs]e|first responders|"
    r"disaster management|think[- ]tanks?)\b",
    IGN,
    gate_tokens="fire emergency civil first disaster think",
    gate_subs=("think-tank",),
)

ACCIDENT = WordTest(
    "crash crashed crashes killed died dies death dead accident mishap ejected electrocuted "
    "drowned drown drowns missing injured collided collision sacked dismissed inquiry probe",
    "",
    r"\b(?:caught fire|court[- ]martial\w*)\b",
    IGN,
    gate_tokens="caught",
    gate_subs=("court",),
)

SPACE = WordTest(
    "spacecraft astronaut astronauts cosmonaut cosmonauts capsule nasa orbit orbits orbital "
    "orbiting docking satellite satellites probe rover lander",
    "",
    r"\b(?:space station|ISS|space debris)\b",
    gate_tokens="space iss",
)
