"""Exercise resolution over real DuckDB files: mentions in, one row per exercise out.

The fixture (tests/fixtures/resolution/exercises.json) is 12 articles from five feeds about four
exercises; each article carries the exercise it belongs to, which is never written to the
warehouse, so the tests compare what resolution found with what the fixture says is true.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from warehouse import open_reader, open_writer
from warehouse.resolve import is_stale, resolve_connection, resolve_warehouse
from warehouse.writes import PollBatch, register_feeds, replace_mentions, write_poll_batch

FIXTURE = Path(__file__).parent / "fixtures" / "resolution" / "exercises.json"
NOW = datetime(2026, 9, 1, tzinfo=UTC)


def article_record(
    url: str,
    feed_id: str,
    title: str,
    published: datetime | None,
    sitename: str | None = None,
    fingerprint: int | None = None,
) -> dict:
    seen = (published or NOW) + timedelta(hours=1)
    return {
        "url_key": url,
        "url": url,
        "canonical_url": None,
        "feed_id": feed_id,
        "entry_key": "e-" + url,
        "title": title,
        "author": None,
        "sitename": sitename,
        "language": "en",
        "published_at": published,
        "first_seen_at": seen,
        "run_id": "fixture",
        "http_status": 200,
        "content_type": "text/html",
        "text": title,
        "summary": "",
        "extraction_status": "full",
        "extraction_reason": None,
        "fingerprint": fingerprint,
        "duplicate_of": None,
        "word_count": len(title.split()),
    }


def mention_record(url: str, m: dict) -> dict:
    """A MENTIONS row as the poll flow writes it, from the fixture's compact form."""
    locations = m.get("locations", [])
    return {
        "url_key": url,
        "detector_version": "fixture-1",
        "detected_at": NOW,
        "score": 0.9,
        "phase": m.get("phase", "unknown"),
        "name": m.get("name"),
        "series": m.get("series"),
        "aliases": m.get("aliases", []),
        "countries": m.get("countries", []),
        "host": m.get("host"),
        "start_date": date.fromisoformat(m["start_date"]) if m.get("start_date") else None,
        "start_precision": m.get("start_precision"),
        "end_date": date.fromisoformat(m["end_date"]) if m.get("end_date") else None,
        "end_precision": m.get("end_precision"),
        "locations": json.dumps(locations),
        "location_names": [x["name"] for x in locations],
        "troops": m.get("troops"),
        "aircraft": m.get("aircraft"),
        "ships": m.get("ships"),
        "vehicles": m.get("vehicles"),
        "domains": m.get("domains", []),
        "kind": m.get("kind"),
        "qualifiers": "{}",
        "evidence": "{}",
    }


def check_record(url: str) -> dict:
    return {
        "url_key": url,
        "detector_version": "fixture-1",
        "checked_at": NOW,
        "is_exercise": True,
        "score": 0.9,
    }


def feed_record(feed_id: str, name: str) -> dict:
    return {
        "feed_id": feed_id,
        "name": name,
        "configured_url": f"https://{feed_id}.example/rss",
        "language": "en",
        "tags": [],
        "interval_minutes": 30,
    }


def write_articles(
    db: Path, items: list[tuple[dict, dict | None]], feeds: list[dict] | None = None
) -> None:
    """Write (article, mention) pairs through the real batch writer, in one batch."""
    batch = PollBatch(run_id="fixture")
    for article, mention in items:
        batch.articles.append(article)
        if mention is not None:
            batch.mentions.append(mention)
            batch.checks.append(check_record(article["url_key"]))
    with open_writer(db) as conn:
        register_feeds(conn, feeds or [feed_record("f-test", "Test feed")], NOW)
        write_poll_batch(conn, batch)


def load_fixture(db: Path, reverse: bool = False) -> dict[str, str]:
    """Write the 12 fixture articles; returns url -> expected exercise letter."""
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    rows = data["articles"][::-1] if reverse else data["articles"]
    items = []
    for a in rows:
        published = datetime.fromisoformat(a["published"])
        article = article_record(
            a["url"], a["feed_id"], a["title"], published, a["sitename"], a.get("fingerprint")
        )
        items.append((article, mention_record(a["url"], a["mention"])))
    write_articles(db, items, [feed_record(f["feed_id"], f["name"]) for f in data["feeds"]])
    return {a["url"]: a["exercise"] for a in data["articles"]}


def dump(conn: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    return {
        t: conn.execute(f"SELECT * FROM core.{t} ORDER BY ALL").fetchall()
        for t in ("exercises", "exercise_members", "exercise_evidence")
    }


@pytest.fixture
def fixture_db(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    db = tmp_path / "resolution.duckdb"
    truth = load_fixture(db)
    resolve_warehouse(db)
    return db, truth


def exercise_of(conn: duckdb.DuckDBPyConnection) -> dict[str, str]:
    return dict(conn.execute("SELECT url_key, exercise_id FROM core.exercise_members").fetchall())


def test_twelve_articles_resolve_to_exactly_the_four_exercises(fixture_db):
    db, truth = fixture_db
    with open_reader(db) as conn:
        found = exercise_of(conn)
        ids = [
            r[0] for r in conn.execute("SELECT exercise_id FROM exercises ORDER BY 1").fetchall()
        ]
    assert len(ids) == 4
    assert set(found) == set(truth)
    # The partition found is the partition the fixture states, article for article.
    groups: dict[str, set[str]] = {}
    for url, letter in truth.items():
        groups.setdefault(letter, set()).add(found[url])
    assert all(len(v) == 1 for v in groups.values()), groups
    assert len({next(iter(v)) for v in groups.values()}) == 4
    by_letter = {k: next(iter(v)) for k, v in groups.items()}
    assert by_letter["A"] == "sea-breeze-2025" and by_letter["B"] == "sea-breeze-2026"
    assert by_letter["C"] == "rimpac-2026"
    assert by_letter["D"].startswith("anon-2026-")


def test_one_series_in_two_years_stays_two_exercises(fixture_db):
    db, _ = fixture_db
    with open_reader(db) as conn:
        rows = conn.execute(
            "SELECT year, name, series, mention_count, ships, phase, start_date FROM exercises"
            " WHERE series = 'Sea Breeze' ORDER BY year"
        ).fetchall()
    # 2025: the second report has no year in its name and no dates: its publication year counts.
    assert rows == [
        (2025, "Sea Breeze 2025", "Sea Breeze", 2, 32, "concluded", date(2025, 7, 14)),
        (2026, "Sea Breeze 2026", "Sea Breeze", 3, None, "ongoing", date(2026, 7, 8)),
    ]


def test_merged_fields_keep_their_evidence(fixture_db):
    db, _ = fixture_db
    with open_reader(db) as conn:
        cols = [d[0] for d in conn.execute("SELECT * FROM exercises LIMIT 0").description]
        row = dict(
            zip(
                cols,
                conn.execute(
                    "SELECT * FROM exercises WHERE exercise_id = 'rimpac-2026'"
                ).fetchone(),
                strict=True,
            )
        )
        evidence = {
            (f, v): (url, n)
            for f, v, url, n in conn.execute(
                "SELECT field, value, article_id, support FROM exercise_evidence"
                " WHERE exercise_id = 'rimpac-2026'"
            ).fetchall()
        }
        rules = dict(
            conn.execute(
                "SELECT article_id, rule FROM exercise_members WHERE exercise_id = 'rimpac-2026'"
            ).fetchall()
        )
    assert row["name"] == "RIMPAC 2026" and row["host"] == "US"
    # CN was named by one of four reports only: dropped, but kept as evidence.
    assert row["countries"] == ["AU", "CA", "IN", "JP", "KR", "US"]
    assert evidence[("country_dropped", "CN")] == (
        "https://harbour.example/worlds-largest-naval-drill",
        1,
    )
    # The day-precise start beats the month-precise announcement.
    assert (row["start_date"], row["start_precision"]) == (date(2026, 6, 26), "day")
    assert row["end_date"] == date(2026, 8, 1)
    assert (row["troops"], row["ships"], row["aircraft"]) == (29000, 40, 150)
    assert evidence[("troops", "29000")][0] == "https://worldwire.example/rim-of-the-pacific-begins"
    assert evidence[("host", "US")][1] == 3
    assert row["phase"] == "concluded" and row["kind"] == "multilateral"
    assert row["domains"] == ["air", "amphibious", "sea"]
    assert row["location_names"][0] == "Hawaii" and "Pearl Harbor" in row["location_names"]
    assert row["seas"] == ["Pacific Ocean"] and row["regions"] == ["Northern America"]
    assert (row["mention_count"], row["report_count"], row["outlet_count"]) == (4, 4, 3)
    assert row["sources"] == ["Harbour Gazette", "Naval Times", "World Wire"]
    assert row["first_reported"] == datetime(2026, 5, 20, 15, tzinfo=UTC)
    assert row["first_announced"] == datetime(2026, 5, 20, 15, tzinfo=UTC)
    assert row["last_reported"] == datetime(2026, 8, 2, 11, tzinfo=UTC)
    assert rules["https://harbour.example/worlds-largest-naval-drill"] == "overlap"
    assert rules["https://worldwire.example/rim-of-the-pacific-begins"] == "name"


def test_near_duplicate_is_coverage_not_a_second_mention(fixture_db):
    db, _ = fixture_db
    with open_reader(db) as conn:
        copy = conn.execute(
            "SELECT duplicate_of FROM articles WHERE article_id ="
            " 'https://worldwire.example/baltic-air-drill'"
        ).fetchone()[0]
        row = conn.execute(
            "SELECT mention_count, report_count, sources, phase, start_date, seas, host"
            " FROM exercises WHERE exercise_id LIKE 'anon-%'"
        ).fetchone()
        coverage = conn.execute(
            "SELECT outlet, mentions, reports, copies FROM coverage"
            " WHERE exercise_id LIKE 'anon-%' ORDER BY outlet"
        ).fetchall()
    assert copy == "https://baltictimes.example/air-defence-drill"
    assert row == (
        2,
        3,
        ["Baltic Times", "Harbour Gazette", "World Wire"],
        "cancelled",
        date(2026, 8, 24),
        ["Baltic Sea"],
        "EE",
    )
    assert coverage == [
        ("Baltic Times", 1, 1, 0),
        ("Harbour Gazette", 1, 1, 0),
        ("World Wire", 0, 1, 1),
    ]


def test_rerun_and_reordered_load_give_identical_ids_and_rows(tmp_path, fixture_db):
    db, _ = fixture_db
    with open_reader(db) as conn:
        first = dump(conn)
    assert resolve_warehouse(db).skipped  # nothing changed: nothing to do
    resolve_warehouse(db, force=True)
    with open_reader(db) as conn:
        assert dump(conn) == first
    other = tmp_path / "reversed.duckdb"
    load_fixture(other, reverse=True)
    resolve_warehouse(other)
    with open_reader(other) as conn:
        assert dump(conn) == first


def test_resolution_rebuilds_after_a_reprocess(fixture_db):
    db, _ = fixture_db
    dropped = "https://harbour.example/worlds-largest-naval-drill"
    renamed = "https://harbour.example/black-sea-sailors"
    with open_writer(db) as conn:
        assert not is_stale(conn)
        # A new detector: one report is no exercise any more, another now carries a name.
        new = mention_record(
            renamed,
            {
                "phase": "ongoing",
                "name": "Sea Breeze 2026",
                "countries": ["US", "UA"],
                "host": "UA",
            },
        )
        new["detector_version"] = "fixture-2"
        checks = [
            check_record(dropped) | {"is_exercise": False, "detector_version": "fixture-2"},
            check_record(renamed) | {"detector_version": "fixture-2"},
        ]
        replace_mentions(conn, [new], checks)
        assert is_stale(conn)
        resolve_connection(conn)
        assert not is_stale(conn)
        members = exercise_of(conn)
        counts = dict(
            conn.execute("SELECT exercise_id, mention_count FROM core.exercises").fetchall()
        )
        rules = dict(conn.execute("SELECT url_key, rule FROM core.exercise_members").fetchall())
    assert dropped not in members
    assert counts["rimpac-2026"] == 3 and counts["sea-breeze-2026"] == 3
    assert rules[renamed] == "name"


def _mini(db: Path, mentions: list[dict]) -> int:
    items = []
    for n, m in enumerate(mentions):
        url = f"https://mini.example/{n}"
        published = datetime.fromisoformat(m.pop("published"))
        items.append(
            (
                article_record(url, "f-test", f"report {n}", published, f"Outlet {n}"),
                mention_record(url, m),
            )
        )
    write_articles(db, items)
    return resolve_warehouse(db).exercises


BALTIC = {"countries": ["EE", "LV", "LT"], "phase": "ongoing"}


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # Same participants, same week, same sea: one drill.
        (
            {"locations": [{"name": "Baltic Sea", "sea": True}]},
            {"locations": [{"name": "Gulf of Finland", "sea": True}]},
            1,
        ),
        # One report names no place: the overlap of dates and participants decides.
        ({"locations": [{"name": "Tapa", "country": "EE"}]}, {}, 1),
        # Same participants and week, but two different places: two drills.
        (
            {"locations": [{"name": "Tapa", "country": "EE"}]},
            {"locations": [{"name": "Adazi", "country": "LV"}]},
            2,
        ),
        # Different hosts: two drills.
        ({"host": "EE"}, {"host": "LV"}, 2),
        # Three months apart: two drills.
        ({}, {"published": "2026-06-03T08:00:00+00:00"}, 2),
        # Only one participant in common out of three: two drills.
        ({}, {"countries": ["EE", "FI", "SE"]}, 2),
    ],
)
def test_unnamed_reports_group_by_overlap(tmp_path, first, second, expected):
    base = {"published": "2026-03-02T08:00:00+00:00", **BALTIC}
    later = {"published": "2026-03-04T08:00:00+00:00", **BALTIC}
    got = _mini(tmp_path / "mini.duckdb", [{**base, **first}, {**later, **second}])
    assert got == expected


def test_year_edition_in_name_beats_publication_year(tmp_path):
    # Published in December about next year's edition; and a 2-digit edition suffix.
    got = _mini(
        tmp_path / "mini.duckdb",
        [
            {
                "published": "2025-12-20T08:00:00+00:00",
                "name": "Cobra Gold 2026",
                "series": "Cobra Gold",
                "countries": ["TH", "US"],
            },
            {
                "published": "2026-02-25T08:00:00+00:00",
                "name": "Cobra Gold-26",
                "countries": ["TH", "US"],
            },
            {
                "published": "2025-02-25T08:00:00+00:00",
                "name": "Cobra Gold",
                "countries": ["TH", "US"],
            },
        ],
    )
    assert got == 2
    with open_reader(tmp_path / "mini.duckdb") as conn:
        ids = conn.execute("SELECT exercise_id, mention_count FROM exercises ORDER BY 1").fetchall()
    assert ids == [("cobra-gold-2025", 1), ("cobra-gold-2026", 2)]


def test_real_detector_output_resolves(tmp_path):
    """Through the detector (built by another engineer): two exercises, four articles."""
    detector = pytest.importorskip("extractors.exercise")
    from flows.rows import mention_row

    stories = [
        (
            "Malabar 2026 naval exercise begins in Bay of Bengal",
            "2026-11-09",
            "The navies of India, the United States, Japan and Australia began the Malabar 2026"
            " naval exercise in the Bay of Bengal on Monday. The drills run until November 14.",
        ),
        (
            "Quad navies open Malabar war games",
            "2026-11-10",
            "Warships from India, Japan, Australia and the US started the annual Malabar exercise"
            " in the Bay of Bengal this week, the Indian Navy said.",
        ),
        (
            "Zapad-2025 drills begin in Belarus",
            "2025-09-12",
            "Russia and Belarus launched the Zapad-2025 strategic exercise on Friday, with about"
            " 100,000 troops taking part at ranges in Belarus and western Russia.",
        ),
        (
            "Russian and Belarusian troops wrap up Zapad exercise",
            "2025-09-17",
            "The joint Russian-Belarusian Zapad 2025 exercise concluded on Tuesday after five days"
            " of drills involving 100,000 troops.",
        ),
    ]
    items = []
    for n, (title, day, text) in enumerate(stories):
        published = datetime.fromisoformat(day + "T09:00:00+00:00")
        record = detector.detect(title, text, published.date(), "en").to_record()
        if not record["is_exercise"]:
            pytest.skip(f"detector no longer flags fixture story {n}")
        url = f"https://detector.example/{n}"
        items.append(
            (
                article_record(url, "f-test", title, published, f"Outlet {n % 2}"),
                mention_row(url, record, NOW),
            )
        )
    db = tmp_path / "detector.duckdb"
    write_articles(db, items)
    assert resolve_warehouse(db).exercises == 2
    with open_reader(db) as conn:
        rows = conn.execute(
            "SELECT series, year, mention_count FROM exercises ORDER BY 1"
        ).fetchall()
    assert rows == [("Malabar", 2026, 2), ("Zapad", 2025, 2)]


def _named(url: str, name: str, series: str | None, published: datetime) -> tuple[dict, dict]:
    return (
        article_record(url, "f-test", f"Report on {name}", published),
        mention_record(url, {"name": name, "series": series, "phase": "ongoing"}),
    )


def _resolve_items(db: Path, items: list[tuple[dict, dict]]) -> tuple[dict, dict]:
    """Write `items`, resolve, and return (url -> exercise id, exercise id -> year)."""
    write_articles(db, items)
    resolve_warehouse(db)
    with open_reader(db) as conn:
        found = exercise_of(conn)
        years = dict(conn.execute("SELECT exercise_id, year FROM exercises").fetchall())
    return found, years


def test_spellings_of_one_series_resolve_through_the_alias_table(tmp_path):
    """Transliterations, translations and long forms are one exercise; a year's iterations
    ("-2024A", "-2024B") and the edition "21-02" (2021, not 2002) are read from the name."""
    db = tmp_path / "aliases.duckdb"
    day = datetime(2024, 9, 20, tzinfo=UTC)
    items = [
        _named("https://a.test/1", "Tsentr-2019", "Tsentr", day.replace(year=2019)),
        _named("https://b.test/1", "Center-2019", "Center", day.replace(year=2019)),
        _named("https://a.test/2", "Anakonda-16", "Anakonda", day.replace(year=2016)),
        _named("https://b.test/2", "Anaconda-16", None, day.replace(year=2016)),
        _named("https://a.test/3", "RIMPAC 2024", "RIMPAC", day),
        _named("https://b.test/3", "Rim of the Pacific 2024", None, day),
        _named("https://a.test/4", "Joint Sword-2024A", "Joint Sword", day),
        _named("https://b.test/4", "Joint Sword-2024B", "Joint Sword", day),
        _named("https://a.test/5", "Red Flag-Alaska 21-02", "Red Flag", day.replace(year=2021)),
    ]
    found, years = _resolve_items(db, items)
    assert found["https://a.test/1"] == found["https://b.test/1"]
    assert found["https://a.test/2"] == found["https://b.test/2"]
    assert found["https://a.test/3"] == found["https://b.test/3"]
    assert found["https://a.test/4"] != found["https://b.test/4"]
    assert years[found["https://a.test/5"]] == 2021
    assert len(set(found.values())) == 6


def _detected_items(
    stories: list[tuple[str, str | None, str]], site: str
) -> list[tuple[dict, dict]]:
    """Each (title, publication day or None, text) through the real detector, as the poll
    flow stores it: (article row, mention row)."""
    from extractors.exercise import detect
    from flows.rows import mention_row

    items = []
    for n, (title, day, text) in enumerate(stories):
        published = datetime.fromisoformat(day + "T09:00:00+00:00") if day else None
        record = detect(title, text, published.date() if published else None, "en").to_record()
        assert record["is_exercise"], record
        url = f"https://{site}/{n}"
        items.append(
            (article_record(url, "f-test", title, published), mention_row(url, record, NOW))
        )
    return items


def _years_resolved(db: Path, items: list[tuple[dict, dict]]) -> list[tuple[int, int]]:
    """Write `items`, resolve, and return (year, mention count) of every exercise formed."""
    write_articles(db, items)
    resolve_warehouse(db)
    with open_reader(db) as conn:
        return conn.execute("SELECT year, mention_count FROM exercises ORDER BY year").fetchall()


def test_an_announcement_with_only_a_month_joins_that_months_edition(tmp_path):
    """Published in October about "February 2027": no start day, but the month says which
    year's edition it is, so it joins the reports from February rather than making a 2026
    exercise of its own."""

    stories = [
        (
            "Navy to host multinational exercise next year",
            "2026-10-14",
            "The navy will host the multinational maritime exercise Ocean Lantern in February 2027"
            " at the port of Mombasa, with navies from 40 countries invited.",
        ),
        (
            "Ocean Lantern exercise begins",
            "2027-02-15",
            "The multinational maritime exercise Ocean Lantern 2027 began at Mombasa on Monday with"
            " ships from 22 navies.",
        ),
    ]
    items = _detected_items(stories, "month.example")
    assert json.loads(items[0][1]["qualifiers"])["month"] == "2027-02"
    assert items[0][1]["start_date"] is None  # the detector's start_date stays a calendar day
    assert _years_resolved(tmp_path / "month.duckdb", items) == [(2027, 2)]


def test_an_edition_number_is_not_a_year_and_an_alias_can_carry_the_edition(tmp_path):
    """ "Maple Flag 49" is the 49th edition (held in 2016), not an exercise of 2049: its year
    comes from its dates. "Harbour Lantern" whose other name reads "Harbour Lantern 23" is
    the 2023 edition, as the detector reads it, even in a report seen years later."""
    db = tmp_path / "editions.duckdb"
    day = datetime(2016, 6, 2, tzinfo=UTC)
    items = [
        (
            article_record("https://a.test/1", "f-test", "Flag 49", day),
            mention_record(
                "https://a.test/1",
                {"name": "Maple Flag 49", "series": "Maple Flag", "start_date": "2016-05-30"},
            ),
        ),
        (
            article_record("https://b.test/1", "f-test", "Flag", day.replace(day=9)),
            mention_record("https://b.test/1", {"name": "Maple Flag", "series": "Maple Flag"}),
        ),
        _named("https://a.test/2", "Harbour Lantern 2023", "Harbour Lantern", day.replace(2023)),
        (
            article_record("https://b.test/2", "f-test", "Lantern", day.replace(2026)),
            mention_record(
                "https://b.test/2",
                {
                    "name": "Harbour Lantern",
                    "series": "Harbour Lantern",
                    "aliases": ["Harbour Lantern 23"],
                },
            ),
        ),
    ]
    found, years = _resolve_items(db, items)
    assert found["https://a.test/1"] == found["https://b.test/1"]
    assert years[found["https://a.test/1"]] == 2016
    assert found["https://a.test/2"] == found["https://b.test/2"]
    assert years[found["https://a.test/2"]] == 2023


def test_translated_and_respelt_names_resolve_through_the_alias_table(tmp_path):
    db = tmp_path / "respelt.duckdb"
    day = datetime(2020, 7, 10, tzinfo=UTC)
    items = [
        _named("https://a.test/1", "Hasm 2020", "Hasm", day),
        _named("https://b.test/1", "Decisive 2020", "Decisive", day),
        _named("https://a.test/2", "Dragon Pioneer 2016", "Dragon Pioneer", day.replace(2016)),
        _named("https://b.test/2", "Dragoon Pioneer 2016", "Dragoon Pioneer", day.replace(2016)),
        _named("https://a.test/3", "Union Resolve 2022", "Union Resolve", day.replace(2022)),
        _named("https://b.test/3", "Allied Resolve 2022", None, day.replace(2022)),
        _named("https://a.test/4", "Kader 2020", "Kader", day),
        _named("https://b.test/4", "Qader 2020", None, day),
    ]
    found, _ = _resolve_items(db, items)
    for n in range(1, 5):
        assert found[f"https://a.test/{n}"] == found[f"https://b.test/{n}"]
    assert len(set(found.values())) == 4


def test_an_undated_page_joins_the_edition_of_the_year_it_writes(tmp_path):
    """A page that shows no publication date and no day of the exercise, fetched in 2026,
    about "the 2023 Coral Lantern exercise": the year its exercise lines write says which
    edition it is, so it joins the dated 2023 report instead of making a 2026 exercise."""

    stories = [
        (
            "Coral Lantern 2023 opens at Natal",
            "2023-11-06",
            "The multinational air exercise Coral Lantern 2023 began at Natal air base on Monday"
            " with fighters from Brazil, Chile and Peru.",
        ),
        (
            "Coral Lantern",
            None,
            "Fighters from Brazil, Chile and Peru flew together in the Coral Lantern air exercise"
            " at Natal air base in 2023, the largest edition of the series.",
        ),
    ]
    items = _detected_items(stories, "year.example")
    assert json.loads(items[1][1]["qualifiers"])["year"] == "2023"
    assert items[1][1]["start_date"] is None  # the detector's start_date stays a calendar day
    assert _years_resolved(tmp_path / "year.duckdb", items) == [(2023, 2)]
