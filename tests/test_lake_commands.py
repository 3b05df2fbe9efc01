"""Every command on a DuckLake with a real Postgres catalog; sql stays locked down there.

The demo fills the lake once (module fixture); the commands then run as a user would run
them, in fresh processes, on the same address.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pytest
from conftest import drillwatch, free_port

from warehouse.lake import LakeError, mask, parse, translate


def test_addresses_parse_and_passwords_never_show(tmp_path, monkeypatch):
    monkeypatch.setenv("DRILLWATCH_LAKE_DATA", str(tmp_path / "d"))
    pg = parse("ducklake:postgres:dbname=lake host=db.internal password=s3cret user=dw")
    assert pg.is_postgres and pg.data_path == str(tmp_path / "d") + "/"
    assert "s3cret" not in pg.display and "password=***" in pg.display
    assert mask("password='a b' host=x") == "password=*** host=x"
    local = parse(f"ducklake:{tmp_path}/w.ducklake", data_path="s3://bucket/lake")
    assert local.catalog_file == tmp_path / "w.ducklake" and local.data_path == "s3://bucket/lake/"
    with pytest.raises(LakeError, match="not supported"):
        parse("ducklake:sqlite:x.db")
    with pytest.raises(LakeError, match="conninfo"):
        parse("ducklake:postgres:")


def test_migrations_lose_their_keys_on_a_lake_and_nothing_else():
    sql = "CREATE TABLE t (a VARCHAR PRIMARY KEY, b INT NOT NULL, PRIMARY KEY (a, b));"
    assert translate(sql) == "CREATE TABLE t (a VARCHAR, b INT NOT NULL);"


def test_extensions_come_from_the_installed_packages_and_never_download():
    from warehouse import extensions

    config = extensions.offline_config()
    assert config["autoinstall_known_extensions"] is False
    assert config["autoload_known_extensions"] is False
    root = Path(config["extension_directory"])
    for name, (package, _file) in extensions.PACKAGED.items():
        if name in extensions.OPTIONAL:
            continue
        link = (
            root / extensions.duckdb_version() / extensions.platform() / f"{name}.duckdb_extension"
        )
        assert link.resolve() == extensions.packaged_file(name).resolve()
        assert package in str(link.resolve())


@pytest.fixture(scope="module")
def filled_lake(postgres, tmp_path_factory, prefect_harness):
    """A lake filled by `drillwatch demo` (run in a child process, as a user would)."""
    from prefect.settings import PREFECT_API_URL

    name = f"lake_{uuid.uuid4().hex[:10]}"
    postgres.create_database(name)
    data = tmp_path_factory.mktemp("lake") / "data"
    env = {"DRILLWATCH_LAKE_DATA": str(data), "PREFECT_API_URL": PREFECT_API_URL.value()}
    address = postgres.lake_address(name)
    demo = drillwatch("demo", "--db", address, "--port", str(free_port()), env=env)
    assert demo.returncode == 0, demo.stderr
    assert "password" not in demo.stdout
    yield address, env, data
    postgres.drop_database(name)


def sql(address: str, env: dict, query: str, *extra: str):
    return drillwatch("sql", query, "--db", address, "--format", "json", *extra, env=env)


def rows(result) -> list[dict]:
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_every_command_works_on_the_lake(filled_lake, tmp_path):
    address, env, _data = filled_lake
    counts = rows(
        sql(address, env, "SELECT count(*) AS n, count(DISTINCT article_id) AS d FROM articles")
    )
    assert counts == [{"n": 7, "d": 7}]
    assert rows(sql(address, env, "SELECT count(*) AS n FROM exercise_mentions"))[0]["n"] >= 3
    resolve = drillwatch("resolve", "--db", address, "--force", env=env)
    assert resolve.returncode == 0 and "exercises" in resolve.stdout, resolve.stderr
    trends = drillwatch("trends", "--db", address, "--by", "participant", env=env)
    assert trends.returncode == 0 and "Exercises by participant" in trends.stdout, trends.stderr
    export = drillwatch("export", "--db", address, "--to", str(tmp_path / "out"), env=env)
    assert export.returncode == 0, export.stderr
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert {t["name"]: t["rows"] for t in manifest["tables"]}["articles"] == 7
    assert "password" not in manifest["source"]
    reprocess = drillwatch("reprocess", "--db", address, env=env)
    assert reprocess.returncode == 0 and "nothing to re-check" in reprocess.stdout
    listing = drillwatch("feeds", "list", "--db", address, env=env)
    assert listing.returncode == 0, listing.stderr
    upkeep = drillwatch("lake", "upkeep", "--db", address, env=env)
    assert upkeep.returncode == 0 and "Parquet files" in upkeep.stdout, upkeep.stderr


def test_time_travel_reads_the_numbers_of_an_earlier_snapshot(filled_lake, monkeypatch):
    from warehouse import open_writer

    address, env, data = filled_lake
    before = rows(sql(address, env, "SELECT id FROM ducklake_current_snapshot('lake')"))[0]["id"]
    count = rows(sql(address, env, "SELECT count(*) AS n FROM core.exercise_mentions"))[0]["n"]
    monkeypatch.setenv("DRILLWATCH_LAKE_DATA", str(data))
    with open_writer(address) as conn:
        conn.execute(
            "DELETE FROM core.exercise_mentions WHERE url_key IN"
            " (SELECT url_key FROM core.exercise_mentions LIMIT 1)"
        )
    now = rows(sql(address, env, "SELECT count(*) AS n FROM exercise_mentions"))[0]["n"]
    assert now == count - 1
    pinned = sql(
        address, env, "SELECT count(*) AS n FROM exercise_mentions", "--snapshot", str(before)
    )
    assert rows(pinned)[0]["n"] == count
    at = sql(
        address, env, f"SELECT count(*) AS n FROM core.exercise_mentions AT (VERSION => {before})"
    )
    assert rows(at)[0]["n"] == count


@pytest.mark.parametrize(
    "query, says",
    [
        ("INSERT INTO core.feeds (feed_id) VALUES ('x')", "refused"),
        ("DELETE FROM core.articles", "refused"),
        ("COPY core.articles TO '{data}/evil.parquet'", "refused: COPY"),
        ("ATTACH '/tmp/other.duckdb' AS other", "refused: ATTACH"),
        ("CALL ducklake_expire_snapshots('lake', older_than => now())", "refused"),
        ("SET enable_external_access = true", "refused: SET"),
        ("INSTALL httpfs", "refused: INSTALL"),
        ("SELECT * FROM read_csv('/etc/passwd')", "Permission Error"),
        ("SELECT * FROM read_text('{data}/../../secret.txt')", "Permission Error"),
    ],
)
def test_sql_on_the_lake_stays_locked_down(filled_lake, query, says):
    address, env, data = filled_lake
    result = sql(address, env, query.format(data=data))
    assert result.returncode == 2, result.stdout
    assert says in result.stderr and "Traceback" not in result.stderr


def test_sql_on_the_lake_reads_its_own_parquet_files(filled_lake):
    address, env, data = filled_lake
    files = rows(sql(address, env, f"SELECT count(*) AS n FROM glob('{data}/**/*.parquet')"))
    assert files[0]["n"] >= 1


def test_a_lake_that_does_not_exist_is_one_line(postgres, tmp_path):
    env = {"DRILLWATCH_LAKE_DATA": str(tmp_path / "d")}
    result = drillwatch("sql", "SELECT 1", "--db", postgres.lake_address("postgres"), env=env)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith("drillwatch: error: no lake at"), result.stderr


def test_the_maintenance_flow_compacts_and_snapshots_a_lake(filled_lake, tmp_path, monkeypatch):
    from flows.maintenance import maintenance

    address, _env, data = filled_lake
    monkeypatch.setenv("DRILLWATCH_LAKE_DATA", str(data))
    summary = maintenance(db_path=address, snapshot_dir=str(tmp_path / "snap"), keep=2)
    assert summary["lake"]["files_after"] >= 1
    assert summary["snapshot"]["rows"] > 0
    assert (Path(summary["snapshot"]["path"]) / "manifest.json").exists()


def test_a_warehouse_file_imports_into_a_new_lake_once(lake, tmp_path):
    from datetime import UTC, datetime

    from warehouse import open_writer
    from warehouse.writes import PollBatch, register_feeds, write_poll_batch

    now = datetime.now(UTC)
    source = tmp_path / "dw.duckdb"
    feed = {
        "feed_id": "f1",
        "name": "Feed",
        "configured_url": "https://example.org/feed",
        "language": "en",
        "tags": ["a"],
        "interval_minutes": 30,
    }
    article = {name: None for name in ARTICLE_FIELDS} | {
        "url_key": "https://example.org/a",
        "url": "https://example.org/a",
        "feed_id": "f1",
        "entry_key": "e1",
        "title": "A",
        "first_seen_at": now,
        "run_id": "r",
        "text": "text",
        "summary": "",
        "extraction_status": "full",
        "word_count": 1,
    }
    with open_writer(source) as conn:
        register_feeds(conn, [feed], now)
        write_poll_batch(conn, PollBatch(run_id="r", articles=[article]))
    env = {"DRILLWATCH_LAKE_DATA": os.environ["DRILLWATCH_LAKE_DATA"]}
    first = drillwatch("lake", "import", str(source), "--db", lake, env=env)
    assert first.returncode == 0, first.stderr
    assert "core.articles: 1" in first.stdout and "core.feeds: 1" in first.stdout
    counts = rows(
        sql(
            lake,
            env,
            "SELECT (SELECT count(*) FROM articles) AS a,"
            " (SELECT count(*) FROM core.country_regions) AS r",
        )
    )
    with open_writer(source) as conn:
        regions = conn.execute("SELECT count(*) FROM core.country_regions").fetchone()[0]
    assert counts == [{"a": 1, "r": regions}]
    again = drillwatch("lake", "import", str(source), "--db", lake, env=env)
    assert again.returncode == 2 and "already holds" in again.stderr


ARTICLE_FIELDS = [f.name for f in __import__("warehouse.tables").tables.ARTICLES]


def test_object_storage_without_its_extension_package_is_one_line(tmp_path):
    env = {"DRILLWATCH_LAKE_DATA": "s3://bucket/lake"}
    result = drillwatch("run", "--db", f"ducklake:{tmp_path}/x.ducklake", env=env)
    if "httpfs" not in result.stderr:
        pytest.skip("duckdb-extension-httpfs is installed here")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "pip install duckdb-extension-httpfs" in result.stderr
