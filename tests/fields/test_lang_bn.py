"""Exercise news in Bengali (bn), read by the reader for other languages.

Texts written for these tests in the manner of Bangladeshi and Indian Bengali papers; the
exercises are invented. Bengali has no capitals, ends a sentence with the danda (।), glues case
endings to nouns ("চীনের", China's) and writes numbers in Bengali digits.

The tests tag the text "bn": the English reader's gate for other languages (detector.py,
_FOREIGN_GATE) does not know the Bengali exercise words yet.
"""

from __future__ import annotations

import datetime as dt

from extractors.exercise import detect
from extractors.exercise.foreign import text_language
from extractors.exercise.foreign.calendar import find_days
from extractors.exercise.foreign.countries import find_countries
from extractors.exercise.foreign.lexicon import LEXICONS


def _bn(title: str, text: str, published: str | None):
    return detect(title, text, published, language="bn")


def test_bengali_is_recognised_and_english_is_not() -> None:
    bengali = (
        "দুই দেশের নৌবাহিনী বঙ্গোপসাগরে একটি যৌথ মহড়া করবে বলে জানিয়েছে প্রতিরক্ষা মন্ত্রণালয়। "
        "এতে যুদ্ধজাহাজ ও হেলিকপ্টার অংশ নেবে।"
    )
    assert text_language("", bengali) == "bn"
    assert text_language("India and Bangladesh begin naval drills", "") is None
    assert (
        text_language("", "The navy said the exercise would begin on Monday in the Bay of Bengal.")
        is None
    )


def test_an_announcement_gives_name_parties_days_and_troops() -> None:
    m = _bn(
        "বাংলাদেশ ও যুক্তরাষ্ট্রের যৌথ নৌ মহড়া ‘বঙ্গ সেতু ২০২৭’ শুরু হবে ১৫ মার্চ",
        "বাংলাদেশ ও যুক্তরাষ্ট্রের নৌবাহিনী আগামী ১৫ থেকে ২৪ মার্চ পর্যন্ত বঙ্গোপসাগরে "
        "‘বঙ্গ সেতু ২০২৭’ নামের যৌথ মহড়া করবে। এতে দুই দেশের প্রায় ২,৪০০ সেনাসদস্য অংশ নেবেন "
        "বলে আইএসপিআর জানিয়েছে।",
        "2027-03-02",
    )
    assert m.is_exercise
    assert m.name == "বঙ্গ সেতু ২০২৭"
    assert m.countries == ["BD", "US"]
    assert m.host is None  # two states, and the text places the drill in neither
    assert (m.start_date, m.end_date) == ("2027-03-15", "2027-03-24")
    assert m.troops == 2400
    assert m.phase == "announced"
    assert m.qualifiers["language"] == "bn"
    assert (m.domains, m.kind) == (["sea"], "bilateral")


def test_a_range_across_two_months() -> None:
    m = _bn(
        "",
        "ভারত ও ফ্রান্সের বিমানবাহিনী ২৮ ফেব্রুয়ারি থেকে ৬ মার্চ পর্যন্ত ‘আকাশ মৈত্রী’ নামের "
        "যৌথ সামরিক মহড়া করবে। মহড়ায় দুই দেশের যুদ্ধবিমান অংশ নেবে।",
        "2027-02-10",
    )
    assert m.is_exercise
    assert m.name == "আকাশ মৈত্রী"
    assert m.countries == ["FR", "IN"]
    assert (m.start_date, m.end_date) == ("2027-02-28", "2027-03-06")
    assert m.domains == ["air"]


def test_a_sea_named_after_a_state_makes_no_party() -> None:
    m = _bn(
        "রাশিয়া ও চীনের নৌবাহিনী জাপান সাগরে যৌথ মহড়া শুরু করেছে",
        "দুই দেশের যুদ্ধজাহাজ ও বিমান এই মহড়ায় অংশ নিচ্ছে। রাশিয়ার প্রতিরক্ষা মন্ত্রণালয় "
        "জানিয়েছে, মহড়া এক সপ্তাহ ধরে চলবে।",
        "2027-07-14",
    )
    assert m.is_exercise
    assert m.countries == ["CN", "RU"]
    assert m.phase == "ongoing"
    m = _bn(
        "ফিলিপাইন ও যুক্তরাষ্ট্রের নৌবাহিনীর যৌথ মহড়া চলছে দক্ষিণ চীন সাগরে",
        "দুই দেশের চারটি যুদ্ধজাহাজ এই মহড়ায় অংশ নিচ্ছে বলে জানিয়েছে ম্যানিলা।",
        "2027-04-20",
    )
    assert m.is_exercise
    assert m.countries == ["PH", "US"]


def test_troops_counted_in_thousands() -> None:
    m = _bn(
        "রাজস্থানের মরুভূমিতে ভারতীয় সেনাবাহিনীর যুদ্ধ মহড়া",
        "ভারতীয় সেনাবাহিনীর প্রায় ১২ হাজার সৈন্য রাজস্থানের মরুভূমিতে ‘মরু ঝড়’ নামের যুদ্ধ "
        "মহড়ায় অংশ নিচ্ছে। মহড়ায় ট্যাংক ও কামানও ব্যবহার করা হচ্ছে।",
        "2027-11-05",
    )
    assert m.is_exercise
    assert m.countries == ["IN"]
    assert m.host == "IN"
    assert m.troops == 12000
    assert "land" in m.domains
    m = _bn(
        "",
        "পাকিস্তানের সেনাবাহিনীর সামরিক মহড়ায় ৩ হাজারের বেশি সেনাসদস্য অংশ নিচ্ছেন বলে "
        "জানিয়েছে দেশটির প্রতিরক্ষা মন্ত্রণালয়।",
        "2027-11-05",
    )
    assert m.troops == 3000


def test_the_future_tense_is_an_announcement() -> None:
    m = _bn(
        "",
        "পাকিস্তান ও চীনের বিমানবাহিনী আগামী মাসে একটি যৌথ সামরিক মহড়া করবে। এতে দুই "
        "দেশের যুদ্ধবিমান অংশ নেবে বলে জানিয়েছে পাকিস্তানের প্রতিরক্ষা মন্ত্রণালয়।",
        "2027-05-02",
    )
    assert m.is_exercise
    assert m.countries == ["CN", "PK"]
    assert m.phase == "announced"


def test_a_drill_that_began_today_is_ongoing() -> None:
    m = _bn(
        "ভারতের মাটিতে ফরাসি ও ভারতীয় সেনাদের যৌথ সামরিক মহড়া শুরু",
        "ফরাসি সেনারা ভারতের মাটিতে ভারতীয় সেনাবাহিনীর সঙ্গে আজ থেকে যৌথ সামরিক মহড়া শুরু "
        "করেছে। দুই সপ্তাহ ধরে এই মহড়া চলছে।",
        "2027-09-08",
    )
    assert m.is_exercise
    assert m.countries == ["FR", "IN"]
    assert m.host == "IN"
    assert m.start_date == "2027-09-08"
    assert m.phase == "ongoing"


def test_the_past_tense_is_concluded() -> None:
    m = _bn(
        "ভারত ও শ্রীলঙ্কার নৌবাহিনীর যৌথ মহড়া শেষ হয়েছে",
        "কলম্বো উপকূলে দুই দেশের নৌবাহিনীর যৌথ মহড়া সফলভাবে সম্পন্ন হয়েছে। মহড়ায় ছয়টি যুদ্ধজাহাজ অংশ নিয়েছিল।",
        "2027-06-30",
    )
    assert m.is_exercise
    assert m.countries == ["IN", "LK"]
    assert m.phase == "concluded"


def test_a_postponed_drill_is_cancelled() -> None:
    m = _bn(
        "দক্ষিণ কোরিয়া ও যুক্তরাষ্ট্রের যৌথ সামরিক মহড়া স্থগিত",
        "উত্তেজনা কমাতে দক্ষিণ কোরিয়া ও যুক্তরাষ্ট্র তাদের বার্ষিক যৌথ সামরিক মহড়া স্থগিত "
        "করেছে বলে জানিয়েছে সিউলের প্রতিরক্ষা মন্ত্রণালয়।",
        "2027-08-01",
    )
    assert m.is_exercise
    assert m.countries == ["KR", "US"]
    assert m.phase == "cancelled"


def test_the_one_letter_nukta_spelling_is_read_too() -> None:
    # "মহড়া" and "রাশিয়া" typed with U+09DC and U+09DF rather than letter and nukta.
    title = "রাশিয়া ও বেলারুশের যৌথ সামরিক মহড়া শুরু".replace("ড়", "\u09dc").replace("য়", "\u09df")
    assert "\u09dc" in title and "\u09df" in title
    m = _bn(title, "", "2027-09-01")
    assert m.is_exercise
    assert m.countries == ["BY", "RU"]


def test_civil_drills_and_rehearsals_are_no_exercise() -> None:
    earthquake = (
        "সেনাবাহিনী ও ফায়ার সার্ভিসের ভূমিকম্প মহড়া অনুষ্ঠিত",
        "সেনাবাহিনী ও ফায়ার সার্ভিসের সদস্যদের অংশগ্রহণে আজ রাজধানীতে ভূমিকম্প মহড়া "
        "অনুষ্ঠিত হয়েছে। ভূমিকম্পের সময় কীভাবে নিরাপদে থাকতে হয়, মহড়ায় তা দেখানো হয়।",
    )
    theatre = (
        "নতুন নাটকের মহড়া চলছে",
        "শিল্পকলা একাডেমিতে যুদ্ধের গল্প নিয়ে নতুন নাটকের মহড়া চলছে। আগামী মাসে নাটকটি মঞ্চে "
        "আসবে বলে জানিয়েছেন নির্দেশক।",
    )
    cricket = (
        "মিরপুরে জাতীয় দলের অনুশীলন",
        "সিরিজের আগে মিরপুরে অনুশীলন করেছে জাতীয় ক্রিকেট দল। দলের খেলোয়াড়রা সকাল থেকে নেটে অনুশীলন করেন।",
    )
    for title, text in (earthquake, theatre, cricket):
        assert text_language(title, text) == "bn"
        assert not _bn(title, text, "2027-01-10").is_exercise, title


def test_a_visit_and_a_purchase_are_no_exercise() -> None:
    visit = (
        "সেনানিবাস পরিদর্শন করলেন প্রতিরক্ষামন্ত্রী",
        "প্রতিরক্ষামন্ত্রী আজ চট্টগ্রাম সেনানিবাস পরিদর্শন করেছেন। এ সময় তিনি সেনাবাহিনীর "
        "কর্মকর্তাদের সঙ্গে মতবিনিময় করেন এবং নতুন ভবনের উদ্বোধন করেন।",
    )
    purchase = (
        "বিমানবাহিনীর জন্য নতুন যুদ্ধবিমান কিনছে সরকার",
        "বিমানবাহিনীর জন্য ১৬টি যুদ্ধবিমান কেনার চুক্তি করেছে সরকার। প্রতিরক্ষা মন্ত্রণালয় "
        "জানিয়েছে, এর মধ্যে প্রথম চারটি বিমান আগামী বছর দেশে আসবে।",
    )
    for title, text in (visit, purchase):
        assert text_language(title, text) == "bn"
        assert not _bn(title, text, "2027-01-10").is_exercise, title


def test_days_and_countries_read_with_bengali_digits_and_endings() -> None:
    lex = LEXICONS["bn"]
    days = find_days("১ থেকে ৭ সেপ্টেম্বর", lex, dt.date(2027, 8, 20), None)
    assert [(d.start, d.end) for d in days] == [(dt.date(2027, 9, 1), dt.date(2027, 9, 7))]
    found = find_countries("ভারতের, চীনের ও মিয়ানমারের নৌবাহিনী", "bn")
    assert [h.code for h in found] == ["IN", "CN", "MM"]


def test_ordinal_days_and_an_end_word_after_the_day() -> None:
    m = _bn(
        "",
        "বাংলাদেশ ও ভারতের নৌবাহিনীর যৌথ মহড়া ২১শে মার্চ পর্যন্ত চলবে বলে জানিয়েছে আইএসপিআর।",
        "2027-03-10",
    )
    assert m.is_exercise
    assert (m.start_date, m.end_date) == (None, "2027-03-21")
    lex = LEXICONS["bn"]
    days = find_days("১লা মে, ২রা জুন ও ১৫ই আগস্ট", lex, dt.date(2027, 4, 1), None)
    assert [d.start for d in days] == [
        dt.date(2027, 5, 1),
        dt.date(2027, 6, 2),
        dt.date(2027, 8, 15),
    ]


def test_a_month_with_a_glued_ending() -> None:
    m = _bn(
        "",
        "বাংলাদেশ ও ভারতের নৌবাহিনীর যৌথ মহড়া ১০ মার্চে শুরু হবে বলে জানিয়েছে আইএসপিআর।",
        "2027-03-01",
    )
    assert m.is_exercise
    assert m.start_date == "2027-03-10"


def test_the_locative_ending_on_a_state_makes_it_the_host() -> None:
    m = _bn(
        "",
        "বাংলাদেশ ও জাপানের নৌবাহিনীর যৌথ মহড়া জাপানে শুরু হয়েছে বলে জানিয়েছে আইএসপিআর।",
        "2027-03-01",
    )
    assert m.is_exercise
    assert m.countries == ["BD", "JP"]
    assert m.host == "JP"


def test_counts_with_classifiers_lakhs_and_indian_grouping() -> None:
    m = _bn(
        "",
        "বাংলাদেশ ও ভারতের নৌবাহিনীর যৌথ মহড়ায় ১২টি যুদ্ধজাহাজ ও ৫০০জন নাবিক অংশ নিচ্ছে।",
        "2027-03-01",
    )
    assert m.is_exercise
    assert (m.troops, m.ships) == (500, 12)
    m = _bn("", "বাংলাদেশ ও ভারতের সেনাবাহিনীর যৌথ মহড়ায় ১,২০,০০০ সৈন্য অংশ নিচ্ছে।", "2027-03-01")
    assert m.troops == 120_000
    m = _bn("", "বাংলাদেশ ও ভারতের সেনাবাহিনীর যৌথ মহড়ায় ১.৫ লাখ সৈন্য অংশ নিচ্ছে।", "2027-03-01")
    assert m.troops == 150_000


def test_the_exercise_word_written_into_a_quoted_name_is_not_part_of_it() -> None:
    m = detect(
        "নৌবাহিনীর বার্ষিক মহড়া শুরু",
        "বাংলাদেশ নৌবাহিনীর বার্ষিক সমুদ্র মহড়া 'এক্সারসাইজ নীল ঢেউ-২০২৬' আজ শুরু হয়েছে। "
        "এই মহড়ায় নৌবাহিনীর জাহাজ ও বিমান অংশ নিচ্ছে।",
        "2026-01-21",
        language="bn",
    )
    assert m.name is not None
    assert m.name.startswith("নীল ঢেউ")
