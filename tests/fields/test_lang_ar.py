"""Exercise news in Arabic, read by the reader for other languages (languages/ar.toml).

Texts written for these tests (the exercises are invented). Arabic has no capital letters, joins
"و" (and), "ب", "ل" and the article "ال" to the noun, and quotes an exercise's name («...»).

The texts are passed with ``language="ar"``, the tag an Arabic feed gives: detector.py only
looks for a foreign language in an untagged text whose exercise word is in ``_FOREIGN_GATE``,
which has no Arabic word yet.
"""

from __future__ import annotations

from extractors.exercise import detect
from extractors.exercise.foreign import text_language
from extractors.exercise.foreign.countries import find_countries


def _ar(title: str, text: str, published: str | None):
    return detect(title, text, published, language="ar")


def test_arabic_is_recognised_and_english_is_not() -> None:
    arabic = (
        "أعلنت وزارة الدفاع أن القوات البحرية ستجري مناورات مع قوات من دول أخرى في البحر "
        "الأحمر خلال الشهر المقبل، وذلك ضمن خطة التدريب السنوية التي تم وضعها منذ عام."
    )
    assert text_language("", arabic) == "ar"
    assert text_language("مناورات بحرية في البحر الأحمر", "") is None  # too short to tell
    english = "The navy said the exercise would begin on Monday in the Red Sea with Egypt."
    assert text_language("", english) is None


def test_an_announcement_gives_name_countries_and_days() -> None:
    m = _ar(
        "مصر والسعودية تستعدان لمناورات عسكرية «درع الصحراء 2027»",
        "تنطلق المناورات العسكرية المشتركة بين القوات المصرية والقوات السعودية في الفترة من "
        "3 إلى 14 مايو، بمشاركة 2,500 جندي، إلى جانب 12 سفينة حربية. وقال متحدث عسكري إن "
        "التمرين يهدف إلى رفع الجاهزية القتالية للبلدين.",
        "2027-04-20",
    )
    assert m.is_exercise
    assert m.qualifiers["language"] == "ar"
    assert m.name == "درع الصحراء 2027"
    assert m.countries == ["EG", "SA"]
    assert (m.start_date, m.end_date) == ("2027-05-03", "2027-05-14")
    assert (m.troops, m.ships) == (2500, 12)
    assert m.phase == "announced"
    assert m.kind == "bilateral"


def test_a_range_across_two_months_and_arabic_indic_digits() -> None:
    m = _ar(
        "",
        "تجري القوات البرية الأردنية تدريبات عسكرية واسعة من ٢٨ أبريل إلى ٥ مايو في جنوب "
        "المملكة، بمشاركة ١٬٢٠٠ عسكري من مختلف الوحدات.",
        "2027-04-29",
    )
    assert m.is_exercise
    assert m.countries == ["JO"]
    assert (m.start_date, m.end_date) == ("2027-04-28", "2027-05-05")
    assert m.troops == 1200
    assert m.phase == "ongoing"
    assert "land" in m.domains


def test_a_sea_named_after_a_state_makes_no_party() -> None:
    headline = "روسيا والصين تجريان مناورات بحرية مشتركة في بحر اليابان"
    assert [h.code for h in find_countries(headline, "ar")] == ["RU", "CN", "JP"]
    m = _ar(
        headline,
        "بدأت السفن الحربية التابعة للبلدين المناورات البحرية التي تستمر أسبوعا، وفق ما أعلنت "
        "وزارة الدفاع الروسية.",
        "2027-07-14",
    )
    assert m.is_exercise
    assert m.countries == ["CN", "RU"]
    assert m.domains == ["sea"]


def test_names_joined_to_their_prefixes_and_demonyms_are_countries() -> None:
    sentence = (
        "شاركت قوات من الأمريكية وبريطانيا والصين وللولايات المتحدة وروسيا البيضاء "
        "والقوات الإماراتية في التدريبات."
    )
    codes = [h.code for h in find_countries(sentence, "ar")]
    assert codes == ["US", "GB", "CN", "US", "BY", "AE"]
    # "مصرف" is a bank and "الهندسة" engineering: no Egypt, no India.
    assert find_countries("قدم المصرف دعما لكلية الهندسة.", "ar") == []


def test_sentences_end_at_arabic_stops_and_a_partakers_line_counts() -> None:
    m = _ar(
        "",
        "تجري القوات البحرية المصرية واليونانية مناورات مشتركة في البحر المتوسط. ويشارك فيها "
        "كذلك سلاح البحرية القبرصي. وفي سياق آخر، استقبل رئيس الوزراء وفدا اقتصاديا من إيطاليا.",
        "2027-09-02",
    )
    assert m.is_exercise
    assert m.countries == ["CY", "EG", "GR"]  # no Italy: its sentence is about something else


def test_a_state_the_drill_answers_is_no_party() -> None:
    m = _ar(
        "",
        "نفذت القوات البحرية الإيرانية مناورات واسعة في مضيق هرمز ردا على تهديدات الولايات "
        "المتحدة، بمشاركة زوارق سريعة وغواصات.",
        "2027-09-02",
    )
    assert m.is_exercise
    assert m.countries == ["IR"]
    assert m.domains == ["sea"]


def test_troops_counted_with_a_thousand_word() -> None:
    m = _ar(
        "",
        "اختتمت القوات المسلحة الأردنية والقوات الأمريكية أمس التمرين العسكري «الصقر الذهبي "
        "2027» الذي جرى على أراضي الأردن بمشاركة نحو 5 آلاف عسكري من البلدين.",
        "2027-06-10",
    )
    assert m.is_exercise
    assert m.name == "الصقر الذهبي 2027"
    assert m.countries == ["JO", "US"]
    assert m.host == "JO"
    assert m.troops == 5000
    assert m.phase == "concluded"


def test_announced_from_the_future_tense() -> None:
    m = _ar(
        "",
        "من المقرر أن تنطلق الأسبوع المقبل مناورات جوية مشتركة تحمل اسم «سماء الخليج» بين "
        "القوات الجوية الإماراتية ونظيرتها الفرنسية، ويشارك فيها أكثر من 40 طائرة مقاتلة.",
        "2027-03-01",
    )
    assert m.is_exercise
    assert m.name == "سماء الخليج"
    assert m.countries == ["AE", "FR"]
    assert m.aircraft == 40
    assert m.phase == "announced"
    assert m.domains == ["air"]


def test_ongoing_from_the_present_tense() -> None:
    m = _ar(
        "",
        "انطلقت أمس التدريبات العسكرية المشتركة بين القوات البحرية الباكستانية والتركية في "
        "بحر العرب، وتتواصل بمشاركة فرقاطات وغواصات من البلدين.",
        "2027-02-05",
    )
    assert m.is_exercise
    assert m.countries == ["PK", "TR"]
    assert m.phase == "ongoing"


def test_concluded_from_the_past_tense() -> None:
    m = _ar(
        "",
        "اختتمت أمس وحدات من الجيش المغربي والجيش الفرنسي مناورات عسكرية مشتركة استمرت "
        "عشرة أيام في المناطق الصحراوية.",
        "2027-11-20",
    )
    assert m.is_exercise
    assert m.countries == ["FR", "MA"]
    assert m.phase == "concluded"
    # No cue word, a past verb ("تم", it was done): concluded too.
    m = _ar(
        "",
        "تم خلال التمرين العسكري المشترك بين القوات القطرية والعمانية تنفيذ رمايات بالذخيرة الحية.",
        "2027-09-02",
    )
    assert m.countries == ["OM", "QA"]
    assert m.phase == "concluded"


def test_today_beside_an_end_word_is_the_publication_day() -> None:
    m = _ar(
        "",
        "تختتم اليوم المناورات العسكرية المشتركة بين الجيش الكويتي والقوات البحرينية التي "
        "انطلقت في 3 مارس.",
        "2027-03-12",
    )
    assert m.is_exercise
    assert m.countries == ["BH", "KW"]
    assert (m.start_date, m.end_date) == ("2027-03-03", "2027-03-12")


def test_a_cancelled_exercise() -> None:
    m = _ar(
        "",
        "أعلنت وزارة الدفاع إلغاء المناورات العسكرية المشتركة مع الكويت التي كان من المقرر "
        "إجراؤها الشهر المقبل.",
        "2027-04-01",
    )
    assert m.is_exercise
    assert m.phase == "cancelled"


def test_a_civil_drill_is_no_exercise() -> None:
    civil = (
        "نفذت فرق الدفاع المدني تمرينا للتعامل مع زلزال افتراضي في مدرسة بالعاصمة بمشاركة "
        "عناصر من الجيش والشرطة، وتم إخلاء مئات الطلاب خلال دقائق."
    )
    assert text_language("", civil) == "ar"
    assert not _ar("", civil, "2027-01-10").is_exercise
    military = (
        "نفذت وحدات من الجيش تمرينا بالذخيرة الحية في منطقة جبلية بمشاركة عناصر من القوات "
        "الخاصة، وتم خلاله اختبار أسلحة جديدة."
    )
    assert _ar("", military, "2027-01-10").is_exercise


def test_a_ministers_visit_and_an_arms_purchase_are_no_exercise() -> None:
    visit = (
        "زار وزير الدفاع اليوم قاعدة جوية في شمال البلاد، حيث التقى بالضباط والجنود واطلع على "
        "سير العمل في الوحدات المختلفة. وأكد الوزير أن الجيش يحظى بدعم كامل من الحكومة."
    )
    purchase = (
        "وقعت وزارة الدفاع الجزائرية عقدا لشراء 14 طائرة مقاتلة من روسيا، في صفقة تعد من أكبر "
        "صفقات السلاح في المنطقة خلال السنوات الأخيرة، وفق ما ذكرت مصادر عسكرية."
    )
    for title, text in (
        ("وزير الدفاع يزور قاعدة جوية في الشمال", visit),
        ("الجزائر توقع صفقة لشراء طائرات مقاتلة روسية", purchase),
    ):
        assert text_language(title, text) == "ar"
        assert not _ar(title, text, "2027-04-01").is_exercise


def test_an_observer_named_before_its_role_takes_no_part() -> None:
    m = _ar(
        "",
        "انطلقت المناورات البحرية المشتركة بين مصر والسعودية في البحر الأحمر، وحضرت اليابان "
        "بصفة مراقب.",
        "2027-03-01",
    )
    assert m.is_exercise
    assert m.countries == ["EG", "SA"]


def test_a_number_joined_to_and_is_counted_for_its_own_noun() -> None:
    # "و12 سفينة": the 3,000 troops do not run on to the ships.
    m = _ar(
        "",
        "تنطلق المناورات العسكرية المشتركة بين مصر والسعودية بمشاركة 3 آلاف جندي و12 سفينة "
        "و20 طائرة.",
        "2027-03-01",
    )
    assert m.is_exercise
    assert (m.troops, m.ships, m.aircraft) == (3000, 12, 20)


def test_levantine_maghreb_and_hamzaless_month_names() -> None:
    text = "تنطلق المناورات العسكرية المشتركة بين مصر والسعودية من 3 إلى 10 {}."
    for month, num in (
        ("آذار", 3),
        ("تشرين الأول", 10),
        ("كانون الثاني", 1),
        ("ابريل", 4),
        ("اكتوبر", 10),
        ("جويلية", 7),
        ("أوت", 8),
        ("شتنبر", 9),
        ("دجنبر", 12),
    ):
        m = _ar("", text.format(month), "2027-06-15")
        assert m.is_exercise, month
        assert m.start_date is not None and int(m.start_date[5:7]) == num, month
        assert int(m.end_date[8:]) == 10, month


def test_a_year_in_arabic_indic_digits_places_a_day_without_one() -> None:
    m = _ar(
        "",
        "تنطلق في 5 نيسان المناورات العسكرية المشتركة بين مصر والسعودية. وتعد مناورات عام ٢٠٢٧ "
        "الأكبر في تاريخ البلدين.",
        None,
    )
    assert m.is_exercise
    assert m.start_date == "2027-04-05"
    # Written after the day, the year is the day's own: October 2027, not the October before.
    m = _ar(
        "",
        "تنطلق المناورات العسكرية المشتركة بين مصر والسعودية في 5 تشرين الأول ٢٠٢٧.",
        "2026-12-01",
    )
    assert m.start_date == "2027-10-05"
