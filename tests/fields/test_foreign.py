"""Exercise news in other languages: Spanish, Portuguese, Italian, French, German, Polish,
Romanian, Dutch, Turkish, Indonesian and Hindi.

Texts written for these tests (the exercises are invented); each is a shape the real-news
development set showed in that language.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from extractors.exercise import detect
from extractors.exercise.foreign import SUPPORTED, text_language
from extractors.exercise.foreign import lexicon as lexicon_module
from extractors.exercise.foreign.calendar import find_days
from extractors.exercise.foreign.countries import find_countries
from extractors.exercise.foreign.lexicon import LEXICONS


def test_a_spanish_announcement_gives_every_field() -> None:
    m = detect(
        "Las armadas de Chile, Perú y Colombia preparan el ejercicio naval «Tridente Austral 2027»",
        "El ejercicio naval multinacional se desarrollará del 3 al 12 de octubre frente a las "
        "costas de Valparaíso, con la participación de 2.400 efectivos, 14 buques y 22 aeronaves. "
        "Japón enviará observadores a las maniobras.",
        "2027-09-28",
    )
    assert m.is_exercise
    assert m.name == "Tridente Austral 2027"
    assert m.countries == ["CL", "CO", "PE"]
    assert (m.start_date, m.end_date) == ("2027-10-03", "2027-10-12")
    assert (m.troops, m.ships, m.aircraft) == (2400, 14, 22)
    assert m.phase == "announced"
    assert m.qualifiers["language"] == "es"
    assert (m.domains, m.kind) == (["sea", "air"], "multilateral")


def test_a_sea_named_after_a_state_makes_no_party() -> None:
    m = detect(
        "Rusia y China realizan maniobras navales conjuntas en el mar de Japón",
        "Los buques de guerra de ambos países comenzaron el martes las maniobras navales, que "
        "durarán una semana, según informó el Ministerio de Defensa ruso.",
        "2027-07-14",
    )
    assert m.is_exercise
    assert m.countries == ["CN", "RU"]
    assert m.phase == "ongoing"


def test_a_state_the_drill_answers_is_no_party() -> None:
    m = detect(
        "Venezuela realiza ejercicios militares en todo su territorio",
        "El ejercicio cívico militar denominado «Muralla Andina» respondió a las amenazas "
        "lanzadas por Estados Unidos, según el ministro de Defensa de Venezuela.",
        "2027-02-10",
    )
    assert m.is_exercise
    assert m.name == "Muralla Andina"
    assert m.countries == ["VE"]


def test_a_portuguese_report_after_the_end_is_concluded() -> None:
    m = detect(
        "Força Aérea Brasileira encerra o exercício Pampa Veloz",
        "A Força Aérea Brasileira concluiu nesta sexta-feira o exercício militar Pampa Veloz, "
        "realizado entre os dias 4 e 15 de maio em Canoas, com cerca de 1.200 militares e 40 "
        "aeronaves.",
        "2027-05-16",
    )
    assert m.is_exercise
    assert m.name == "Pampa Veloz"
    assert m.countries == ["BR"]
    assert (m.start_date, m.end_date) == ("2027-05-04", "2027-05-15")
    assert (m.troops, m.aircraft) == (1200, 40)
    assert m.phase == "concluded"


def test_an_italian_name_with_an_apostrophe_keeps_it() -> None:
    m = detect(
        "",
        "Si è conclusa l'esercitazione navale \"Scirocco dell'Adriatico 2027\" della Marina "
        "Militare, con 4.000 militari e 20 navi italiane e greche.",
        "2027-06-02",
    )
    assert m.is_exercise
    assert m.name == "Scirocco dell'Adriatico 2027"
    assert m.countries == ["GR", "IT"]
    assert (m.troops, m.ships) == (4000, 20)
    assert m.phase == "concluded"


def test_today_beside_an_end_word_is_the_publication_day() -> None:
    m = detect(
        "",
        "Si chiude oggi l'esercitazione militare congiunta tra le forze speciali di Italia e "
        "Albania, iniziata lo scorso 3 maggio.",
        "2027-05-12",
    )
    assert m.is_exercise
    assert (m.start_date, m.end_date) == ("2027-05-03", "2027-05-12")


def test_a_weekday_resolves_against_the_publication_day() -> None:
    # 2027-04-07 is a Wednesday.
    m = detect(
        "",
        "Das Eastern Command hat am Montag in der Nordsee eine Marineübung mit zwölf Schiffen "
        "durchgeführt, sagte ein Sprecher der Marine am Mittwoch.",
        "2027-04-07",
    )
    assert m.is_exercise
    assert m.start_date == "2027-04-05"


def test_a_french_name_after_a_naming_word() -> None:
    m = detect(
        "Exercice militaire franco-marocain dans le sud du Maroc",
        "Les forces françaises et marocaines ont lancé lundi un exercice conjoint de grande "
        "envergure baptisé Sable Doré, qui se déroule jusqu'au 20 mars au Maroc.",
        "2027-03-09",
    )
    assert m.is_exercise
    assert m.name == "Sable Doré"
    assert m.countries == ["FR", "MA"]
    assert m.host == "MA"
    assert m.end_date == "2027-03-20"
    assert m.phase == "ongoing"


def test_a_german_day_range_with_ordinal_dots_stays_one_sentence() -> None:
    m = detect(
        "",
        "Rund 3.500 Soldaten aus Deutschland und den Niederlanden haben vom 3. bis 14. Mai die "
        "Übung „Eiserner Fluss 2027“ in Niedersachsen begonnen.",
        "2027-05-04",
    )
    assert m.is_exercise
    assert m.name == "Eiserner Fluss 2027"
    assert m.countries == ["DE", "NL"]
    assert (m.start_date, m.end_date) == ("2027-05-03", "2027-05-14")
    assert m.troops == 3500
    assert m.phase == "ongoing"


def test_polish_names_match_through_their_case_endings() -> None:
    hits = find_countries(
        "Żołnierze z Polski i Litwy ćwiczyli razem z armią Stanów Zjednoczonych.", "pl"
    )
    assert [h.code for h in hits] == ["PL", "LT", "US"]


def test_an_indonesian_announcement() -> None:
    m = detect(
        "TNI dan Australia akan menggelar latihan bersama Samudra Jaya 2027",
        "Latihan militer gabungan bertajuk Samudra Jaya 2027 akan berlangsung pada 5 hingga 16 "
        "Juli di perairan Darwin dan diikuti 1.500 prajurit.",
        "2027-06-20",
    )
    assert m.is_exercise
    assert m.name == "Samudra Jaya 2027"
    assert "AU" in m.countries
    assert (m.start_date, m.end_date) == ("2027-07-05", "2027-07-16")
    assert m.troops == 1500
    assert m.phase == "announced"


def test_a_hindi_report_reads_postpositions_after_the_name() -> None:
    m = detect(
        "भारत और फ्रांस की नौसेनाओं का संयुक्त युद्धाभ्यास 'सागर मित्र 2027' शुरू हुआ",
        "दोनों देशों की नौसेनाएं 3 से 9 मार्च तक अरब सागर में यह अभ्यास कर रही हैं। इसमें 2,500 "
        "नौसैनिक और 12 युद्धपोत हिस्सा ले रहे हैं। जापान सागर में कोई अभ्यास नहीं होगा।",
        "2027-03-05",
    )
    assert m.is_exercise
    assert m.name == "सागर मित्र 2027"
    assert m.countries == ["FR", "IN"]
    assert (m.start_date, m.end_date) == ("2027-03-03", "2027-03-09")
    assert (m.troops, m.ships) == (2500, 12)
    assert m.phase == "ongoing"
    assert m.qualifiers["language"] == "hi"


def test_a_hindi_postposition_after_a_lone_day_makes_it_the_end() -> None:
    # "15 मार्च तक" (until 15 March): the word after the day, not before it, tells the end.
    m = detect(
        "",
        "भारत और जापान की नौसेनाओं का संयुक्त युद्धाभ्यास 15 मार्च तक चलेगा।",
        "2027-03-05",
        language="hi",
    )
    assert m.is_exercise
    assert (m.start_date, m.end_date) == (None, "2027-03-15")


def test_a_hindi_opponent_named_before_its_role_takes_no_part() -> None:
    m = detect(
        "",
        "भारत और अमेरिका की नौसेनाओं ने संयुक्त अभ्यास शुरू किया, जिसे चीन के खिलाफ शक्ति प्रदर्शन माना जा रहा है।",
        "2027-03-05",
        language="hi",
    )
    assert m.is_exercise
    assert m.countries == ["IN", "US"]


def test_hindi_counts_in_the_indian_grouping_and_in_lakhs() -> None:
    text = "भारतीय सेना के इस सैन्य अभ्यास में {} जवान हिस्सा ले रहे हैं।"
    assert detect("", text.format("1,50,000"), "2027-03-05", language="hi").troops == 150_000
    assert detect("", text.format("2 लाख"), "2027-03-05", language="hi").troops == 200_000


def test_a_series_written_in_devanagari_is_matched_by_its_sound() -> None:
    m = detect(
        "",
        "भारतीय वायुसेना 1 से 10 अप्रैल तक गगन शक्ति 2027 अभ्यास करेगी। इसमें सेना के 5,000 जवान भी हिस्सा लेंगे।",
        "2027-03-20",
    )
    assert m.is_exercise
    assert m.name == "गगन शक्ति 2027"
    assert m.series == "Gagan Shakti"
    m = detect("", "रूस ने अपना सबसे बड़ा सैन्य अभ्यास 'वोस्टोक-2026' शुरू किया है।", "2026-09-02")
    assert m.series == "Vostok"


@pytest.mark.parametrize(
    ("text", "language", "countries", "troops"),
    [
        (
            "Exercițiul militar Scutul Carpaților 2027 a început luni în Transilvania, cu "
            "participarea a 1.800 de militari români, polonezi și americani.",
            "ro",
            ["PL", "RO", "US"],
            1800,
        ),
        (
            "Duitse en Nederlandse militairen zijn maandag begonnen aan de militaire oefening "
            "Stille Vlakte 2027 op de Veluwe, met ongeveer 2.000 soldaten.",
            "nl",
            ["DE", "NL"],
            2000,
        ),
        (
            "Türk ve Azerbaycan askerleri Kars'ta ortak tatbikat başlattı. Tatbikata 1.200 asker "
            "katılıyor.",
            "tr",
            ["AZ", "TR"],
            1200,
        ),
    ],
)
def test_romanian_dutch_and_turkish(
    text: str, language: str, countries: list[str], troops: int
) -> None:
    m = detect("", text, "2027-05-04")
    assert m.is_exercise
    assert m.qualifiers["language"] == language
    assert m.countries == countries
    assert m.troops == troops


@pytest.mark.parametrize(
    "title, text",
    [
        # A fiscal year is an "ejercicio" too.
        (
            "El Ministerio de Defensa cierra el ejercicio fiscal",
            "El ejercicio fiscal de 2026 "
            "cerró con superávit, informó el ministerio. Las fuerzas armadas recibirán más fondos.",
        ),
        # A civil earthquake drill, even with soldiers in it.
        (
            "Simulacro nacional",
            "Miles de personas y soldados del Ejército participaron en el "
            "simulacro de terremoto organizado en la capital para practicar la evacuación.",
        ),
        # A political manoeuvre.
        (
            "Ein politisches Manöver",
            "Die Opposition nennt den Vorschlag zur Bundeswehr-Reform "
            "ein politisches Manöver der Regierung.",
        ),
    ],
)
def test_civil_senses_are_no_exercise(title: str, text: str) -> None:
    assert not detect(title, text, "2027-01-10").is_exercise


def test_the_language_comes_from_the_text_not_only_from_its_tag() -> None:
    spanish = (
        "La Armada de México y la Marina de los Estados Unidos realizan un ejercicio naval en el "
        "golfo de México, con la participación de buques y aeronaves de ambos países."
    )
    assert text_language("", spanish) == "es"
    assert text_language("Russia holds drills near Japan", "") is None
    assert (
        text_language("", "The navy said the exercise would begin on Monday in the Baltic.") is None
    )
    # Tagged English by its feed, written in Spanish: read as Spanish.
    assert detect("", spanish, "2027-02-01", language="en").qualifiers.get("language") == "es"


@pytest.mark.parametrize(
    "days", ["0 al 3 de septiembre", "9 al 3 de septiembre", "31 al 30 de junio"]
)
def test_a_range_that_is_no_range_gives_no_days(days: str) -> None:
    lex = LEXICONS["es"]
    assert [d.end for d in find_days(days, lex, dt.date(2027, 8, 20), None) if d.end] == []


def test_every_language_file_loads_and_has_its_months() -> None:
    files = {f.stem for f in (Path(lexicon_module.__file__).parent / "languages").glob("*.toml")}
    assert set(SUPPORTED) == files
    assert {"es", "pt", "it", "fr", "de", "pl", "id", "hi", "ro", "nl", "tr"} <= files
    sentence = {
        "es": "del 1 al 7 de septiembre",
        "pt": "de 1 a 7 de setembro",
        "it": "dal 1 al 7 settembre",
        "fr": "du 1er au 7 septembre",
        "de": "vom 1. bis 7. September",
        "pl": "od 1 do 7 września",
        "id": "1 hingga 7 September",
        "hi": "1 से 7 सितंबर",
        "ro": "între 1 și 7 septembrie",
        "nl": "van 1 tot 7 september",
        "tr": "1-7 Eylül",
        "ta": "1 முதல் 7 செப்டம்பர்",
        "te": "1 నుంచి 7 సెప్టెంబర్",
        "mr": "1 ते 7 सप्टेंबर",
        "bn": "১ থেকে ৭ সেপ্টেম্বর",
        "ar": "من 1 إلى 7 سبتمبر",
        "tl": "1 hanggang 7 Setyembre",
    }
    assert set(sentence) == set(LEXICONS), "give each language a day range to read"
    for code, lex in LEXICONS.items():
        days = find_days(sentence[code], lex, dt.date(2027, 8, 20), None)
        assert [(d.start, d.end) for d in days] == [(dt.date(2027, 9, 1), dt.date(2027, 9, 7))], (
            code
        )


def test_a_tie_between_years_goes_to_the_latest_on_every_run() -> None:
    from extractors.exercise.foreign import _document_year

    text = "La edición de 2015 y la de 2020 fueron menores que la de 1992, 2020 y 2015."
    assert _document_year(text) == 2020


def test_indic_scripts_laid_out_like_devanagari_read_the_same_sounds() -> None:
    from extractors.exercise.foreign.transliterate import to_latin
    from extractors.exercise.names.aliases import closest_series

    assert closest_series(to_latin("வோஸ்டோக்"), cutoff=0.85) == "Vostok"  # Tamil
    assert closest_series(to_latin("যুদ্ধ অভ্যাস"), cutoff=0.85) == "Yudh Abhyas"  # Bengali
    assert closest_series(to_latin("మలబార్"), cutoff=0.85) == "Malabar"  # Telugu


def test_a_hindi_story_that_says_who_hosts_names_the_host() -> None:
    m = detect(
        "नौसेनाओं का संयुक्त युद्धाभ्यास शुरू",
        "इस बार संयुक्त नौसैनिक अभ्यास की मेजबानी श्रीलंका कर रहा है और इसमें भारत और"
        " बांग्लादेश की नौसेनाएं हिस्सा ले रही हैं।",
        "2026-03-02",
    )
    assert m.host == "LK"
