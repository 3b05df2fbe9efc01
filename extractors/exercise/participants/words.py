"""The vocabularies the participant shapes are built from: military nouns, verbs of holding
and taking part, reactions to an exercise, the words that break a subject from its verb, and
words of relations between states.

Kept apart from shapes.py so that a new noun or verb is a one-line edit in a short file.
"""

from __future__ import annotations

import re

IGN = re.IGNORECASE

MILNOUN = (
    r"(?:navy|navies|naval|army|armies|air ?forces?|military|militaries|(?:armed |defen[cs]e )?"
    r"forces|troops|soldiers|marines|warships?|ships|vessels|jets|aircraft|fighter jets|"
    r"fighters|bombers|personnel|sailors|airmen|paratroopers|contingents?|coast ?guards?|"
    r"marine corps|submarines?|frigates?|destroyers?|corvettes?|units|battalions?|brigades?|"
    r"regiments?|"
    r"special forces|commandos|servicem[ae]n|service ?members|defen[cs]e ministry|"
    r"ministry of defen[cs]e|defen[cs]e forces|self-defen[cs]e forces|infantry|tanks|"
    r"carriers?|aircraft carriers?|task force|task group|fleet|flotilla|squadrons?|"
    r"delegation|team|pilots|crews?|gunners|artillery|warplanes|helicopters|drones|"
    r"F-\d+\w*|Su-\d+\w*|MiG-\d+\w*|Rafales?|Typhoons?|(?:[\w-]+ )?command|"
    r"JAS-\d+\w*|F/A-\d+\w*|Gripens?|Eurofighters?|Hornets?|Tornado(?:e?s)?|"
    r"Mirages?|Harriers?|Eagles|Vipers|Globemasters?|Hercules|Chinooks?|Apaches?|Ospreys?|"
    r"Poseidons?|"
    r"minesweepers?|minehunters?|patrol (?:boats?|vessels?|ships?)|cruisers?|landing ships?|"
    r"expeditionary force|defen[cs]e league|national guard|reservists|components?|"
    r"detachments?)"
)
REACTION = (
    r"(?:scrambl\w*|monitor\w*|track\w*|shadow\w*|intercept\w*|respond\w*|react\w*|warn\w*|"
    r"detect\w*|observ\w*|watch\w*|condemn\w*|protest\w*|denounc\w*|criticis\w*|criticiz\w*|"
    r"said|says|say|accus\w*|report\w*|spott\w*|sighted|closely|raised|"
    r"kept|keep|keeps|keeping|tailed|followed|approached|harass\w*|confronted|"
    r"call(?:ed|s)(?! off)|"
    r"describ\w*|slam\w*|object\w*|complain\w*|express\w*|den(?:y|ies|ied))"
)
EXVERB = (
    r"(?:hold|holds|held|holding|conduct\w*|stag(?:e|es|ed|ing)|launch\w*|carr(?:y|ies|ied|"
    r"ying) out|beg(?:in|an|ins|un)|start\w*|kick\w* off|kick-?start\w*|perform\w*|"
    r"practis\w*|practic\w*|"
    r"join(?:s|ed|ing)?|particip(?:at|an)\w*|take part|took part|taking part|takes part|send|"
    r"sends|sent|sending|dispatch\w*|deploy(?:s|ed|ing)?|wrapp?\w* up|complet\w*|conclud\w*|"
    r"mount\w*|sail(?:s|ed|ing)?|flew|fly|flies|flying|train(?:s|ed|ing)?|fire[ds]?|firing|"
    r"rehears(?:e|es|ed|ing)\b|simulat\w*|host(?:s|ed|ing)?|organi[sz]\w*|led|lead|leads|"
    r"co-host\w*|provid\w*|contribut\w*|brought|bring\w*|field(?:s|ed|ing)?|"
    r"commit(?:s|ted|ting)?\b(?! to\b)|land(?:s|ed|ing)?|"
    r"jump\w*|parachut\w*|call\w* off|cancel\w*|postpon\w*|suspend\w*|scrap\w*|resum\w*|"
    r"wrapp?\w* up|sets? (?:the )?(?:\w+ )?dates?|announc\w*|plans?|planned|planning|"
    r"schedul\w*|prepar\w*|unveil\w*|orders?|ordered|ends|ended|opens?|opened|shows?|"
    r"agree\w* to (?:delay|postpone|suspend|hold|conduct|resume|scale|stage|halt)|"
    r"team(?:s|ed)? up|teaming up|(?:be|are|were) represented|"
    r"showed|showcas\w*|resum\w*|stages|"
    # "Seoul and Washington decided to end the drills", "... will terminate the drills"
    r"terminat\w*|discontinu\w*|"
    r"(?:decid\w*|agree\w*|vot\w*|move[ds]?) to [\"\u201c]?(?:end|halt|stop)|"
    r"confirm(?:s|ed)? (?:their |its )?(?:units|troops|ships|forces|contingents|aircraft|"
    r"participation))"
)
BAD_GAP = re.compile(
    r"\b(?:against|said|says|say|accused|accuses|criticised|criticized|condemned|warned|warns|"
    r"urged|called|reported|reports|told|denied|denies|claimed|claims|alleged|believes|fears|"
    r"not|never|refused|declined|sanction\w*|invaded|attacked|protested|because|after|while|"
    r"protests?|objects?|objected|oppos\w*|complain\w*|slam\w*|denounc\w*|criticis\w*|"
    r"reluctant|refus\w*|declin\w*|withdr\w*|unwilling|missiles?|rockets?|shells|"
    r"monitor\w*|watch\w*|track\w*|shadow\w*|observ\w*|surveillance|spy|intelligence\S*|"
    r"research|survey|tests?|ICBM|ballistic|threats?|threaten\w*|invade|invasion|ties|"
    r"relations|tensions?|rivalry|dispute|"
    r"when|as|which|who|that China|near|around|(?<!kick )(?<!kicks )(?<!kicked )off)\b",
    IGN,
)
TENSION = (
    r"(?:ties|relations|relationships?|tensions?|talks|hostilit\w+|conflicts?|wars?(?![- ]?gam)|"
    r"disputes?|"
    r"standoff|stand-off|borders?|cooperation|co-operation|partnerships?|agreements?|deals?|"
    r"trade|control|frontier|boundary|line|pacts?|treaty|treaties|accords?|"
    r"confrontation|rivalry|friction|clash\w*|row|spat|feud|fight|fighting|problems?|"
    r"issues?|competition|crisis|contacts|meeting|summit|dialogue|engagement|alliance|peace|"
    r"push|efforts?|diplomacy|negotiations?|d[eé]tente|rapprochement|reconciliation)"
)
