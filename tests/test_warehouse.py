"""The warehouse on real DuckDB files: migrations, idempotent batches, near-duplicates, views."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import duckdb
import pytest

from warehouse import WarehouseError, connect, open_writer
from warehouse.db import migration_files
from warehouse.writes import PollBatch, register_feeds, write_poll_batch

T0 = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def article(key: str, fingerprint: int | None, seen: datetime, feed: str = "f1") -> dict:
    return {
        "url_key": f"https://news.test/{key}",
        "url": f"https://news.test/{key}",
        "canonical_url": None,
        "feed_id": feed,
        "entry_key": key,
        "title": f"story {key}",
        "author": None,
        "sitename": "News",
        "language": "en",
        "published_at": seen,
        "first_seen_at": seen,
        "run_id": "run-1",
        "http_status": 200,
        "content_type": "text/html",
        "text": "body",
        "summary": "",
        "extraction_status": "full",
        "extraction_reason": None,
        "fingerprint": fingerprint,
        "duplicate_of": None,
        "word_count": 1,
    }


def test_migrations_apply_once_and_record_versions(db_path):
    with open_writer(db_path) as conn:
        versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations").fetchall()]
    assert versions == [v for v, _, _ in migration_files()]
    with open_writer(db_path) as conn:  # second open applies nothing and fails on nothing
        assert conn.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == len(versions)


def test_public_views_keep_their_columns(db_path):
    with open_writer(db_path) as conn:
        cols = {
            view: [r[0] for r in conn.execute(f"DESCRIBE {view}").fetchall()]
            for view in ("articles", "feed_status", "exercise_mentions")
        }
    assert cols["articles"][:6] == [
        "article_id",
        "url",
        "canonical_url",
        "title",
        "author",
        "sitename",
    ]
    assert {"last_outcome", "last_error", "next_poll_at", "failure_score"} <= set(
        cols["feed_status"]
    )
    assert {"name", "countries", "host", "start_date", "troops", "evidence"} <= set(
        cols["exercise_mentions"]
    )


def test_the_same_batch_twice_adds_nothing(db_path):
    batch = PollBatch(run_id="run-1", articles=[article("a", 1, T0), article("b", 2, T0)])
    with open_writer(db_path) as conn:
        first = write_poll_batch(conn, batch)
        second = write_poll_batch(conn, batch)
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (2,)
    assert (first.articles_added, second.articles_added) == (2, 0)


def test_near_duplicates_point_at_the_first_copy(db_path):
    base = 0x0123_4567_89AB_CDEF
    with open_writer(db_path) as conn:
        write_poll_batch(conn, PollBatch("r1", articles=[article("orig", base, T0)]))
        result = write_poll_batch(
            conn,
            PollBatch(
                "r2",
                articles=[
                    article("copy", base ^ 0b101, T0 + timedelta(hours=1), feed="f2"),  # 2 bits off
                    article(
                        "other", base ^ 0xFFFF_0000_0000, T0 + timedelta(hours=1)
                    ),  # 16 bits off
                    article("nofp", None, T0 + timedelta(hours=1)),
                ],
            ),
        )
        links = dict(
            conn.execute("SELECT article_id, duplicate_of FROM articles ORDER BY 1").fetchall()
        )
    assert result.duplicates_linked == 1
    assert links["https://news.test/copy"] == "https://news.test/orig"
    assert links["https://news.test/other"] is None and links["https://news.test/nofp"] is None


def test_register_feeds_refreshes_config_but_keeps_state(db_path):
    feed = {
        "feed_id": "f1",
        "name": "Old",
        "configured_url": "https://a.test/rss",
        "language": "en",
        "tags": ["x"],
        "interval_minutes": 30,
    }
    with open_writer(db_path) as conn:
        register_feeds(conn, [feed], T0)
        conn.execute("UPDATE core.feeds SET etag = '\"e1\"', failure_score = 2")
        register_feeds(conn, [{**feed, "name": "New", "interval_minutes": 60}], T0)
        row = conn.execute(
            "SELECT name, interval_minutes, etag, failure_score FROM core.feeds"
        ).fetchone()
    assert row == ("New", 60, '"e1"', 2.0)


def test_a_reader_cannot_see_a_half_written_batch(db_path):
    bad = PollBatch("r1", articles=[article("a", 1, T0), {**article("b", 2, T0), "title": None}])
    with open_writer(db_path) as conn:
        with pytest.raises(duckdb.Error):
            write_poll_batch(conn, bad)  # NOT NULL title fails the whole transaction
        assert conn.execute("SELECT count(*) FROM core.articles").fetchone() == (0,)


def test_opening_a_missing_file_read_only_is_a_clear_error(tmp_path):
    with pytest.raises(WarehouseError, match="no warehouse"):
        connect(tmp_path / "absent.duckdb", read_only=True)


def test_threads_opening_a_new_warehouse_at_once_all_get_it_migrated(tmp_path):
    """Two polls in one process (a worker running flows in threads) used to race on the
    migrations of a new file: both created the schema, and one died of a write-write conflict."""
    import threading

    for attempt in range(10):
        db = tmp_path / f"fresh-{attempt}.duckdb"
        start = threading.Barrier(4)
        errors: list[BaseException] = []

        def writer(db=db, start=start, errors=errors) -> None:
            start.wait()
            try:
                with open_writer(db) as conn:
                    conn.execute("SELECT count(*) FROM core.articles").fetchone()
            except BaseException as exc:  # noqa: BLE001 - collected for the assertion
                errors.append(exc)

        threads = [threading.Thread(target=writer) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
