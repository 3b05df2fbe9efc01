"""What is not an exercise name: generic words, headline verbs, prepositions, month names, staff
bodies, aircraft models and places. names/grammar.py asks these before it keeps a candidate.
"""

from __future__ import annotations

import re

from ..gazetteer import find_places


def _w(words: str) -> list[str]:
    return words.split()


_MONTHS = _w(
    "January February March April May June July August September October November December Jan "
    "Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday "
)
# Words that cannot make up a name on their own (generic military or function words).
_GENERIC_WORDS = frozenset(
    _w(
        "a air amphibious an and annual army asean at autumn big bilateral border by central "
        "combat combined command defence defense desert drill drills eastern eu exercise "
        "exercises exercising field fighter fire firing first for force forces from game games "
        "harbor harbour her his huge in inaugural is it its jets joint jungle land large latest "
        "live maiden major marine marines maritime massive military ministry missile missiles "
        "mock mountain multilateral multinational nato naval navy new night northern nuclear of "
        "on our phase post quad readiness scale sea second ship ships snap southern special "
        "spring staff strategic summer surprise tactical that the theater theatre their these "
        "third this to training trilateral troops un urban war wargame was western will winter "
        "with "
    )
) | frozenset(m.lower() for m in _MONTHS)

# A Title Case headline runs straight on after a name: cut there.
_STOP = frozenset(
    _w(
        "A After Also Amid An And Are As At Before Began Begin Begins Between By Came Closed "
        "Closes Comes Commenced Commences Completed Completes Concluded Concludes Continues "
        "Culminated Culminates Demonstrated Demonstrates Draws Drill Drills During "
        "Ended Ends Exercise Exercises For From Gets Held Highlights Hold Holds Image In Is "
        "Kicked Kicks Near Of Off On Opened Opens Over Photo Pictured Said Saw Says Sees Set "
        "Showcases Source Start Started Starts Takes That The To Took Under Underway Was Way "
        "Were Where Which While Who Will With Wraps "
        # verbs and linking words of a Title Case headline: "Exercise Involving 20 Countries"
        "Involving Including Involves Featuring Launched Launches Launch Unites Unite Joins "
        "Join Due Across Against Ahead Along Around "
        "Brings Bring Boosts Builds Enhances Strengthens Tests Tested Shows Marks Returns "
        "Puts Welcomes Hosts Hosted Goes Concluding Wrapped Ending Beginning Kicking Starting "
        "Enters Entered Moves Puts Reaches Sharpens Focuses Expands Deepens Draw "
        # what a page says about the exercise, after its name: "TRADEWINDS 2024 MEDIA KIT"
        "Media MEDIA Kit KIT Final Planning Conference Now Lead Leads "
    )
)


_LEADING = frozenset(
    _w(
        "A An Annual Her His Its Last Next Our That The Their These This NATO US U.S. UN CSTO SCO "
        # Title Case headline verbs before a name: "Peru, United States Conduct Southern Seas"
        "Conduct Conducts Hold Holds Stage Stages Launch Launches Begin Begins Start Starts "
        "Host Hosts Join Joins Kick Kicks Open Opens Wrap Wraps Complete Completes Mark Marks "
        "Completed International Multinational Largest Biggest Major "
    )
)
# A "name" that starts with a preposition is a phrase: "Since Cold War", "With Russia".
_PREPOSITION_START = frozenset(
    _w("Since With Against Amid Among After Before During Despite Under Over Into From ")
)


def _clean(name: str) -> str:
    words = name.replace("'", "").split()
    while words and words[0] in _LEADING:
        words = words[1:]
    out: list[str] = []
    for w in words:
        if w in _STOP:
            break
        # "ALON 2025 of the Philippine Navy": the edition ends the name.
        if w in ("of", "the") and out and re.fullmatch(r"'?\d{2,4}|[IVX]{1,5}", out[-1]):
            break
        out.append(w)
    # Five words at most, not counting the "of the" inside a name ("Smart Control of the
    # Strait of Hormuz").
    kept: list[str] = []
    for w in out:
        if sum(1 for k in kept if k.lower() not in ("of", "the")) == 5:
            break
        kept.append(w)
    while kept and kept[-1].lower() in ("of", "the", "and"):
        kept.pop()
    return " ".join(kept).strip(" -")


_NOT_EXERCISE_NAME = frozenset(
    _w(
        "aero budget conference cup defexpo dialogue election exhibition expo festival forum news "
        "games idex mission-ready olympics operation plan policy program programme show summit "
        "vision covid pandemic "
    )
)


# "Russian Tu-95", "F-35", "MiG-29": an aircraft or weapon model, not an exercise edition.
_MODEL = re.compile(r"(?:^|\s)(?:[A-Z][a-z]?|MiG|[A-Z]{2,3})-\d{1,3}[A-Z]?$")


# "Head of the Exercise Steering Group", "the Exercise Control Cell": the staff that runs an
# exercise, not its name.
_STAFF_BODY = frozenset(
    _w("group team committee cell directorate office headquarters secretariat staff board")
)


# "led by Task Force 51", "the 5th Fleet", "Carrier Strike Group 12": a numbered unit, not an
# edition of a named exercise.
_NUMBERED_UNIT = re.compile(
    r"\b(?:Task (?:Force|Group|Unit)|Strike Group|Fleet|Brigade|Division|Battalion|Regiment|"
    r"Squadron|Wing|Flotilla)[ -]'?\d{1,3}$"
)


def _is_generic(name: str) -> bool:
    if _MODEL.search(name) or _NUMBERED_UNIT.search(name):
        return True
    words = [w for w in re.split(r"[ -]+", name) if w]
    if not words or words[0] in _PREPOSITION_START:
        return True
    if len(words) > 1 and words[-1].lower() in _STAFF_BODY:
        return True
    if any(w.lower() in _NOT_EXERCISE_NAME for w in words):
        return True
    core = [w for w in words if not re.fullmatch(r"'?\d{2,4}|[IVX]{1,5}", w)]
    if not core:
        return True
    if all(w.lower() in _GENERIC_WORDS for w in core):
        return True
    places = find_places(name)
    covered = sum(p.end - p.start for p in places)
    letters = len(re.sub(r"[\s\d-]", "", " ".join(core)))
    return covered >= letters - 1 and covered > 0
