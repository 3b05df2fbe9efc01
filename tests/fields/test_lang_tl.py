"""Exercise news in Tagalog (Filipino), read with languages/tl.toml.

Texts written for these tests; the exercises, names and events are invented. The Tagalog press
mixes English words into its sentences ("live-fire drills", "fighter jet"), and so do they.
"""

from __future__ import annotations

import pytest

from extractors.exercise import detect
from extractors.exercise.foreign import text_language


def _read(title: str, text: str, published: str):
    # A page tagged "tl" by its feed: the English reader's gate has no Tagalog exercise word.
    return detect(title, text, published, language="tl")


def test_tagalog_is_recognised_and_english_and_indonesian_are_not_taken_for_it() -> None:
    tagalog = (
        "Sinimulan na ng mga sundalo ng Pilipinas at ng Estados Unidos ang taunang pagsasanay sa "
        "hilagang Luzon. Ayon sa tagapagsalita ng militar, lalahok din sa mga pagsasanay ang "
        "ilang barko at eroplano ng dalawang bansa."
    )
    assert text_language("", tagalog) == "tl"
    english = (
        "The Philippine Navy said on Monday that the joint drills with Japan at the edge of the "
        "South China Sea would last a week, and that a thousand sailors were taking part."
    )
    assert text_language("", english) is None
    indonesian = (
        "Latihan militer gabungan antara TNI dan tentara Australia akan berlangsung di Darwin, "
        "kata juru bicara TNI. Latihan ini juga diikuti oleh kapal perang dari kedua negara."
    )
    assert text_language("", indonesian) == "id"


def test_an_announcement_gives_name_parties_days_and_forces() -> None:
    # 2027-06-05 is a Saturday: "sa Lunes" is the 7th, "hanggang Biyernes" the 11th.
    m = _read(
        "Pilipinas at Australia, magsasagawa ng pagsasanay-militar na tinaguriang Kalasag Perlas "
        "2027",
        "Ayon sa Kagawaran ng Tanggulang Pambansa, magsisimula sa Lunes ang pinagsamang "
        "pagsasanay ng dalawang hukbo at tatagal ito hanggang Biyernes. Lalahok dito ang mahigit "
        "2,500 sundalo, 6 na barkong pandigma at 14 na eroplano.",
        "2027-06-05",
    )
    assert m.is_exercise
    assert m.qualifiers["language"] == "tl"
    assert m.name == "Kalasag Perlas 2027"
    assert m.countries == ["AU", "PH"]
    assert (m.start_date, m.end_date) == ("2027-06-07", "2027-06-11")
    assert (m.troops, m.ships, m.aircraft) == (2500, 6, 14)
    assert m.phase == "announced"
    assert set(m.domains) == {"sea", "air"}


def test_a_sea_named_after_a_state_makes_no_party() -> None:
    m = _read(
        "Tsina at Rusya, nagsimula ng pinagsamang pagsasanay pandagat sa Dagat ng Hapon",
        "Nagsimula noong Martes ang pinagsamang pagsasanay ng mga hukbong-dagat ng dalawang "
        "bansa, ayon sa Ministri ng Depensa ng Rusya.",
        "2027-07-14",
    )
    assert m.is_exercise
    assert m.countries == ["CN", "RU"]
    assert m.start_date == "2027-07-13"
    assert m.phase == "ongoing"


def test_the_navy_of_a_state_is_no_sea_and_the_west_philippine_sea_is() -> None:
    m = _read(
        "Hukbong Dagat ng Pilipinas at Japan, nagsasagawa ng pagsasanay pandagat",
        "Kasalukuyang isinasagawa ng Hukbong Dagat ng Pilipinas at ng Japan Maritime "
        "Self-Defense Force ang pinagsamang pagsasanay malapit sa West Philippine Sea.",
        "2027-04-21",
    )
    assert m.is_exercise
    assert m.countries == ["JP", "PH"]
    for sea in ("South China Sea", "Dagat Timog Tsina"):
        m = _read(
            "Pilipinas at Amerika, nagsagawa ng live-fire drills",
            "Nagsagawa ng live-fire drills ang mga hukbong-dagat ng Pilipinas at ng Estados "
            f"Unidos sa {sea} noong Lunes, ayon sa mga opisyal.",
            "2027-04-21",
        )
        assert m.is_exercise
        assert m.countries == ["PH", "US"], sea


@pytest.mark.parametrize(
    ("text", "troops", "countries"),
    [
        (
            "Mahigit 17,000 na sundalong Pilipino at Amerikano ang lalahok sa taunang "
            "pagsasanay-militar ngayong taon.",
            17000,
            ["PH", "US"],
        ),
        (
            "Tinatayang 5 libong tropa mula sa iba't ibang yunit ng Hukbong Katihan ang "
            "nagsasanay ngayon sa pagsasanay-militar sa Nueva Ecija.",
            5000,
            [],
        ),
    ],
)
def test_troops_are_counted(text: str, troops: int, countries: list[str]) -> None:
    m = _read("", text, "2027-04-21")
    assert m.is_exercise
    assert m.troops == troops
    assert m.countries == countries


@pytest.mark.parametrize(
    ("title", "text", "phase"),
    [
        (
            "Pagsasanay-militar ng Pilipinas at Japan, nakatakda sa susunod na buwan",
            "Isasagawa ng mga sundalo ng dalawang bansa ang pagsasanay sa Zambales, ayon sa "
            "tagapagsalita ng Sandatahang Lakas.",
            "announced",
        ),
        (
            "Pagsasanay-militar ng Pilipinas at Japan, nagsimula na",
            "Kasalukuyang isinasagawa ng mga sundalo ng dalawang bansa ang pagsasanay sa "
            "Zambales, ayon sa tagapagsalita ng Sandatahang Lakas.",
            "ongoing",
        ),
        (
            "Pagsasanay-militar ng Pilipinas at Japan, natapos na",
            "Pormal na isinara ng mga sundalo ng dalawang bansa ang pagsasanay sa Zambales, ayon "
            "sa tagapagsalita ng Sandatahang Lakas.",
            "concluded",
        ),
    ],
)
def test_the_phase_comes_from_the_tense(title: str, text: str, phase: str) -> None:
    m = _read(title, text, "2027-04-21")
    assert m.is_exercise
    assert m.countries == ["JP", "PH"]
    assert m.phase == phase


def test_a_drill_cancelled() -> None:
    m = _read(
        "Pagsasanay-militar ng Pilipinas at Amerika, ipinagpaliban",
        "Ipinagpaliban ng Sandatahang Lakas ang pagsasanay dahil sa paparating na bagyo.",
        "2027-08-10",
    )
    assert m.is_exercise
    assert m.phase == "cancelled"


def test_the_place_after_sa_is_the_host_and_a_state_from_which_troops_come_is_not() -> None:
    m = _read(
        "Mga sundalo ng Japan, darating para sa pagsasanay-militar",
        "Magpapadala ang Japan ng 400 sundalo sa Pilipinas para sa pagsasanay-militar na "
        "gaganapin sa susunod na buwan.",
        "2027-04-21",
    )
    assert m.is_exercise
    assert m.countries == ["JP", "PH"]
    assert m.host == "PH"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # An earthquake drill, with soldiers in it.
        (
            "Pagsasanay sa lindol, isinagawa sa mga paaralan",
            "Nakiisa ang mga sundalo, bumbero at estudyante sa pagsasanay sa lindol na "
            "isinagawa sa buong lungsod noong Huwebes.",
        ),
        # A fire drill at a camp.
        (
            "Fire drill sa kampo ng militar",
            "Nagsagawa ng fire drill ang mga kawani ng kampo ng militar upang maging handa sa "
            "sunog.",
        ),
        # A minister's visit.
        (
            "Kalihim ng Tanggulang Pambansa, bumisita sa Japan",
            "Bumisita sa Tokyo ang Kalihim ng Tanggulang Pambansa upang pag-usapan ang "
            "kooperasyong militar ng dalawang bansa. Nakipagpulong din siya sa mga opisyal ng "
            "Hukbong Dagat ng Japan.",
        ),
        # An arms purchase, whose pilots will train once.
        (
            "Pilipinas, bibili ng 12 bagong fighter jet",
            "Pumirma ang Kagawaran ng Tanggulang Pambansa ng kontrata para sa 12 bagong fighter "
            "jet ng Hukbong Panghimpapawid. Ayon sa kontrata, darating ang mga eroplano sa "
            "susunod na taon. Kasama sa kasunduan ang pagsasanay ng mga piloto ng militar.",
        ),
    ],
)
def test_civil_drills_and_other_military_news_are_no_exercise(title: str, text: str) -> None:
    assert not _read(title, text, "2027-03-10").is_exercise


@pytest.mark.parametrize(
    ("when", "start", "end"),
    [
        ("mula Hulyo 5 hanggang 16", "2027-07-05", "2027-07-16"),
        ("mula Abril 22 hanggang Mayo 9, 2027", "2027-04-22", "2027-05-09"),
        ("simula sa ika-5 ng Hulyo", "2027-07-05", None),
    ],
    ids=["same-month", "two-months", "ordinal"],
)
def test_days_written_month_first_and_as_ordinals(when: str, start: str, end: str | None) -> None:
    m = _read(
        "",
        f"Magsasagawa ang Pilipinas at Amerika ng joint military exercise {when} sa Luzon.",
        "2027-03-01",
    )
    assert m.is_exercise
    assert (m.start_date, m.end_date) == (start, end)


def test_linggo_is_sunday_only_as_a_day() -> None:
    # Published on Wednesday 3 March 2027: "sa Linggo" is the coming Sunday, "sa susunod na
    # linggo" next week and "isang linggo" a week, no day.
    for when, start in (
        ("sa Linggo", "2027-03-07"),
        ("sa susunod na Linggo", None),
        ("makalipas ang isang linggo", None),
    ):
        m = _read(
            "",
            f"Magsisimula {when} ang joint military exercise ng Pilipinas at Amerika sa Luzon.",
            "2027-03-03",
        )
        assert m.is_exercise
        assert m.start_date == start, when
