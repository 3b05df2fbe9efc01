"""Participants, host and locations of the exercise an article is about.

Split out of fields.py. Participant evidence is read only from sentences about *this* exercise:
the exercise sentences themselves (full participation grammar), and nearby sentences that
continue the story (only the stricter shapes: "troops from X", "X sent", "train alongside X").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..context import other_event
from ..gazetteer import find_places
from ..model import ExerciseMention
from ..names.series_facts import SERIES_OWNER, home_of
from ..triggers import SentenceEvidence
from .arrivals import destination, placed_on_land
from .evidence import SPEAKERS_PRIORITY, CountryEvidence
from .grammar import read_sentence
from .home_forces import home_forces
from .host_model import HostSignals, choose_host, host_candidates, packaged_weights
from .host_shapes import _HOST_HISTORY, SPOKEN_AT
from .line_cues import _FORCE_COUNT, _HEAD_LINES, _LISTS_PARTICIPANTS, _PARTICIPATION, _REFERS
from .series_host import series_home
from .shapes import MILNOUN
from .towns import town_host

IGN = re.IGNORECASE

# "KARACHI - ", "SEOUL, March 4 (Yonhap) -", "date 2024-01-25 KARACHI -"
_DATELINE_CITY = re.compile(
    r"^(?:date [\d-]+\s+)?([A-Z][A-Z .'-]{2,30}?)(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"(?:\s*\([\w .-]+\))?\s*(?:-|–|—|:)\s"
)

_UNNAMED_FORCE = re.compile(
    r"\b(?:the|its|our) (?:army|navy|air force|military|armed forces|troops|coast guard)\b|"
    r"^(?:'[^']+' )?(?:Army|Navy|Air Force)\b",
    IGN,
)

_LAND_PLACE = re.compile(
    r"\b(?:in|at|near|outside|around) (?:the )?((?:[A-Z][a-z]+)(?: [A-Z][a-z]+){0,2})"
    r"(?! (?:Sea|Ocean|Strait|Gulf|Bay|Channel|Straits)\b)"
)

# "in South and Southeast Asia", "around the Taiwan Straits", "in the Alliance": capitalised,
# unknown to the gazetteer, and still no town at home.
_NOT_A_TOWN = re.compile(
    r"^(?:South|North|East|West|Southeast|Southwest|Northeast|Northwest|Central)$|\b(?:Seas?|"
    r"Ocean|Straits?|Gulf|Bay|Channel|Asia|Europe|Africa|America|Alliance|Pacific|Atlantic|"
    r"Arctic|Command|Cent(?:er|re)|Exercise|Operation)\b"
)

# A national exercise is held at home unless the text puts it abroad or at sea (a named sea
# is one of its locations; FIELDS.md gives no host to an exercise held at sea with no host
# stated). Words alone ("naval", "coast") do not send it away.
_AWAY = re.compile(
    r"\b(?:abroad|overseas|deployed to|sent to|international waters|high seas|far seas|"
    r"open seas?|distant waters|airspace|skies over|around (?:the )?(?:island of )?Taiwan|"
    r"far from|time zones|worldwide|around the (?:world|globe)|across the globe)\b",
    IGN,
)


# "Israel resumes ceasefire in Gaza and says aid deliveries will restart Monday": a line with
# no closing stop, set among an exercise's sentences, is a link to another story. Not the
# text's last line: a page cut short ends mid-sentence.
_TEASER = re.compile(r"^[^.!?]{12,160}[^\W\d]$")


def fill_places(
    mention: ExerciseMention,
    has_title: bool,
    sentences: list[str],
    evs: list[SentenceEvidence],
    core: list[SentenceEvidence],
    about_main: Callable[[int], bool],
    weak: frozenset[int] = frozenset(),
    pub_year: int | None = None,
    named_main: frozenset[int] = frozenset(),
) -> None:
    """Set ``countries``, ``host`` and ``locations`` (and their evidence) on ``mention``.

    Sentences about another exercise or an earlier event (context.other_event) are skipped;
    ``named_main`` are the sentences that name the article's exercise."""
    cev = CountryEvidence()
    if has_title and not evs[0].military:
        read_sentence(sentences[0], cev, exercise_sentence=True)

    def title(i: int) -> bool:
        # The headline was read above; with no headline the first sentence is body text.
        return has_title and i == 0

    def context(i: int) -> bool:
        return i > 0 and other_event(sentences[i], pub_year, i in named_main)

    core = [e for e in core if not (len(core) > 1 and context(e.index))]
    for e in core:
        # ``weak``: sentences that only refer back to the exercise ("The drills come as Moscow
        # faces sanctions") get the stricter reading.
        read_sentence(e.text, cev, exercise_sentence=e.index not in weak)
    core_idx = {e.index for e in core}
    # The name, and the short forms the story gave it ("African Lion 2025 (AL25)").
    own_names = [n for n in (mention.name, *mention.aliases) if n and len(n) >= 4]
    # Sentences that name the exercise or refer back to it ("the exercise will involve Spain,
    # Canada, Romania and Turkey") say who takes part as plainly as the exercise sentences.
    for e in evs[:16]:
        if e.index in core_idx or title(e.index) or not about_main(e.index) or context(e.index):
            continue
        low = e.text.casefold()
        if any(n.casefold() in low for n in own_names) or _REFERS.search(e.text):
            read_sentence(e.text, cev, exercise_sentence=True)
            core_idx.add(e.index)
    for e in evs:
        if e.military or title(e.index) or not about_main(e.index) or e.index in core_idx:
            continue
        near = any(e.index - k in core_idx for k in (1, 2, 3))
        counted = e.index < _HEAD_LINES and _FORCE_COUNT.search(e.text) is not None
        lists = _LISTS_PARTICIPANTS.search(e.text) is not None
        if near and not (counted or lists) and _TEASER.match(e.text) and e.index < len(evs) - 1:
            continue  # another story's headline (the last line may be a text cut short)
        if (near or counted or lists or _PARTICIPATION.search(e.text)) and not context(e.index):
            # "Those participating include: The United States Air Force, ..., the German Army
            # and the Belgian Army": a line that lists who takes part is read as plainly as
            # an exercise sentence.
            listing = near and lists
            read_sentence(e.text, cev, exercise_sentence=listing)
            for code in platform_roll(e.text) if near else ():
                cev.participants.setdefault(code, e.text)
                cev.plain.add(code)
    participants = {
        c: s for c, s in cev.participants.items() if c not in cev.observers or c in cev.plain
    }
    owner = SERIES_OWNER.get(mention.series or "")
    if not participants and owner:
        participants[owner] = mention.evidence.get("name", "")  # the series is its exercise
    mention.countries = sorted(participants)
    for code in mention.countries:
        mention.evidence.setdefault(f"country:{code}", participants[code])
    hosts = [h for h in cev.hosts if h[2] != SPEAKERS_PRIORITY or h[0] in participants]

    if hosts:
        best = min(h[2] for h in hosts)
        explicit = {h[0] for h in hosts if h[2] == 0}  # "hosted by X", "the host nation X"
        several = len({h[0] for h in hosts if h[2] == best and best < 2}) > 1
        if len(explicit) != 1 and (cev.multi_host or several):
            hosts = []  # split across several countries: no single host
            mention.qualifiers["host"] = "several"
    if hosts:
        code, sent, _ = sorted(hosts, key=lambda h: h[2])[0]
        mention.host = code
        mention.evidence["host"] = sent
        own = " ".join(([sentences[0]] if has_title else []) + [e.text for e in core])
        if not mention.countries and (
            _UNNAMED_FORCE.search(own)
            or any(p.code == code and p.kind in ("demonym", "force") for p in find_places(own))
        ):
            # "The Army held an exercise near Tawang", "Snap check begins in Russian Central
            # Military District": a national exercise of the host.
            mention.countries = [code]
            mention.evidence[f"country:{code}"] = sent
    elif len(mention.countries) == 1:
        # A national exercise at a named place the gazetteer does not know ("at Kunsan",
        # "near Konya") is held at home; seas and foreign countries were handled above.
        for e in ([evs[0]] if has_title else []) + core:
            m = _LAND_PLACE.search(e.text)
            if m and _NOT_A_TOWN.search(m.group(1)) or SPOKEN_AT.search(e.text):
                continue
            if m and not find_places(m.group(1)):
                mention.host = mention.countries[0]
                mention.evidence["host"] = e.text
                break
    if mention.host is None and len(mention.countries) == 1 and not cev.multi_host:
        # A national exercise with no sea, airspace or foreign place named is held at home
        # ("Taiwan's armed forces began Han Kuang", "the IAF concluded Gagan Shakti").
        texts = ([sentences[0]] if has_title else []) + [e.text for e in core]
        home = mention.countries[0]
        # A place in the country itself ("near Tawang") keeps it at home; a sea or a place
        # abroad does not.
        away = [loc for loc in cev.locations if loc.get("sea") or loc.get("country") != home]
        if not any(_AWAY.search(t) for t in texts) and not away:
            mention.host = mention.countries[0]
            mention.evidence["host"] = texts[0]
    dateline = sentences[1 if has_title and len(sentences) > 1 else 0] if sentences else ""
    # The first town that places the exercise at home, read in every sentence about it (earlier
    # editions left out); a host rule below and the host scorer both weigh it.
    town_texts = ([sentences[0]] if has_title else []) + [
        sentences[i] for i in sorted(core_idx) if not _HOST_HISTORY.search(sentences[i])
    ]
    names = [n for n in (mention.name, mention.series, *mention.aliases) if n]
    town = town_host(town_texts, mention.countries, names)
    # "KARACHI - The Pakistan Navy on Thursday initiated exercise Sea Spark": a national
    # exercise reported from a city of its own country is held at home; unless it is held at a
    # named sea ("KARACHI - ... in the Arabian Sea"): at sea, with no host stated.
    if (
        mention.host is None
        and len(mention.countries) == 1
        and not cev.multi_host
        and _dateline_country(dateline) == mention.countries[0]
        and not any(loc.get("sea") for loc in cev.locations)
    ):
        mention.host = mention.countries[0]
        mention.evidence["host"] = dateline
    if mention.host is None and not cev.multi_host and town:
        mention.host, mention.evidence["host"] = town
    if mention.host is None and len(mention.countries) == 1 and not cev.multi_host:
        placed = [(t, placed_on_land([t])) for t in sentences[:8]]
        if set().union(*(codes for _, codes in placed)) == {mention.countries[0]}:
            mention.host = mention.countries[0]
            mention.evidence["host"] = next(t for t, codes in placed if codes)
    if mention.host is None and not cev.multi_host:
        arrived = destination(town_texts[:_HEAD_LINES])
        if arrived:
            mention.host, mention.evidence["host"] = arrived
    ruled_host = mention.host  # the rules' own pick, before the learned scorer guesses
    _weigh_host(mention, sentences, cev, owner, dateline, town, town_texts)
    series_home(mention, cev, sentences)
    # A series held in one country ("RIMPAC" off Hawaii, "Frisian Flag" at Leeuwarden) is its
    # host's invitation to others, and the host's own forces train in it: with no other state
    # named, the host takes part. The series table places it as surely as a base or a town
    # does. (With home_forces' narrower alliance test, this gave the host to 8 dev pages that
    # named no state; the labels have it taking part on 7.)
    hosted_series = home_of(mention.series) == mention.host
    if not mention.countries and not cev.multi_host and not cev.observers:
        placed = ruled_host is not None or hosted_series
        for code in home_forces(mention.host, town_texts, placed_by_rules=placed):
            mention.countries = [code]
            mention.evidence[f"country:{code}"] = mention.evidence.get("host", "")
    locs: list[dict] = []
    seen_locs: set[str] = set()
    for loc in cev.locations:
        key = loc["name"].casefold()
        if key not in seen_locs:
            seen_locs.add(key)
            locs.append(loc)
    mention.locations = locs


# "Finnish F/A-18 Hornets, German EF2000 Typhoons, Greek F-16s ...": a force named by its
# nationality and its aircraft or ships.
_NATION_PLATFORM = re.compile(
    r"\b([A-Z][a-z]+|U\.S\.)(?:\s+and\s+[A-Z][a-z]+)?\s+(?:[\w/.-]+\s+){0,2}?" + MILNOUN + r"\b"
)


_WATCHING = re.compile(
    r"\b(?:shadow\w*|track\w*|monitor\w*|intercept\w*|watch\w*|followed|tail\w*|scrambl\w*|"
    r"warn\w*|condemn\w*|protest\w*|against|rivals?|opposing|enemy|adversary)\b",
    re.IGNORECASE,
)


def platform_roll(text: str) -> list[str]:
    """The nations of a line that names three or more forces by nationality and aircraft or
    ships, beside a sentence about the exercise: a roll of who took part, whatever its verb
    ("For two weeks Finnish F/A-18 Hornets, ..., Swedish JAS-39 Gripens and American and Dutch
    F-35s called Leeuwarden home"). Empty when the line is no such roll."""
    codes: list[str] = []
    forces = 0
    if _WATCHING.search(text):
        return codes  # "Russian destroyers, Chinese frigates and Iranian jets shadowed it"
    for m in _NATION_PLATFORM.finditer(text):
        found = [p.code for p in find_places(m.group(0)) if p.kind in ("demonym", "prefix")]
        if found:
            forces += 1
            codes.extend(c for c in found if c not in codes)
    return codes if forces >= 3 else []


def _dateline_country(line: str) -> str | None:
    city = _DATELINE_CITY.match(line)
    if not city:
        return None
    name = city.group(1).strip()
    codes = {p.code for p in find_places(name.title() if name.isupper() else name) if p.code}
    return next(iter(codes)) if len(codes) == 1 else None


def _weigh_host(
    mention: ExerciseMention,
    sentences: list[str],
    cev: CountryEvidence,
    owner: str | None,
    dateline: str,
    town: tuple[str, str] | None,
    texts: list[str],
) -> None:
    """Where the rules name no host, let the learned scorer (host_model) name one.

    ``texts`` are the sentences about the exercise (headline and core, earlier editions left
    out), read for "abroad"/"worldwide"."""
    priorities: dict[str, float] = {}
    for code, _, priority in cev.hosts:
        if code:
            priorities[code] = min(priority, priorities.get(code, priority))
    signals = HostSignals(
        rule_host=mention.host,
        priorities=priorities,
        participants=list(mention.countries),
        land_locations=frozenset(
            loc["country"] for loc in cev.locations if loc.get("country") and not loc.get("sea")
        ),
        sea_named=any(loc.get("sea") for loc in cev.locations),
        several_hosts=cev.multi_host or mention.qualifiers.get("host") == "several",
        dateline=_dateline_country(dateline),
        series_owner=owner,
        series_home=home_of(mention.series),
        town=town[0] if town else None,
        speakers_priority=SPEAKERS_PRIORITY,
        # Abroad, worldwide, or at a named sea with no place on land: held nowhere in
        # particular (FIELDS.md gives no host to an exercise at sea with none stated).
        away=any(_AWAY.search(t) for t in texts)
        or (
            any(loc.get("sea") for loc in cev.locations)
            and not any(loc.get("country") and not loc.get("sea") for loc in cev.locations)
        ),
    )
    candidates = host_candidates(sentences, signals)
    mention.host_candidates = candidates
    weights = packaged_weights()
    # The rules' pick stands, and so does their "nowhere in particular" when the story puts
    # the exercise abroad, at sea or worldwide; the scorer fills the other gaps they leave.
    if (
        signals.away
        and mention.host is None
        and signals.series_home
        and signals.series_home in signals.land_locations
    ):
        # "Australia's largest overseas exercise, Alon, in the Philippines": abroad for one
        # participant, at home for the series' host, which the story places on land.
        mention.host = signals.series_home
        mention.evidence["host"] = next(
            (s for s in sentences[:12] if any(p.code == mention.host for p in find_places(s))),
            "",
        )
        return
    if weights is None or not candidates or mention.host is not None or signals.away:
        return
    code, _ = choose_host(candidates, weights)
    if code is None:
        return
    mention.host = code
    mention.qualifiers.pop("host", None)
    told = next(
        (s for s in sentences[:12] if any(p.code == code for p in find_places(s))),
        sentences[0] if sentences else "",
    )
    mention.evidence["host"] = told
