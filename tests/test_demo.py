"""`drillwatch demo`: the bundled site through the whole chain, checked row by row."""

from __future__ import annotations

import duckdb
from conftest import drillwatch, free_port

COUNTS = """SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM feed_status),
    (SELECT count(*) FROM exercise_mentions), (SELECT count(*) FROM exercises)"""


def test_demo_fills_the_warehouse_with_the_right_rows(tmp_path, prefect_env):
    db = tmp_path / "demo.duckdb"
    port = str(free_port())
    result = drillwatch("demo", "--db", str(db), "--port", port, env=prefect_env)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.duckdb"]  # no feeds file beside
    with duckdb.connect(str(db), read_only=True) as conn:
        first = conn.execute(COUNTS).fetchone()
    again = drillwatch("demo", "--db", str(db), "--port", port, env=prefect_env)
    assert again.returncode == 0, again.stderr
    with duckdb.connect(str(db), read_only=True) as conn:
        assert conn.execute(COUNTS).fetchone() == first == (7, 2, 4, 3)  # a re-run adds nothing
        articles = conn.execute("SELECT count(*), count(*) FILTER (is_duplicate) FROM articles")
        assert articles.fetchone() == (7, 1)
        mentions = {
            row[0]: row[1:]
            for row in conn.execute(
                "SELECT title, name, phase, countries, start_date::VARCHAR, end_date::VARCHAR,"
                " host, troops, aircraft, ships"
                " FROM exercise_mentions WHERE duplicate_of IS NULL"
            ).fetchall()
        }
        exercises = conn.execute("SELECT count(*) FROM exercises").fetchone()[0]
    vostok = mentions["Russia to stage Vostok 2026 strategic drills with six partner states"]
    assert vostok[0] == "Vostok 2026" and vostok[1] == "announced"
    assert sorted(vostok[2]) == ["BY", "CN", "IN", "LA", "MN", "RU", "TJ"]  # not JP, US, UA
    assert vostok[3:] == ("2026-09-03", "2026-09-09", "RU", 42000, 120, 55)  # "in Tokyo": not host
    varuna = mentions["Indian and French navies wrap up Varuna off Goa"]
    assert varuna[1] == "concluded" and sorted(varuna[2]) == ["FR", "IN"]  # not PK
    baltic = mentions["Baltic air-defence drill called off as storm closes airfields"]
    assert baltic[1] == "cancelled" and sorted(baltic[2]) == ["EE", "LT", "LV"]
    assert "Coastal town rehearses tsunami evacuation" not in mentions
    assert exercises == 3
