"""Exercise news in Telugu.

Texts written for these tests (the exercises are invented). Telugu has no capitals and glues
case endings to the noun, so the reader finds countries by their stems ("భారత్‌తో",
"ఇండోనేషియాతో"), sentences by their full stops, and the sea's word after its name.

The English reader's gate (detector._FOREIGN_GATE) does not know Telugu exercise words yet, so
these tests pass the language tag the feed would give.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.exercise import detect
from extractors.exercise.foreign import text_language
from extractors.exercise.foreign.countries import find_countries
from extractors.exercise.foreign.lexicon import LEXICONS


def _te(title: str, text: str, published: str | None):
    return detect(title, text, published, language="te")


def test_telugu_is_recognised_and_english_is_not() -> None:
    telugu = (
        "భారత్, ఫ్రాన్స్ నౌకాదళాలు ఈ నెల అరేబియా సముద్రంలో సంయుక్త విన్యాసాలు నిర్వహించనున్నాయి "
        "అని రక్షణ శాఖ తెలిపింది. ఈ విన్యాసాల్లో రెండు దేశాల యుద్ధనౌకలు కూడా పాల్గొంటాయి."
    )
    assert text_language("", telugu) == "te"
    assert text_language("India and France to hold naval drills", "") is None
    english = "The navy said the exercise would begin on Monday in the Arabian Sea."
    assert text_language("", english) is None
    assert _te("", telugu, "2027-03-01").qualifiers["language"] == "te"


def test_an_announcement_gives_name_parties_days_and_sizes() -> None:
    m = _te(
        "భారత్, ఫ్రాన్స్ నౌకాదళాల 'నీలి తరంగ్ 2027' సంయుక్త విన్యాసాలు",
        "భారత్, ఫ్రాన్స్ నౌకాదళాలు 'నీలి తరంగ్ 2027' పేరుతో సంయుక్త విన్యాసాలు "
        "నిర్వహించనున్నాయి. ఈ విన్యాసాలు 10 నుంచి 18 మార్చి వరకు అరేబియా సముద్రంలో "
        "జరగనున్నాయి. రెండు దేశాలకు చెందిన 2,500 మంది నావికులు, 12 యుద్ధనౌకలు, 20 విమానాలు "
        "ఇందులో పాల్గొంటాయని రక్షణ శాఖ తెలిపింది. పరిశీలక దేశంగా జపాన్ నౌకాదళం కూడా ఈ "
        "విన్యాసాలకు హాజరవుతుంది.",
        "2027-03-01",
    )
    assert m.is_exercise
    assert m.name == "నీలి తరంగ్ 2027"
    assert m.countries == ["FR", "IN"]  # Japan only observes
    assert (m.start_date, m.end_date) == ("2027-03-10", "2027-03-18")
    assert (m.troops, m.ships, m.aircraft) == (2500, 12, 20)
    assert m.phase == "announced"
    assert (m.domains, m.kind) == (["sea"], "bilateral")


def test_a_sea_named_after_a_state_makes_no_party() -> None:
    m = _te(
        "రష్యా, చైనా నౌకాదళాలు జపాన్ సముద్రంలో సంయుక్త విన్యాసాలు ప్రారంభించాయి",
        "రెండు దేశాలకు చెందిన యుద్ధనౌకలు, జలాంతర్గాములు ఈ విన్యాసాల్లో పాల్గొంటున్నాయని "
        "రష్యా రక్షణ మంత్రిత్వ శాఖ తెలిపింది. విన్యాసాలు వారం రోజుల పాటు కొనసాగుతాయి.",
        "2027-07-14",
    )
    assert m.is_exercise
    assert m.countries == ["CN", "RU"]
    assert m.phase == "ongoing"


def test_troops_counted_in_thousands_in_an_ongoing_drill() -> None:
    m = _te(
        "భారత్, అమెరికా సంయుక్త సైనిక విన్యాసాలు రాజస్థాన్‌లో ప్రారంభమయ్యాయి",
        "రెండు దేశాలకు చెందిన సుమారు 3 వేల మంది సైనికులు ఈ విన్యాసాల్లో పాల్గొంటున్నారు. "
        "ఎడారి ప్రాంతంలో ట్యాంకులు, హెలికాప్టర్లతో యుద్ధ కసరత్తులు చేస్తున్నారు.",
        "2027-02-10",
    )
    assert m.is_exercise
    assert m.countries == ["IN", "US"]
    assert m.troops == 3000
    assert m.phase == "ongoing"
    assert m.domains == ["air", "land"]


def test_a_drill_that_has_ended_is_concluded() -> None:
    m = _te(
        "బంగాళాఖాతంలో భారత్, శ్రీలంక నౌకాదళాల విన్యాసాలు ముగిశాయి",
        "ఐదు రోజుల పాటు జరిగిన ఈ విన్యాసాల్లో రెండు దేశాల యుద్ధనౌకలు, హెలికాప్టర్లు "
        "పాల్గొన్నాయి. విన్యాసాలు విజయవంతంగా ముగిశాయని నౌకాదళ అధికారులు తెలిపారు.",
        "2027-09-20",
    )
    assert m.is_exercise
    assert m.countries == ["IN", "LK"]
    assert m.phase == "concluded"


def test_a_drill_still_to_come_is_announced() -> None:
    m = _te(
        "ఇండోనేషియాతో భారత వైమానిక దళం సంయుక్త విన్యాసాలు",
        "ఇండోనేషియాతో కలిసి భారత వైమానిక దళం సంయుక్త విన్యాసాలు నిర్వహించనుంది. ఈ "
        "విన్యాసాల్లో రెండు దేశాల యుద్ధ విమానాలు పాల్గొంటాయని అధికారులు తెలిపారు.",
        "2027-04-02",
    )
    assert m.is_exercise
    assert m.countries == ["ID", "IN"]
    assert m.phase == "announced"
    assert m.domains == ["air"]


def test_a_cancelled_drill() -> None:
    m = _te(
        "రష్యా సైనిక విన్యాసాలు వాయిదా",
        "రష్యా సైన్యం ఈ నెలలో జరగాల్సిన సైనిక విన్యాసాలను వాయిదా వేసింది.",
        "2027-04-20",
    )
    assert m.is_exercise
    assert m.countries == ["RU"]
    assert m.phase == "cancelled"


def test_a_range_across_two_months_and_today_as_the_start() -> None:
    m = _te(
        "",
        "భారత్, మాల్దీవుల తీర రక్షక దళాల సంయుక్త విన్యాసాలు నేడు ప్రారంభమయ్యాయి. 28 "
        "ఫిబ్రవరి నుంచి 6 మార్చి వరకు జరిగే ఈ విన్యాసాల్లో రెండు దేశాల నౌకలు పాల్గొంటున్నాయి.",
        "2027-02-28",
    )
    assert m.is_exercise
    assert m.countries == ["IN", "MV"]
    assert (m.start_date, m.end_date) == ("2027-02-28", "2027-03-06")
    assert m.phase == "ongoing"
    m = _te(
        "థాయ్‌లాండ్ సంయుక్త సైనిక విన్యాసాలు నేటితో ముగిశాయి",
        "థాయ్‌లాండ్, అమెరికా సైన్యాలు రెండు వారాల పాటు ఈ విన్యాసాలు నిర్వహించాయి.",
        "2027-03-07",
    )
    assert m.countries == ["TH", "US"]
    assert m.end_date == "2027-03-07"


def test_the_host_and_a_state_that_objects() -> None:
    m = _te(
        "అమెరికా, జపాన్, ఆస్ట్రేలియాలతో భారత్ నౌకాదళ విన్యాసాలు",
        "ఈ ఏడాది నౌకాదళ విన్యాసాలకు భారత్ ఆతిథ్యం ఇస్తోంది. అమెరికా, జపాన్, ఆస్ట్రేలియా "
        "నౌకాదళాలు ఈ విన్యాసాల్లో పాల్గొంటున్నాయి. ఈ సైనిక విన్యాసాలను వ్యతిరేకిస్తూ చైనా ఒక "
        "ప్రకటన విడుదల చేసింది.",
        "2027-11-05",
    )
    assert m.is_exercise
    assert m.countries == ["AU", "IN", "JP", "US"]
    assert m.host == "IN"
    assert m.kind == "multilateral"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # An earthquake mock drill, even with the army in it.
        (
            "హైదరాబాద్‌లో భూకంప మాక్ డ్రిల్",
            "భూకంపం వస్తే ప్రజలను ఎలా కాపాడాలనే దానిపై విపత్తు స్పందన బలగాలు, అగ్నిమాపక "
            "సిబ్బంది గురువారం మాక్ డ్రిల్ నిర్వహించారు. ఈ కసరత్తులో సైన్యం కూడా పాల్గొంది.",
        ),
        # A hospital fire drill with army doctors.
        (
            "ఆసుపత్రిలో అగ్నిప్రమాద నివారణ డ్రిల్",
            "అగ్నిప్రమాదం జరిగితే రోగులను ఎలా తరలించాలనే దానిపై అగ్నిమాపక సిబ్బంది బుధవారం "
            "ఆసుపత్రిలో డ్రిల్ నిర్వహించారు. ఈ డ్రిల్‌లో సైనిక వైద్యులు కూడా పాల్గొన్నారు.",
        ),
        # An arms purchase.
        (
            "యుద్ధ విమానాల కొనుగోలుపై ఫ్రాన్స్‌తో ఒప్పందం",
            "భారత వైమానిక దళం కోసం 26 యుద్ధ విమానాలను కొనుగోలు చేసేందుకు ఫ్రాన్స్‌తో ఒప్పందం "
            "కుదిరిందని రక్షణ మంత్రి తెలిపారు. ఈ విమానాలు రెండేళ్లలో అందుతాయని ఆయన చెప్పారు.",
        ),
        # A minister's visit.
        (
            "రక్షణ మంత్రి రష్యా పర్యటన",
            "కేంద్ర రక్షణ మంత్రి మూడు రోజుల పర్యటన నిమిత్తం మాస్కో చేరుకున్నారు. రష్యా రక్షణ "
            "మంత్రితో ఆయన రెండు దేశాల సైనిక సహకారంపై చర్చలు జరుపుతారు.",
        ),
    ],
)
def test_civil_drills_and_other_military_news_are_no_exercise(title: str, text: str) -> None:
    m = _te(title, text, "2027-01-10")
    assert not m.is_exercise


def test_country_names_match_through_their_case_endings() -> None:
    sentence = "భారతదేశంలో రష్యాతో పాటు చైనాకు చెందిన బలగాలు, పాకిస్తాన్ సైన్యం కూడా ఉన్నాయి."
    assert [h.code for h in find_countries(sentence, "te")] == ["IN", "RU", "CN", "PK"]
    # "పాక్" is Pakistan only as a word of its own, not the start of "పాక్షికంగా" (partly).
    assert [h.code for h in find_countries("పాక్ సైన్యం పాక్షికంగా", "te")] == ["PK"]


def test_a_future_day_range_resolves_against_the_publication_day() -> None:
    from extractors.exercise.foreign.calendar import find_days

    days = find_days("20 నుంచి 27 డిసెంబర్ వరకు", LEXICONS["te"], dt.date(2027, 12, 1), None)
    assert [(d.start, d.end) for d in days] == [(dt.date(2027, 12, 20), dt.date(2027, 12, 27))]
    days = find_days("3 నుంచి 9 జనవరి వరకు", LEXICONS["te"], dt.date(2027, 12, 20), None)
    assert [(d.start, d.end) for d in days] == [(dt.date(2028, 1, 3), dt.date(2028, 1, 9))]


def test_days_written_month_first() -> None:
    m = _te(
        "",
        "భారత్, శ్రీలంక నౌకాదళాల సంయుక్త విన్యాసాలు మార్చి 10 నుంచి 20 వరకు జరుగుతాయి.",
        "2027-03-01",
    )
    assert m.is_exercise
    assert (m.start_date, m.end_date) == ("2027-03-10", "2027-03-20")
    # "మార్చి 10న" (on 10 March): the day carries its ending; "వరకు" after a day ends it.
    m = _te("", "భారత్, శ్రీలంక నౌకాదళాల సంయుక్త విన్యాసాలు మార్చి 10న ప్రారంభమవుతాయి.", "2027-03-01")
    assert (m.start_date, m.end_date) == ("2027-03-10", None)
    m = _te("", "భారత్, శ్రీలంక నౌకాదళాల సంయుక్త విన్యాసాలు 20 మార్చి వరకు కొనసాగుతాయి.", "2027-03-01")
    assert (m.start_date, m.end_date) == (None, "2027-03-20")


def test_the_locative_ending_after_a_joiner_makes_the_host() -> None:
    # "థాయ్‌లాండ్‌లో" (in Thailand): a zero-width non-joiner stands before the ending.
    m = _te(
        "",
        "భారత్, థాయ్‌లాండ్ సైన్యాల సంయుక్త సైనిక విన్యాసాలు థాయ్‌లాండ్‌లో జరుగుతున్నాయి.",
        "2027-03-01",
    )
    assert m.is_exercise
    assert m.countries == ["IN", "TH"]
    assert m.host == "TH"


def test_an_observer_named_before_its_role_takes_no_part() -> None:
    m = _te(
        "",
        "భారత్, శ్రీలంక నౌకాదళాల సంయుక్త విన్యాసాలు ప్రారంభమయ్యాయి. ఈ విన్యాసాల్లో జపాన్ పరిశీలకుడిగా పాల్గొంటోంది.",
        "2027-03-01",
    )
    assert m.is_exercise
    assert m.countries == ["IN", "LK"]
