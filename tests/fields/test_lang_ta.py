"""Exercise news in Tamil, read by the reader for other languages (languages/ta.toml).

Texts written for these tests; the exercises are invented. Tamil has no capitals, so the
sentences end at their full stops, and case endings stick to the names ("சீனாவுடன்").
A Tamil page arrives with its feed's tag ("ta"), so detect() is called with it.
"""

from __future__ import annotations

from extractors.exercise import detect
from extractors.exercise.foreign import text_language
from extractors.exercise.foreign.countries import find_countries


def _detect(title: str, text: str, published: str | None):
    return detect(title, text, published, language="ta")


def test_tamil_is_recognised_and_english_is_not() -> None:
    tamil = (
        "இந்திய ராணுவம் மற்றும் மலேசிய ராணுவம் இணைந்து நடத்தும் கூட்டுப் பயிற்சி இன்று "
        "தொடங்கியது. இந்தப் பயிற்சியில் இரு நாடுகளின் வீரர்கள் பங்கேற்கின்றனர் என்று "
        "அதிகாரிகள் தெரிவித்தனர்."
    )
    assert text_language("", tamil) == "ta"
    assert text_language("", "The army said the joint exercise with Malaysia began today.") is None
    assert _detect("", tamil, "2027-02-10").qualifiers["language"] == "ta"


def test_a_joint_naval_exercise_gives_name_parties_days_and_sizes() -> None:
    m = _detect(
        "இந்தியா, பிரான்ஸ் கடற்படைகளின் 'நீல அலை 2027' கூட்டுப் பயிற்சி தொடங்கியது",
        "இந்திய கடற்படையும் பிரெஞ்சு கடற்படையும் இணைந்து நடத்தும் இந்தப் பயிற்சி 3 முதல் "
        "9 மார்ச் வரை அரபிக் கடலில் நடைபெறுகிறது. இதில் 2,500 கடற்படை வீரர்கள், 12 "
        "போர்க்கப்பல்கள் மற்றும் 20 விமானங்கள் பங்கேற்கின்றன.",
        "2027-03-05",
    )
    assert m.is_exercise
    assert m.name == "நீல அலை 2027"
    assert m.countries == ["FR", "IN"]
    assert (m.start_date, m.end_date) == ("2027-03-03", "2027-03-09")
    assert (m.troops, m.ships, m.aircraft) == (2500, 12, 20)
    assert m.phase == "ongoing"
    assert (m.domains, m.kind) == (["sea", "air"], "bilateral")


def test_a_range_across_two_months_resolves_to_the_next_year() -> None:
    m = _detect(
        "",
        "இந்திய விமானப்படையும் ஆஸ்திரேலிய விமானப்படையும் 28 டிசம்பர் முதல் 6 ஜனவரி வரை "
        "கூட்டுப் பயிற்சி நடத்தவுள்ளன. இதில் 30 போர் விமானங்கள் பங்கேற்கும்.",
        "2027-12-01",
    )
    assert m.is_exercise
    assert m.countries == ["AU", "IN"]
    assert (m.start_date, m.end_date) == ("2027-12-28", "2028-01-06")
    assert m.aircraft == 30
    assert m.phase == "announced"


def test_a_sea_named_after_a_state_makes_no_party() -> None:
    m = _detect(
        "ரஷ்யா, சீனா கடற்படைகள் ஜப்பான் கடலில் கூட்டுப் போர்ப் பயிற்சி",
        "ரஷ்யப் போர்க்கப்பல்களும் சீனப் போர்க்கப்பல்களும் ஜப்பான் கடல் பகுதியில் நேற்று "
        "கூட்டுக் கடற்படைப் பயிற்சியைத் தொடங்கின என்று ரஷ்ய பாதுகாப்பு அமைச்சகம் தெரிவித்தது.",
        "2027-07-14",
    )
    assert m.is_exercise
    assert m.countries == ["CN", "RU"]
    assert m.phase == "ongoing"


def test_country_names_match_through_their_case_endings() -> None:
    hits = find_countries(
        "இந்தியாவுடன் இலங்கையின் கடற்படையும் ஜப்பானிய கப்பல்களும் அமெரிக்காவின் விமானங்களும்",
        "ta",
    )
    assert [h.code for h in hits] == ["IN", "LK", "JP", "US"]
    # "தென் அமெரிக்க" is South America, and "சீனி" is sugar: no state.
    assert find_countries("தென் அமெரிக்க நாடுகளுக்கு சீனி ஏற்றுமதி", "ta") == []


def test_troops_counted_in_figures_and_with_the_thousand_word() -> None:
    m = _detect(
        "",
        "இந்திய ராணுவமும் நேபாள ராணுவமும் இணைந்து நடத்தும் கூட்டு ராணுவப் பயிற்சியில் 5 ஆயிரம் வீரர்கள் பங்கேற்கின்றனர்.",
        "2027-04-10",
    )
    assert m.is_exercise
    assert m.countries == ["IN", "NP"]
    assert m.troops == 5000
    m = _detect(
        "",
        "வங்கதேச ராணுவத்துடன் நடைபெறும் இந்தப் போர்ப் பயிற்சியில் சுமார் 1,200 ராணுவ வீரர்கள் கலந்துகொள்வார்கள்.",
        "2027-04-10",
    )
    assert m.troops == 1200


def test_announced_from_the_future_tense() -> None:
    m = _detect(
        "",
        "இந்தியா மற்றும் சிங்கப்பூர் கடற்படைகள் அடுத்த மாதம் வங்காள விரிகுடாவில் கூட்டுப் "
        "பயிற்சியை நடத்தவுள்ளன என்று கடற்படை அதிகாரிகள் தெரிவித்தனர்.",
        "2027-08-02",
    )
    assert m.is_exercise
    assert m.countries == ["IN", "SG"]
    assert m.phase == "announced"


def test_ongoing_from_a_cue_not_the_past_ending() -> None:
    # "தொடங்கியது" ends like a past verb; the exercise it starts goes on.
    m = _detect(
        "",
        "இந்திய ராணுவமும் தாய்லாந்து ராணுவமும் பங்கேற்கும் கூட்டு ராணுவப் பயிற்சி நேற்று தொடங்கியது.",
        "2027-09-15",
    )
    assert m.is_exercise
    assert m.countries == ["IN", "TH"]
    assert m.phase == "ongoing"


def test_concluded_from_a_cue() -> None:
    m = _detect(
        "",
        "இலங்கை கடற்படையும் இந்திய கடற்படையும் இணைந்து மேற்கொண்ட கடற்படைப் பயிற்சி திருகோணமலையில் நிறைவடைந்தது.",
        "2027-10-20",
    )
    assert m.is_exercise
    assert m.countries == ["IN", "LK"]
    assert m.phase == "concluded"


def test_cancelled_and_today_as_the_start() -> None:
    m = _detect(
        "",
        "பாகிஸ்தான் ராணுவத்துடன் திட்டமிடப்பட்ட கூட்டு ராணுவப் பயிற்சி ரத்து செய்யப்பட்டது.",
        "2027-05-02",
    )
    assert m.is_exercise
    assert m.phase == "cancelled"
    m = _detect(
        "",
        "இந்திய கடற்படையும் ஓமன் கடற்படையும் பங்கேற்கும் கூட்டுக் கடற்படைப் பயிற்சி இன்று தொடங்கியது.",
        "2027-05-02",
    )
    assert m.start_date == "2027-05-02"
    assert m.countries == ["IN", "OM"]


def test_a_state_named_with_its_soil_is_the_host() -> None:
    m = _detect(
        "",
        "இந்திய ராணுவமும் மாலத்தீவு ராணுவமும் பங்கேற்கும் கூட்டுப் பயிற்சி மாலத்தீவு மண்ணில் நடைபெற்று வருகிறது.",
        "2027-11-03",
    )
    assert m.is_exercise
    assert m.countries == ["IN", "MV"]
    assert m.host == "MV"


def test_an_earthquake_drill_is_no_exercise() -> None:
    title = "சென்னையில் ராணுவம் பங்கேற்ற நிலநடுக்க ஒத்திகை"
    # Soldiers take part, in the same sentence as the drill: the earthquake makes it civil.
    text = (
        "நிலநடுக்கம் ஏற்பட்டால் மக்களை மீட்பது குறித்த ஒத்திகையில் ராணுவ வீரர்களும் "
        "பொதுமக்களும் நேற்று கலந்து கொண்டனர். இந்த ஒத்திகை இரண்டு மணி நேரம் நடைபெற்றது."
    )
    assert text_language(title, text) == "ta"
    assert not _detect(title, text, "2027-01-10").is_exercise


def test_a_minister_at_a_training_centre_and_an_arms_deal_are_no_exercise() -> None:
    visit = (
        "பாதுகாப்பு அமைச்சர் நேற்று ராணுவ பயிற்சி மையத்தைப் பார்வையிட்டார். அங்கு பயிற்சி "
        "பெற்ற ராணுவ வீரர்களுடன் அவர் கலந்துரையாடினார் என்று அமைச்சகம் தெரிவித்தது."
    )
    assert text_language("", visit) == "ta"
    assert not _detect("", visit, "2027-06-01").is_exercise
    deal = (
        "இந்திய விமானப்படைக்கு 26 போர் விமானங்களை வாங்குவதற்கான ஒப்பந்தத்தில் இந்தியாவும் "
        "பிரான்ஸும் நேற்று கையெழுத்திட்டன என்று பாதுகாப்பு அமைச்சகம் தெரிவித்தது."
    )
    assert text_language("", deal) == "ta"
    assert not _detect("", deal, "2027-06-01").is_exercise


def test_a_range_written_month_first() -> None:
    m = _detect(
        "",
        "இந்திய கடற்படையும் இலங்கை கடற்படையும் செப்டம்பர் 1 முதல் 7 வரை கூட்டுப் பயிற்சி நடத்தவுள்ளன.",
        "2027-08-20",
    )
    assert m.is_exercise
    assert (m.start_date, m.end_date) == ("2027-09-01", "2027-09-07")


def test_a_lone_day_before_until_is_the_end() -> None:
    # "வரை" (until) follows the day: the day is the end, not the start.
    m = _detect(
        "",
        "இந்திய ராணுவமும் நேபாள ராணுவமும் நடத்தும் கூட்டு ராணுவப் பயிற்சி 20 மார்ச் வரை நடைபெறும்.",
        "2027-03-10",
    )
    assert m.is_exercise
    assert (m.start_date, m.end_date) == (None, "2027-03-20")


def test_the_locative_ending_on_a_state_makes_it_the_host() -> None:
    m = _detect(
        "",
        "நேபாள ராணுவமும் இந்திய ராணுவமும் பங்கேற்கும் கூட்டுப் பயிற்சி இந்தியாவில் நடைபெறுகிறது.",
        "2027-11-03",
    )
    assert m.is_exercise
    assert m.countries == ["IN", "NP"]
    assert m.host == "IN"


def test_counts_with_a_glued_ending_and_in_lakhs() -> None:
    m = _detect(
        "",
        "இந்திய ராணுவமும் நேபாள ராணுவமும் நடத்தும் கூட்டு ராணுவப் பயிற்சியில் 2,500-க்கும் "
        "மேற்பட்ட வீரர்கள் பங்கேற்கின்றனர்.",
        "2027-04-10",
    )
    assert m.is_exercise
    assert m.troops == 2500
    m = _detect(
        "",
        "இந்திய முப்படைகளின் இந்தப் போர்ப் பயிற்சியில் 1 லட்சம் வீரர்கள் பங்கேற்கின்றனர்.",
        "2027-04-10",
    )
    assert m.troops == 100_000
