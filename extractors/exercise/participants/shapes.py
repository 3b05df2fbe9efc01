"""The sentence shapes that participants/grammar.py reads participants, hosts and context from.

Split out of grammar.py: the vocabularies (military nouns, verbs of holding and taking part,
reactions, tension words) and the regexes over the masked sentence, where each gazetteer
mention is a ``§i§`` placeholder.
"""

from __future__ import annotations

import re

from .host_shapes import SPEAKER_NOUNS
from .words import EXVERB, MILNOUN, REACTION, TENSION

IGN = re.IGNORECASE
C = r"§\d+§"
# "the Indian Army and the Maldives National Defence Force": a country's own force named with
# it is still one item of the list.
_OWN_FORCE = (
    r"(?:'s)?\s+(?:(?:National\s+)?(?:Army|Navy|Air Force|Armed Forces|Defen[cs]e Forces?|"
    r"Marines|Marine Corps|Coast Guard|Self-Defen[cs]e Forces?)|"
    # "Japan Maritime Self-Defense Force": the force is a place of its own in the gazetteer
    r"(?:Maritime|Ground|Air)\s+§\d+§)"
)
# "the Democratic Republic of the Congo (DRC), Uganda": the bracketed short form is the same
# item, so the list goes on after it.
# "the US (NAVEUR, Alabama National Guard) and Turkey": a short aside in brackets is part of
# the item before it too.
# "Canada (the frigate HMCS Vancouver), France": an aside naming the item's own ship too.
_SHORT_FORM = (
    r"(?:\s*\((?:\s*§\d+§\s*|[^()§.;]{1,60}|[^()§.;]{0,40}(?:§\d+§[^()§.;]{0,40}){1,3})\))?"
)
_ABOUT = r"(?:(?:about|around|some|nearly|roughly|over|more than|approximately|almost)\s+)?"
LIST = (
    rf"{C}{_SHORT_FORM}(?:{_OWN_FORCE}(?=\s*(?:,|and\b)))?"
    rf"(?:(?:\s*,\s*(?:and\s+|as well as\s+)?"
    # "..., Armenia, Abkhazia, South Ossetia, Azerbaijan and ...": a name that is no state in a
    # long list does not end it.
    rf"(?:(?-i:[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?),\s*(?=(?-i:[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?),|"
    rf"{C})){{0,2}}"
    rf"|\s+and\s+|\s*&\s*|\s*/\s*|-|\s+as well as\s+|"
    # "Papua New Guinea Singapore": a comma lost in copy
    rf"\s+(?={C}))"
    # "800 Georgian and 1,600 US personnel": a head count before each item.
    # "..., Royal Netherlands Navy, Royal Danish Navy": only a royal force within the list
    # "4,100 Indonesian and about 1,300 U.S. troops"; "the Marines and their US counterparts"
    rf"(?:the\s+|host\s+|hosts\s+|their\s+|its\s+|{_ABOUT}\d[\d,]*\s+)?"
    rf"(?:Royal\s+(?={C}{_OWN_FORCE}(?!')))?{C}{_SHORT_FORM}"
    rf"(?:{_OWN_FORCE}(?=\s*(?:,|and\b)))?)*"
)

_CONTEXT_BEFORE = re.compile(
    r"\b(?:against|near|around|towards?|toward|off|surrounding|encircl\w*|blockad\w*|"
    r"invasion of|invade|attack(?:s|ing)? on|pressure on|threats? (?:from|to|of|posed by)|"
    r"deter(?:rence|ring)?|counter(?:ing)?|warning to|warn(?:ed|s|ing)?|aimed at|directed at|"
    r"target(?:ing|ed|s)?|anger(?:ing|ed)?|despite|sanction\w*|provok\w*|intimidat\w*|"
    r"over|across|east of|west of|north of|south of|close to|approach\w* to|within|"
    r"opposed by|rival|enemy|adversar\w*|visit(?:ed|s|ing)? (?:to )?|trip to|in|into|at|"
    r"proximity to|"
    r"from attacking|rather than|unlike|not|after|following|since|because of|amid|"
    # "units within firing range of Seoul"; "the drills followed the passage of U.S. warships"
    r"(?:firing |striking |strike )?range of|striking distance of|reach of|followed|"
    r"passage of|transit of|"
    # "invited to participate instead of Turkey", "which replaced joint drills with Turkey"
    r"instead of|in place of|replac\w*(?: [\w-]+){0,3} with|"
    # "a detachment equivalent to United States Navy Seals", "Moscow's response to the United
    # States' aid to Georgia": a comparison or what the drill answers, not a party to it
    r"(?:the )?equivalent (?:to|of)|similar to|akin to|comparable to|modell?ed on|"
    r"(?:in )?(?:response|reaction|answer|retaliation) (?:to|for|against)|"
    # "the exercise comes before joint South Africa/Russia/China manoeuvres": another one
    r"(?:comes?|came|coming|is held|was held|takes place|took place) (?:just )?(?:before|"
    r"ahead of)|"
    # "servicemen have departed for Belarus": where they go, not who sends them
    r"(?:departed|departs|depart|left|leave|leaves|headed|heading|set off|bound) for|"
    r"mock|mock-up of|mock-ups? of|replicas? of|models? of|simulated|"
    r"(?:attack|invasion|aggression|switch|incursion|strike|assault|landing)s? by|"
    # "will be closely watched by Russia", "raising concerns for Japan's defence ministry",
    # "designed for precision strikes on key North Korean facilities": who looks on or is
    # aimed at, not who takes part
    r"(?:watched|monitored|tracked|shadowed|scrutini[sz]ed) by|"
    r"(?:concerns?|alarm|worr(?:y|ies)|unease|anxiety) (?:for|in|among|from)|"
    r"(?:strikes?|attacks?|raids?) (?:on|against)(?: key| major)?|"
    # "engaged and destroyed a Danish drone aircraft", "sank a decommissioned Dutch frigate":
    # the target
    r"destroy(?:s|ed|ing)?|shot down|shoots? down|shooting down|sank|sunk|sink(?:s|ing)?)"
    # "Around 350 US Marines", "over 1,000 British troops": a count, not a place
    r"(?!\s+\d)"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$",
    IGN,
)

_P_FORCE = re.compile(
    rf"({LIST})(?:'s?)?\s+(?!(?:[\w-]+\s+){{0,2}}?(?:surveillance|spy|intelligence|research|"
    rf"survey|fishing|militia|maritime militia|merchant|civilian|cargo|coast)\b)"
    rf"(?:[\w-]+\s+){{0,2}}?{MILNOUN}\b(?!\s+(?:\w+\s+)?{REACTION})"
    # "Russia-North Korea military ties", "China's military playbook": the state's relations
    # or doctrine, not its forces.
    rf"(?!\s+(?:ties|relations|cooperation|links|pact|alliance|partnership|playbook|doctrine|"
    rf"threats?|build-?up|buildup|pressure|provocations?|aggression|intimidation|coercion|"
    rf"expansion|might|power|budget|spending|aid|assistance|"
    # "a former U.S. military base": a place, not a force
    rf"bases?|installations?)\b)",
    IGN,
)
_P_AMONG = re.compile(
    rf"({LIST})\s+(?:were|are|was|is|will be)\s+(?:also\s+)?among\s+(?:the\s+)?(?:other\s+)?"
    rf"(?:participants|contributors|countries|nations|participating|those|forces)",
    IGN,
)
# "Traditionally led by U.S. forces, this year's drills ...": who led earlier editions.
_P_LED = re.compile(
    rf"(?<!traditionally )(?<!usually )(?<!normally )(?<!typically )(?<!historically )"
    rf"(?<!previously )(?<!formerly )"
    rf"\b(?:(?:co-)?(?:led|organi[sz]ed|sponsored|co-hosted|co-led|hosted|run|conducted|"
    rf"staged) by|under the (?:leadership|command|lead) of)\s+(?:the\s+)?({LIST})",
    IGN,
)
_PART_VERB_AFTER = re.compile(
    r"(?:'s?)?[^.;]{0,120}?\b(?:took part|take part|taking part|takes part|"
    r"particip(?:at|an)\w*|join\w*|contribut\w*|sent|send\w*|brought|bring\w*|"
    r"provid\w*|commit(?:s|ted|ting)?\b(?! to\b)|dispatch\w*|"
    # "Belgian and Dutch units, which serve at Cincu, are training alongside ...": the verb of
    # the exercise itself, in the progressive or with its partner, not the noun "drills".
    r"(?:are|were|is|was|will be|have been) (?:training|exercising|drilling)|"
    r"train(?:s|ed)? (?:alongside|with|together))\b",
    IGN,
)
# "The drill between X and Y is not aimed at any nation": what is denied is a target, not who
# takes part.
_NOT_A_TARGET = (
    r"(?!\s+(?:(?:be|been|specifically|in any way)\s+)?(?:aimed|directed|targeted|targeting|"
    r"intended|meant|against|a threat|a provocation|related|linked|connected)\b)"
)
_NEGATION = re.compile(
    rf"\b(?:not{_NOT_A_TARGET}|isn't{_NOT_A_TARGET}|neither|nor|never|no longer|"
    r"withdr[ae]w\w*|pull(?:ed|s|ing)? out|stays? away|"
    r"stayed away|boycott\w*|refus\w*|declin\w*|excluded|frozen|won't|aren't|wasn't|"
    r"weren't|absent|opt(?:s|ed|ing)? out|sit(?:s|ting)? out|sat out)\b",
    IGN,
)
_PARTICIPATION_WORDS = re.compile(
    r"\b(?:particip(?:at|an)\w*|take part|taking part|took part|takes part|join\w*|"
    r"contribut\w*|send\w*|sent|involv\w*|contingents?|drills?|exercises?)\b",
    IGN,
)
_SUBJ_CONTEXT = re.compile(
    r"(?:(?<!well )\bas|\bfrom|\bwhile|\bwhereas)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,1}$", IGN
)
_NONE = re.compile(r"\b(?:neither|none of (?:them|these|those)|nor)\b", IGN)
_REACTION_NEAR = re.compile(rf"[^.;]{{0,50}}?\b{REACTION}\b", IGN)
# "North Korea said its artillery units staged a drill": the speaker owns the forces.
_P_SELF = re.compile(
    rf"({C})(?:'s\s+(?:[\w-]+\s+){{0,2}}?(?:ministry|military|command|spokes\w+))?\s+"
    rf"(?:said|says|announced|reported|confirmed|stated)\b[^.;§]{{0,40}}?\b(?:its|their)\s+"
    rf"(?:own\s+)?(?:[\w-]+\s+){{0,2}}?{MILNOUN}\b",
    IGN,
)
_P_ALLIES = re.compile(rf"({LIST})\s+and\s+(?:its|their)\s+(?:allies|partners)\b", IGN)
# "Brazil, Colombia, and Peru, will be providing troops": a comma may close the list.
_P_SUBJ = re.compile(
    rf"({LIST})(?:'s?)?,?\s+(?:[\w,-]+\s+){{0,5}}?[\"\u201c\u2018]?{EXVERB}\b", IGN
)
_P_WITH = re.compile(
    rf"\b(?:with|alongside|joined by|accompanied by|along with|together with|jointly with|"
    rf"partnered with)\s+(?:the\s+)?(?:(?:navies|armies|militaries|forces|air forces|"
    rf"troops|soldiers|ships|warships|vessels|aircraft|jets|units|contingents|counterparts?|"
    rf"partners?) (?:of|from)\s+(?:the\s+)?)?(?:(?:[\w-]+|{C})\s+){{0,4}}?\(?({LIST})",
    IGN,
)
# "will train alongside Russian units", "sailed together with the Indian Navy": a verb of
# training right before the partner, in any sentence.
_P_TRAIN_WITH = re.compile(
    rf"\b(?:train(?:s|ed)?|will train|exercis(?:ed|ing)|drill(?:ed|ing)|sail(?:s|ed|ing)?|"
    rf"manoeuvr(?:ed|ing)|maneuver(?:ed|ing)|fl(?:y|ies|ew|ying)|practis(?:e|es|ed|ing)|"
    rf"practic(?:ed|ing)|rehears(?:e|es|ed|ing))\s+"
    rf"(?:together\s+)?(?:alongside|with|together with|side by side with|jointly with)\s+"
    rf"(?:the\s+)?(?:(?:navies|armies|militaries|forces|troops|counterparts?) (?:of|from)\s+"
    rf"(?:the\s+)?)?(?:[\w-]+\s+){{0,1}}?({LIST})",
    IGN,
)
_SPY_OBJECT = re.compile(
    r"\s+(?:(?:an?|its|the|one|two|several)\s+)?(?:[\w-]+\s+){0,1}?(?:intelligence\S*|spy|"
    r"surveillance|research|survey)\b",
    IGN,
)
# Outside exercise sentences these verbs are news about the country, not its taking part:
# "Beijing announced the launch of two destroyers", "Pyongyang fired missiles".
_NEWS_VERB_END = re.compile(
    r"\b(?:announc\w*|unveil\w*|launch\w*|shows?|showed|showcas\w*|orders?|ordered|opens?|"
    r"opened|plans?|planned|planning|fire[ds]?|firing|schedul\w*|prepar\w*)$",
    IGN,
)
_JOIN_VERB_END = re.compile(
    r"\b(?:particip(?:at|an)\w*|take part|took part|taking part|takes part|join(?:s|ed|ing)?|"
    r"send|sends|sent|sending|dispatch\w*|contribut\w*|provid\w*)$",
    IGN,
)
_P_FROM = re.compile(
    rf"\b(?:forces|troops|navies|militaries|ships|warships|personnel|contingents?|units|"
    rf"soldiers|armies|air forces|sailors|marines|delegations?|participants|teams|jets|"
    rf"aircraft|servicemen|service ?members|officers|pilots|vessels|representatives|"
    rf"destroyers|frigates|corvettes|submarines|minehunters|warplanes|fighters|bombers|"
    rf"helicopters|crews|commandos|paratroopers|battalions|companies|squadrons|military|"
    rf"militaries|armed forces|naval forces|allies|partners|nations|countries|states|"
    rf"servicemembers|airmen|guardsmen|reservists|equipment|hardware|air wings|air arms|"
    rf"representation)"
    # "3,600 personnel, including from the Royal Canadian Navy", "57 personnel will be coming
    # from the Republic of Korea Marine Corps"
    rf"(?:,?\s+including|\s+(?:will be |are |were |is |was )?(?:coming|came|come|comes)|"
    # "The ships and aircraft are from Australia, Canada (the frigate HMCS Vancouver), ..."
    rf"\s+(?:are|were|will be))?\s+"
    # "forces from the 15 CARICOM Member States, Brazil, Canada": a few words, not "from" again
    rf"(?:from|of)\s+(?:the\s+)?(?:(?!(?:from|to|in|at|into|including)\b)[\w-]+,?\s+){{0,5}}?"
    rf"({LIST})|"
    # "soldiers from the Romanian Navy, ..., as well as from Bulgaria, Belgium and France",
    # "2,500 Canadian soldiers and a few from the US and the UK"
    rf"\b(?:as well as|and also|but also|,\s*also|and|plus|a few|some|others|including|"
    # "57 personnel from the ROK Marine Corps, along with another 50 from the JGSDF"
    rf"(?:another|a further|an additional|other)\s+\d[\d,]*(?:\s+[\w-]+)?)\s+from\s+"
    rf"(?:the\s+)?({LIST})|"
    # "a KC-30A tanker from Australia will also take part": whatever comes from the country
    # takes part, told by the verb right after it.
    rf"\bfrom\s+(?:the\s+)?({LIST})\s+(?:will|would|is|are|was|were)\s+(?:also\s+)?"
    rf"(?:take part|taking part|participate|participating|join|joining)\b|"
    # "officials from Fiji, Samoa and Tonga gathered to take part": officials are speakers
    # unless the sentence has them taking part.
    rf"\bofficials\s+from\s+(?:the\s+)?({LIST})(?=[^.;]{{0,60}}?\b(?:to|will|would)\s+"
    rf"(?:participate|take part|join|train)\b)|"
    # "Also participating in FA HUM are military and civilian officials from Britain, Canada"
    rf"\b(?:also\s+)?(?:participating|taking part)\b[^.;§]{{0,60}}?\b(?:are|were|will be)\b"
    rf"[^.;§]{{0,50}}?\bfrom\s+(?:the\s+)?({LIST})",
    IGN,
)
_P_INCL = re.compile(
    rf"\b(?:countries|nations|states|participants|partners|members|navies|militaries|"
    rf"forces|armies|allies|republics)\b[^§.;]{{0,60}}?(?:including|include|includes|included|"
    rf"such as|"
    rf"like|plus|namely|among them|are|were|:|-|–|—|\(?i\.e\.,?)\s+(?:but not limited to\s+)?"
    rf"(?:(?<=are )from\s+|(?<=were )from\s+)?"
    rf"(?:the\s+)?"
    rf"(?:(?:those|units|contingents|forces|navies|"
    rf"armies|air forces) (?:of|from)\s+(?:the\s+)?)?({LIST})",
    IGN,
)
# "In addition to France and the United States, participants include ...": the states set
# before the list of participants take part too.
_P_BESIDES = re.compile(
    rf"\b(?:in addition to|besides|alongside)\s+(?:the\s+)?({LIST}),\s+(?:the\s+)?"
    rf"(?:other\s+)?(?:participants|participating (?:countries|nations|states)|countries|"
    rf"nations|navies|forces|troops|units)\b(?=[^.;]{{0,30}}?\b(?:include|including|are|were|"
    rf"will|from|taking part|participating)\b)",
    IGN,
)
_P_ADJ = re.compile(
    # 'the China-Iran-Russia "Ocean Belt-2026" naval exercise': a quoted name in between
    rf"({LIST})(?:'s?)?\s*(?:-\s*)?(?:[\"\u201c\u2018]?[\w-]+[\"\u201d\u2019]?\s+){{0,3}}?"
    rf"(?:exercises?|drills?|war[- ]?games?|"
    rf"wargames?|manoeuvres|maneuvers)\b",
    IGN,
)
_P_BETWEEN = re.compile(
    rf"\b(?:between|among|amongst|involving|involves|involved|will involve|"
    rf"participation (?:of|from)|comprising|bringing together|brought together|"
    rf"brings together)\s+(?:the\s+)?(?:(?:allies|partners|navies|armies|militaries|forces|"
    rf"air forces|troops|countries|nations)(?: (?:of|from))?\s+(?:the\s+)?)?({LIST})",
    IGN,
)
# "The exercise aims to improve interoperability between the navies of India and France",
# "objectives facilitate cooperation amongst Canada, Denmark, ...": the purpose of the exercise
# names who trains together. Only with a verb of purpose, so "drills amid deepening cooperation
# between Japan and South Korea" stays context.
_P_PURPOSE = re.compile(
    rf"\b(?:improv|enhanc|boost|strengthen|facilitat|promot|foster|build|develop|increas|"
    rf"test|practi[sc]|hon|advanc|expand|deepen)\w*\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"(?:cooperation|co-operation|interoperability|coordination|co-ordination|partnership|"
    rf"ties|understanding|trust|capabilities|readiness)\s+(?:among|amongst|between|of)\s+"
    rf"(?:the\s+)?(?:(?:allies|partners|navies|armies|militaries|forces|air forces|troops|"
    rf"countries|nations|participants)(?: (?:of|from))?\s+(?:the\s+)?)?({LIST})",
    IGN,
)
# "Participating in this year's exercise alongside the U.S. are Canada, France and Spain",
# "The largest participation comes from Canada, France and Sweden".
# "with the participation of Turkey, Italy and Jordan", "participation of forces from X and
# Y": said of this exercise in any sentence.
_P_PARTICIPATION_OF = re.compile(
    rf"\bparticipation\s+(?:of|from|by)\s+(?:the\s+)?(?:(?:armed forces|forces|troops|navies|"
    rf"armies|militaries|units|contingents|servicemen|personnel|countries|nations)\s+"
    rf"(?:of|from)\s+(?:the\s+)?)?({LIST})",
    IGN,
)
# "The Mongolian side will be represented by a unit of its 150 Quick Reaction Force".
_P_SIDE = re.compile(
    rf"({C})\s+(?:side|contingent|team)\s+(?:will be |is |was |is being |are )?"
    rf"(?:represented|comprised|made up|led)\b",
    IGN,
)
# "past participants have included ...": earlier editions, not this one.
PAST_PARTICIPANTS = re.compile(
    r"\b(?:past|previous|former|earlier|prior)\s+(?:participants|participating|partners|"
    r"editions|iterations)\b|"
    # "For several years, Israel and the US carried out naval maneuvers with Turkey, but ...":
    # who took part before, not in this one.
    r"^(?:for (?:several|many|some|a few|\w+) years|in the past|previously|in previous years|"
    r"in earlier years|until (?:19|20)\d\d),",
    IGN,
)
# "CARAT Thailand, the first of nine bilateral exercise phases with the armed forces of
# Bangladesh, Brunei, ...": the series' other partners, each in a phase of its own.
SERIES_PARTNERS = re.compile(
    r"\b(?:the\s+(?:first|second|third|fourth|fifth|sixth|last|final|latest|\w+th)\s+of|"
    r"one\s+of)\s+(?:[\w-]+\s+){0,4}?(?:phases|exercises|iterations|engagements|drills)\s+"
    r"with\b",
    IGN,
)
_P_PARTICIPATING = re.compile(
    rf"\b(?:participating|taking part|joining|participants)\b[^.;]{{0,80}}?\b(?:are|were|will be|"
    rf"include|included|includes)\s*:?\s+(?:the\s+)?(?:(?:those|units|contingents|forces|"
    rf"troops) (?:of|from)\s+(?:the\s+)?)?({LIST})|\b(?:training audience|participants|"
    rf"troops|soldiers|personnel|units)\s+(?:will\s+)?represent(?:s|ed|ing)?\s+(?:the\s+)?"
    rf"({LIST})|\bparticipation\s+(?:\w+\s+)?"
    rf"(?:comes?|came|will come)\s+from\s+(?:the\s+)?({LIST})|"
    # "Also part of the event are Canada and France"
    rf"\bpart of the (?:event|exercises?|drills?)\s+(?:are|were|will be)\b[^.;§]{{0,80}}?({LIST})",
    IGN,
)
# "13 nations: Italy, Greece ... with support from France": beside a list of participants.
_P_SUPPORT = re.compile(rf"\bwith (?:the )?support (?:from|of)\s+(?:the\s+)?({LIST})", IGN)
# "the exercise will involve Spain, Canada, Romania and Turkey": in any sentence, since the
# exercise itself is the subject.
_P_INVOLVE = re.compile(
    rf"\b(?:exercises?|drills?|war[- ]?games?|wargames?|manoeuvres|maneuvers|it)\b[^.;§]{{0,30}}?"
    rf"\b(?:involv\w*|includ\w*|brings? together|brought together)\s+(?:the\s+)?"
    rf"(?:(?:allies|partners|navies|armies|militaries|forces|troops|countries|nations)"
    # "units that are within firing range of Seoul": where they can strike, not who they are
    rf"(?: (?:of|from))?\s+(?:the\s+)?|(?:[\w-]+\s+){{1,12}}?(?<!range )(?<!distance )"
    rf"(?<!reach )(?:of|from)\s+(?:the\s+)?)?"
    rf"({LIST})",
    IGN,
)
_P_HOST = re.compile(
    rf"({LIST})\s+(?:[\w-]+\s+){{0,4}}?(?:by\s+)?(?:be\s+)?host(?:s|ed|ing)?\b(?!\s+(?:a|the)?\s*"
    rf"(?:talks|summit|meeting|conference|delegation|visit))",
    IGN,
)
_P_HOSTED = re.compile(
    rf"\bhosted by\s+(?:the\s+)?({LIST})|\b(?:the\s+)?host (?:nation|country),?\s+"
    rf"(?:of\s+)?(?:the\s+)?({C})|({C}),?\s+(?:is\s+|as\s+|was\s+)?the host (?:nation|country)",
    IGN,
)
# "Officials in Moscow said the exercise was a provocation": the speakers' city is no party.
_SPEAKERS_IN_BEFORE = re.compile(rf"\b{SPEAKER_NOUNS}\s+(?:in|from)\s+$", IGN)
# "Officials in Seoul said ...": a hint at the host only when that country takes part;
# "analysts in Tokyo" do not move a Russian exercise to Japan.
_SPEAKERS_BEFORE = re.compile(rf"\b{SPEAKER_NOUNS}\s+$", IGN)
_LINKED_BEFORE = re.compile(
    r"\b(?:take place|takes place|took place|taking place|held|hold|holding|be held|"
    r"conduct\w*|stag\w*|exercises?|drills?|manoeuvres|maneuvers|war[- ]?games?|wargames?|"
    r"arriv\w*|phase|deployed|training|trained|parachuted|jumped|landed|sailed|sailing|"
    r"hosted|kick\w* off|beg[ia]n\w*|start\w*|underway|under way|locations?|ranges?|"
    r"areas?|regions?|bases?|airbase|air base|ports?|occur\w*)\b[^.;§]{0,60}$",
    IGN,
)
# "the corridor between Belarus and Kaliningrad": a place between countries, not a pairing.
_GEO_BEFORE = re.compile(
    r"\b(?:located|situated|lying|sandwiched|wedged|"
    r"corridor|border|gap|strait|straits|region|area|line|frontier|sea|waters|zone|"
    r"exclave|enclave|distance|road|route|bridge|channel|passage|divide|boundary|land)\s+$",
    IGN,
)
_TENSION_BEFORE = re.compile(rf"\b{TENSION}\s+(?:[\w-]+\s+){{0,2}}$", IGN)
