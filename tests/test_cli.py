"""The `drillwatch` command as a user runs it: a real process, real server, real files."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import drillwatch, fixture_bytes, serve_fixture, serve_pages, write_feeds
from werkzeug import Request, Response

REPO = Path(__file__).resolve().parents[1]


def conditional(name: str, etag: str, base: str):
    body = fixture_bytes(name, base)

    def handler(request: Request) -> Response:
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        return Response(body, content_type="application/rss+xml", headers={"ETag": etag})

    return handler


def test_run_stores_once_then_gets_304s(server, tmp_path, prefect_env):
    base = server.url_for("/").rstrip("/")
    server.expect_request("/rss20.xml").respond_with_handler(conditional("rss20.xml", '"a1"', base))
    serve_fixture(server, "/atom.xml", "atom.xml")
    serve_pages(server)
    feeds = write_feeds(
        tmp_path / "feeds.yaml", [server.url_for("/rss20.xml"), server.url_for("/atom.xml")]
    )
    db = tmp_path / "dw.duckdb"
    args = ("run", "--feeds", str(feeds), "--db", str(db), "--allow-private-networks")
    first = drillwatch(*args, env=prefect_env)
    assert first.returncode == 0, first.stderr
    assert "5 new articles" in " ".join(first.stdout.split())
    count = drillwatch(
        "sql", "SELECT count(*) AS n FROM articles", "--db", str(db), "--format", "json"
    )
    assert json.loads(count.stdout) == {"n": 5}

    import duckdb

    with duckdb.connect(str(db)) as conn:
        conn.execute("UPDATE core.feeds SET next_poll_at = NULL")
    server.clear_log()
    second = drillwatch(*args, env=prefect_env)
    assert second.returncode == 0, second.stderr
    assert "0 new articles" in " ".join(second.stdout.split())
    statuses = {req.path: resp.status_code for req, resp in server.log}
    assert statuses["/rss20.xml"] == 304
    assert json.loads(
        drillwatch(
            "sql", "SELECT count(*) AS n FROM articles", "--db", str(db), "--format", "json"
        ).stdout
    ) == {"n": 5}

    listing = drillwatch("feeds", "list", "--feeds", str(feeds), "--db", str(db))
    assert listing.returncode == 0 and "not_modified" in listing.stdout


def test_bad_feeds_file_is_one_line_and_nonzero(tmp_path):
    bad = tmp_path / "feeds.yaml"
    bad.write_text("feeds:\n  - url: [unclosed\n")
    result = drillwatch("run", "--feeds", str(bad), "--db", str(tmp_path / "x.duckdb"))
    assert result.returncode == 2
    assert result.stderr.startswith("drillwatch: error:") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_unwritable_database_path_is_one_line(tmp_path, prefect_env):
    feeds = write_feeds(tmp_path / "feeds.yaml", ["http://127.0.0.1:9/feed.xml"])
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = drillwatch(
        "run", "--feeds", str(feeds), "--db", str(blocker / "sub" / "dw.duckdb"), env=prefect_env
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("drillwatch: error:") and "Traceback" not in result.stderr


def test_sql_errors_are_one_line(tmp_path):
    import duckdb

    db = tmp_path / "dw.duckdb"
    from warehouse import open_writer

    with open_writer(db):
        pass
    bad = drillwatch("sql", "SELECT nonexistent_column FROM articles", "--db", str(db))
    assert bad.returncode == 2 and "nonexistent_column" in bad.stderr
    assert bad.stderr.count("\n") == 1
    missing = drillwatch("sql", "SELECT 1", "--db", str(tmp_path / "absent.duckdb"))
    assert missing.returncode == 2 and "no warehouse" in missing.stderr
    ok = drillwatch("sql", "SELECT 42 AS answer", "--db", str(db), "--format", "csv")
    assert ok.stdout.splitlines() == ["answer", "42"]
    with duckdb.connect(str(db), read_only=True) as conn:
        assert conn.execute("SELECT count(*) FROM feed_status").fetchone() == (0,)


def test_opml_import_via_cli(tmp_path):
    opml = tmp_path / "export.opml"
    opml.write_text(
        '<opml version="2.0"><body><outline text="News" '
        'xmlUrl="https://news.example.org/rss"/></body></opml>'
    )
    feeds = tmp_path / "feeds.yaml"
    result = drillwatch("feeds", "import", str(opml), "--feeds", str(feeds))
    assert result.returncode == 0 and "added 1 feeds" in result.stdout
    assert "https://news.example.org/rss" in feeds.read_text()


# --- What users run next (issue 10, section 4) ----------------------------------------------


def _small_warehouse(path: Path) -> Path:
    from warehouse import open_writer

    with open_writer(path) as conn:
        conn.execute(
            "CREATE TABLE main.wide AS SELECT range AS id, repeat('word ', 60) AS long_text,"
            " ['EE', 'LV', 'LT'] AS countries, 'x' AS a, 'y' AS b, 'z' AS c FROM range(3)"
        )
    return path


def test_version():
    result = drillwatch("--version")
    assert result.returncode == 0 and result.stdout.startswith("drillwatch ")
    assert "detector exercise-rules-" in result.stdout


def test_wide_rows_print_one_record_per_block_on_a_narrow_terminal(tmp_path):
    db = _small_warehouse(tmp_path / "w.duckdb")
    result = drillwatch("sql", "--db", str(db), "SELECT * FROM wide", env={"COLUMNS": "80"})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert sum("record" in ln for ln in lines) == 3
    assert len(lines) == 3 * 7 and all(len(ln) <= 80 for ln in lines)  # a header + 6 columns
    narrow = drillwatch("sql", "--db", str(db), "SELECT id, a FROM wide", env={"COLUMNS": "80"})
    assert "┏" in narrow.stdout  # a table when it fits


def test_commands_with_nothing_to_do_start_no_prefect(tmp_path):
    """An unreachable PREFECT_API_URL: any Prefect use would fail; these answer without it."""
    db = _small_warehouse(tmp_path / "w.duckdb")
    env = {"PREFECT_API_URL": "http://127.0.0.1:9/api"}
    reprocess = drillwatch("reprocess", "--db", str(db), env=env)
    assert reprocess.returncode == 0 and "nothing to re-check" in reprocess.stdout, reprocess.stderr
    resolve = drillwatch("resolve", "--db", str(db), env=env)
    assert resolve.returncode == 0, resolve.stderr
    again = drillwatch("resolve", "--db", str(db), env=env)
    assert again.returncode == 0 and again.stdout.startswith("up to date"), again.stderr


def test_dotenv_and_toml_settings_are_read_and_checked(tmp_path):
    db = _small_warehouse(tmp_path / "w.duckdb")
    (tmp_path / ".env").write_text(f"DRILLWATCH_DB={db}\n", encoding="utf-8")
    result = drillwatch("sql", "SELECT count(*) AS n FROM wide", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"n": 3}
    (tmp_path / "drillwatch.toml").write_text("lock_wait = 5\n", encoding="utf-8")
    typo = drillwatch("--help", cwd=tmp_path)
    assert typo.returncode == 2 and typo.stderr.count("\n") == 1
    assert "unknown setting 'lock_wait' (did you mean 'lock_wait_s'?)" in typo.stderr
