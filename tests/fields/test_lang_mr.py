"""Exercise news in Marathi.

Texts written for these tests (the exercises are invented). Marathi shares Devanagari with
Hindi but glues its case endings to the noun ("भारताने", "युद्धसरावात", "जपानच्या समुद्रात")
and ends sentences with the Latin full stop. Most stories say "युद्धसराव", which the English
reader's gate for foreign texts does not know yet, so those tests pass the page's language
("mr") as a feed would.
"""

from __future__ import annotations

import pytest

from extractors.exercise import detect
from extractors.exercise.foreign import text_language

HINDI = (
    "भारत और जापान की नौसेनाओं का संयुक्त अभ्यास अगले सप्ताह शुरू होगा। इसमें दोनों देशों के "
    "युद्धपोत हिस्सा लेंगे और यह अभ्यास दस दिन तक चलेगा।"
)
MARATHI = (
    "भारत आणि जपानच्या नौदलांचा संयुक्त युद्धसराव पुढील आठवड्यात सुरू होणार आहे. यात दोन्ही "
    "देशांच्या युद्धनौका सहभागी होणार असून हा सराव दहा दिवस चालणार आहे."
)


def test_marathi_is_told_apart_from_hindi_and_english() -> None:
    assert text_language("", MARATHI) == "mr"
    assert text_language("", HINDI) == "hi"
    english = "The navy said the exercise would begin on Monday in the Gulf."
    assert text_language("", english) is None
    assert detect("", HINDI, "2027-03-01", language="mr").qualifiers["language"] == "hi"


def test_an_announcement_gives_name_parties_days_and_sizes() -> None:
    m = detect(
        "भारत आणि फ्रान्सच्या नौदलांचा संयुक्त युद्धसराव 'सागर मैत्री 2027' होणार",
        "दोन्ही देशांच्या नौदलांचा हा युद्धसराव 3 ते 9 मार्च दरम्यान अरबी समुद्रात होणार आहे. "
        "या सरावात 2,500 नौसैनिक आणि 12 युद्धनौका सहभागी होणार आहेत.",
        "2027-02-20",
        language="mr",
    )
    assert m.is_exercise
    assert m.name == "सागर मैत्री 2027"
    assert m.countries == ["FR", "IN"]
    assert (m.start_date, m.end_date) == ("2027-03-03", "2027-03-09")
    assert (m.troops, m.ships) == (2500, 12)
    assert m.phase == "announced"
    assert m.domains == ["sea"]
    assert m.qualifiers["language"] == "mr"


def test_devanagari_digits_and_a_known_series_without_a_language_tag() -> None:
    m = detect(
        "",
        "भारत आणि अमेरिकेच्या लष्कराचा 'युद्ध अभ्यास २०२७' हा संयुक्त युद्धाभ्यास ३ ते १६ "
        "सप्टेंबर या कालावधीत राजस्थानमध्ये होणार आहे. यात दोन्ही देशांचे १,२०० सैनिक सहभागी "
        "होतील.",
        "2027-08-20",
    )
    assert m.is_exercise
    assert m.qualifiers["language"] == "mr"
    assert m.series == "Yudh Abhyas"
    assert m.countries == ["IN", "US"]
    assert (m.start_date, m.end_date) == ("2027-09-03", "2027-09-16")
    assert m.troops == 1200
    assert m.phase == "announced"


def test_a_sea_named_after_a_state_makes_no_party() -> None:
    m = detect(
        "रशिया आणि चीनचा जपानच्या समुद्रात संयुक्त नौदल सराव",
        "दोन्ही देशांच्या युद्धनौकांनी मंगळवारी सराव सुरू केला असून तो आठवडाभर चालणार आहे, असे "
        "रशियाच्या संरक्षण मंत्रालयाने सांगितले.",
        "2027-07-14",
        language="mr",
    )
    assert m.is_exercise
    assert m.countries == ["CN", "RU"]
    assert m.phase == "ongoing"


def test_an_opponent_named_before_its_word_makes_no_party() -> None:
    m = detect(
        "",
        "चीनच्या विरोधात भारत आणि फिलिपिन्सचा संयुक्त सागरी सराव दक्षिण चीन समुद्रात होणार आहे.",
        "2027-10-02",
        language="mr",
    )
    assert m.is_exercise
    assert m.countries == ["IN", "PH"]


def test_troops_written_in_devanagari_digits_are_counted() -> None:
    m = detect(
        "",
        "भारतीय लष्कर आणि नेपाळच्या सैन्याचा संयुक्त युद्धसराव पिथौरागड येथे सुरू आहे. या सरावात "
        "दोन्ही देशांचे सुमारे ५,००० जवान सहभागी झाले आहेत.",
        "2027-11-05",
        language="mr",
    )
    assert m.is_exercise
    assert m.countries == ["IN", "NP"]
    assert m.troops == 5000
    assert m.phase == "ongoing"
    assert m.domains == ["land"]


@pytest.mark.parametrize(
    ("text", "phase"),
    [
        (
            "भारत आणि इंडोनेशियाच्या नौदलांचा संयुक्त युद्धसराव पुढील महिन्यात होणार आहे.",
            "announced",
        ),
        (
            "भारत आणि इंडोनेशियाच्या नौदलांचा संयुक्त युद्धसराव सध्या सुरू आहे.",
            "ongoing",
        ),
        (
            "भारत आणि इंडोनेशियाच्या नौदलांचा संयुक्त युद्धसराव शुक्रवारी यशस्वीरीत्या पार पडला.",
            "concluded",
        ),
        (
            "भारत आणि इंडोनेशियाच्या नौदलांचा संयुक्त युद्धसराव खराब हवामानामुळे रद्द करण्यात आला.",
            "cancelled",
        ),
    ],
    ids=["announced", "ongoing", "concluded", "cancelled"],
)
def test_the_phase_comes_from_the_tense_cues(text: str, phase: str) -> None:
    m = detect("", text, "2027-01-16", language="mr")
    assert m.is_exercise
    assert m.countries == ["ID", "IN"]
    assert m.phase == phase


def test_from_today_starts_on_the_publication_day_and_a_series_is_heard() -> None:
    m = detect(
        "",
        "भारत आणि ऑस्ट्रेलियाच्या नौदलांचा 'मलबार' युद्धसराव आजपासून बंगालच्या उपसागरात सुरू "
        "झाला. यात जपानच्या युद्धनौकाही सहभागी झाल्या आहेत.",
        "2027-10-02",
        language="mr",
    )
    assert m.is_exercise
    assert m.series == "Malabar"
    assert m.countries == ["AU", "IN", "JP"]
    assert m.start_date == "2027-10-02"
    assert m.phase == "ongoing"


def test_a_closing_today_is_the_end_day() -> None:
    m = detect(
        "",
        "भारत आणि मालदीवच्या तटरक्षक दलांच्या संयुक्त सरावाचा आज समारोप झाला. हा सराव गेल्या "
        "आठवड्यात सुरू झाला होता.",
        "2027-04-12",
        language="mr",
    )
    assert m.is_exercise
    assert m.countries == ["IN", "MV"]
    assert m.end_date == "2027-04-12"


def test_an_earthquake_drill_with_soldiers_is_no_exercise() -> None:
    title = "पुण्यात लष्कराच्या मदतीने भूकंपाचा सराव"
    text = (
        "शहरात आपत्ती व्यवस्थापन विभागाने लष्कराच्या जवानांच्या मदतीने भूकंपाचा सराव घेतला. "
        "यात अग्निशमन दल आणि शेकडो नागरिक सहभागी झाले होते."
    )
    assert text_language(title, text) == "mr"
    assert not detect(title, text, "2027-01-10", language="mr").is_exercise


def test_a_ministers_visit_and_an_arms_purchase_are_no_exercise() -> None:
    title = "संरक्षणमंत्र्यांची नौदल तळाला भेट"
    text = (
        "संरक्षणमंत्र्यांनी गुरुवारी मुंबईतील नौदल तळाला भेट दिली आणि अधिकाऱ्यांशी चर्चा केली. "
        "भारताने फ्रान्सकडून 26 लढाऊ विमाने खरेदी करण्याचा करार केला आहे, असे त्यांनी सांगितले."
    )
    assert text_language(title, text) == "mr"
    assert not detect(title, text, "2027-01-10", language="mr").is_exercise


def test_start_and_end_words_glued_to_the_month() -> None:
    m = detect(
        "",
        "भारत आणि जपानच्या नौदलांचा संयुक्त युद्धसराव ३ मार्चपासून २० मार्चपर्यंत चालणार आहे.",
        "2027-02-20",
        language="mr",
    )
    assert m.is_exercise
    assert (m.start_date, m.end_date) == ("2027-03-03", "2027-03-20")
    m = detect(
        "",
        "भारत आणि जपानच्या नौदलांचा संयुक्त युद्धसराव २० मार्च पर्यंत चालणार आहे.",
        "2027-03-10",
        language="mr",
    )
    assert (m.start_date, m.end_date) == (None, "2027-03-20")


def test_a_weekday_with_a_glued_ending() -> None:
    # Published on a Thursday: "मंगळवारी" (on Tuesday) the exercise began, two days before.
    m = detect(
        "",
        "भारत आणि जपानच्या नौदलांचा संयुक्त युद्धसराव मंगळवारी सुरू झाला.",
        "2027-03-11",
        language="mr",
    )
    assert m.is_exercise
    assert m.start_date == "2027-03-09"


def test_the_locative_ending_on_a_state_makes_it_the_host() -> None:
    m = detect(
        "",
        "भारत आणि जपानच्या नौदलांचा संयुक्त युद्धसराव भारतात सुरू झाला.",
        "2027-03-11",
        language="mr",
    )
    assert m.is_exercise
    assert m.countries == ["IN", "JP"]
    assert m.host == "IN"
    # "भारतासोबत" (with India) only ends in "त": no place.
    m = detect(
        "",
        "जपानच्या नौदलाचा भारतासोबत संयुक्त युद्धसराव सुरू झाला.",
        "2027-03-11",
        language="mr",
    )
    assert m.countries == ["IN", "JP"]
    assert m.host is None
