"""`drillwatch trends`, `export`, `sql` over the exercise views, the HTML/PNG report and the
maintenance and report flows, on real DuckDB files: the resolution fixture, the demo warehouse
and a small synthetic warehouse.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb
import pytest
from test_resolution import load_fixture

from flows.cli import main
from flows.report_html import network_layout
from warehouse import open_reader
from warehouse.resolve import resolve_warehouse

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from bench_views import VIEWS, doc_queries  # noqa: E402
from synthetic import generate  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture
def fixture_db(tmp_path: Path) -> Path:
    db = tmp_path / "trends.duckdb"
    load_fixture(db)  # not resolved: `trends` must bring the exercises up to date itself
    return db


def run_cli(capsys, monkeypatch, *args: str) -> tuple[int, str, str]:
    monkeypatch.setenv("COLUMNS", "200")
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def squash(text: str) -> str:
    return " ".join(text.split())


def test_trends_table_by_host_participant_and_area(fixture_db, capsys, monkeypatch):
    code, out, _ = run_cli(capsys, monkeypatch, "trends", "--db", str(fixture_db))
    assert code == 0
    lines = {line.split("│")[1].strip(): line for line in out.splitlines() if "│" in line}
    assert re.search(r"│\s+2\s+│\s+5\s+│", lines["UA Ukraine"])  # two Sea Breezes, five mentions
    assert re.search(r"│\s+1\s+│\s+4\s+│", lines["US United States"])
    assert "4 exercises (3 named) from 11 mentions, 12 reports" in squash(out)
    code, out, _ = run_cli(
        capsys,
        monkeypatch,
        "trends",
        "--db",
        str(fixture_db),
        "--by",
        "participant",
        "--since",
        "2026-01-01",
    )
    rows = {line.split("│")[1].strip(): line for line in out.splitlines() if "│" in line}
    assert code == 0 and re.search(r"│\s+2\s+│", rows["US United States"])  # 2025 left out
    assert "BG Bulgaria" not in rows  # named by one of three reports: not a participant
    code, out, _ = run_cli(capsys, monkeypatch, "trends", "--db", str(fixture_db), "--by", "area")
    assert code == 0 and re.search(r"sea: Black Sea\s+│\s+2\s+│", out)
    assert "region: Eastern Europe" in out and "sea: Pacific Ocean" in out


def test_no_resolve_never_writes_and_says_so(fixture_db, capsys, monkeypatch):
    before = fixture_db.stat().st_mtime_ns
    code, out, err = run_cli(capsys, monkeypatch, "trends", "--db", str(fixture_db), "--no-resolve")
    assert code == 0 and "drillwatch resolve" in err and "0 exercises" in squash(out)
    assert fixture_db.stat().st_mtime_ns == before


def test_html_report_is_self_contained_and_its_specs_render(
    fixture_db, tmp_path, capsys, monkeypatch
):
    import vl_convert

    html_path = tmp_path / "report" / "trends.html"
    code, _, _ = run_cli(
        capsys, monkeypatch, "trends", "--db", str(fixture_db), "--html", str(html_path)
    )
    assert code == 0
    html = html_path.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=", html) and "<link" not in html
    assert "window.vegaEmbed=" in html  # the bundle is inline
    specs = json.loads(re.search(r"const specs = (\{.*?\});\n", html, re.S).group(1))
    assert sorted(specs) == ["chart-areas", "chart-largest", "chart-monthly", "chart-network"]
    for spec in specs.values():
        assert "<svg" in vl_convert.vegalite_to_svg(spec)  # valid Vega-Lite, offline
    nodes = specs["chart-network"]["layer"][1]["data"]["values"]
    assert {n["country"] for n in nodes} == {
        "AU",
        "CA",
        "EE",
        "GB",
        "IN",
        "JP",
        "KR",
        "LT",
        "LV",
        "RO",
        "UA",
        "US",
    }
    stacked = specs["chart-monthly"]["data"]["values"]
    assert {"month": "2025-07", "exercises": 1, "host": "Ukraine (UA)", "rank": 0} in stacked


def test_png_per_chart(fixture_db, tmp_path, capsys, monkeypatch):
    code, out, _ = run_cli(
        capsys, monkeypatch, "trends", "--db", str(fixture_db), "--png", str(tmp_path / "png")
    )
    assert code == 0
    files = sorted((tmp_path / "png").glob("trend-*.png"))
    assert [f.name for f in files] == [
        "trend-areas.png",
        "trend-largest.png",
        "trend-monthly.png",
        "trend-network.png",
    ]
    for f in files:
        head = f.read_bytes()[:24]
        assert head[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", head[16:24])
        assert width > 300 and height > 100


def test_network_layout_puts_partners_on_a_circle():
    nodes = [
        {"country": c, "region": r, "exercises": n}
        for c, r, n in (
            ("US", "Northern America", 5),
            ("JP", "Eastern Asia", 3),
            ("AU", "Australia and New Zealand", 2),
        )
    ]
    pairs = [{"a": "JP", "b": "US", "exercises": 3}, {"a": "AU", "b": "FR", "exercises": 1}]
    placed, edges = network_layout(nodes, pairs)
    assert all(abs(n["x"] ** 2 + n["y"] ** 2 - 1) < 1e-3 for n in placed)
    assert len({(n["x"], n["y"]) for n in placed}) == 3
    pos = {n["country"]: (n["x"], n["y"]) for n in placed}
    assert edges == [
        {
            "a": "JP",
            "b": "US",
            "exercises": 3,
            "x": pos["JP"][0],
            "y": pos["JP"][1],
            "x2": pos["US"][0],
            "y2": pos["US"][1],
        }
    ]


def test_export_writes_every_view_as_parquet_and_swaps_atomically(
    fixture_db, tmp_path, capsys, monkeypatch
):
    resolve_warehouse(fixture_db)
    dest = tmp_path / "out" / "export"
    export = ("export", "--db", str(fixture_db), "--to", str(dest))
    assert run_cli(capsys, monkeypatch, *export)[0] == 0
    manifest = json.loads((dest / "manifest.json").read_text())
    names = {t["name"]: t for t in manifest["tables"]}
    assert set(VIEWS) <= set(names) and "schema_migrations" in names
    assert {p.name for p in (dest / "articles").iterdir()} == {
        "export_month=2025-07",
        "export_month=2026-05",
        "export_month=2026-06",
        "export_month=2026-07",
        "export_month=2026-08",
    }
    with open_reader(fixture_db) as conn:
        expected = {v: conn.execute(f"SELECT count(*) FROM {v}").fetchall()[0][0] for v in VIEWS}
    for view, count in expected.items():
        files = str(dest / names[view]["files"])
        got = duckdb.sql(f"SELECT count(*) FROM read_parquet('{files}', hive_partitioning=true)")
        assert got.fetchall()[0][0] == count == names[view]["rows"], view
    ids = duckdb.sql(
        f"SELECT exercise_id FROM read_parquet('{dest}/exercises/*/*.parquet') ORDER BY 1"
    ).fetchall()
    assert [i[0] for i in ids][-3:] == ["rimpac-2026", "sea-breeze-2025", "sea-breeze-2026"]
    (dest / "stale.txt").write_text("from the previous export")
    assert run_cli(capsys, monkeypatch, *export)[0] == 0
    assert not (dest / "stale.txt").exists()
    assert sorted(p.name for p in dest.parent.iterdir()) == ["export"]  # no temp dirs left
    code, _, err = run_cli(
        capsys, monkeypatch, "export", "--db", str(fixture_db), "--to", str(tmp_path)
    )
    assert code == 2 and "not a drillwatch export" in err and (tmp_path / "out").exists()


def test_export_of_an_empty_warehouse_has_the_same_layout(tmp_path, capsys, monkeypatch):
    """A BI tool pointed at NAME/**/*.parquet must keep working once rows arrive."""
    from warehouse import open_writer

    db = tmp_path / "empty.duckdb"
    with open_writer(db):
        pass
    dest = tmp_path / "export"
    assert run_cli(capsys, monkeypatch, "export", "--db", str(db), "--to", str(dest))[0] == 0
    manifest = json.loads((dest / "manifest.json").read_text())
    for table in manifest["tables"]:
        files = sorted(dest.glob(f"{table['name']}/**/*.parquet"))
        assert files, table["name"]
        assert table["files"].startswith(f"{table['name']}/"), table
    assert [p.name for p in (dest / "articles").iterdir()] == ["export_month=none"]
    got = duckdb.sql(f"SELECT * FROM read_parquet('{dest}/articles/**/*.parquet')")
    assert got.fetchall() == [] and "url" in got.columns


def test_sql_command_reads_the_exercise_views(fixture_db, capsys, monkeypatch):
    resolve_warehouse(fixture_db)
    code, out, _ = run_cli(
        capsys,
        monkeypatch,
        "sql",
        "--db",
        str(fixture_db),
        "--format",
        "json",
        "SELECT exercise_id, lead_days FROM lead_time ORDER BY 1",
    )
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and {"exercise_id": "rimpac-2026", "lead_days": 37} in rows


def _every_view_and_command(db: Path, tmp: Path, capsys, monkeypatch) -> None:
    """What the acceptance asks of any warehouse: views, documented queries, commands."""
    assert run_cli(capsys, monkeypatch, "resolve", "--db", str(db))[0] == 0
    with open_reader(db) as conn:
        for view in VIEWS:
            conn.execute(f"SELECT * FROM {view}").fetchall()
        queries = doc_queries()
        assert len(queries) >= 10
        for sql in queries:
            conn.execute(sql).fetchall()
        exercises = conn.execute("SELECT count(*) FROM exercises").fetchall()[0][0]
    assert exercises > 0
    for by in ("host", "participant", "area"):
        assert run_cli(capsys, monkeypatch, "trends", "--db", str(db), "--by", by)[0] == 0
    assert (
        run_cli(
            capsys,
            monkeypatch,
            "trends",
            "--db",
            str(db),
            "--html",
            str(tmp / "r.html"),
            "--png",
            str(tmp / "png"),
        )[0]
        == 0
    )
    assert run_cli(capsys, monkeypatch, "export", "--db", str(db), "--to", str(tmp / "x"))[0] == 0
    assert len(list((tmp / "png").glob("*.png"))) == 4


def test_demo_warehouse_supports_every_view_and_command(
    tmp_path, prefect_harness, capsys, monkeypatch
):
    from rich.console import Console

    from flows.demo import run_demo

    db = tmp_path / "demo.duckdb"
    from conftest import free_port

    quiet = Console(file=open(os.devnull, "w"))  # noqa: SIM115
    assert run_demo(db, verbose=False, console=quiet, port=free_port()) == 0
    _every_view_and_command(db, tmp_path, capsys, monkeypatch)
    with open_reader(db) as conn:
        vostok = conn.execute(
            "SELECT mention_count, report_count FROM exercises WHERE series = 'Vostok'"
        ).fetchall()
    assert vostok == [(1, 2)]  # the syndicated copy is coverage, not a second mention


def test_synthetic_warehouse_supports_every_view_and_resolves_deterministically(
    tmp_path, capsys, monkeypatch
):
    db = tmp_path / "synthetic.duckdb"
    counts = generate(db, articles=6000, mentions=1500, seed=3)
    assert counts["mentions"] == 1500 and counts["copies"] > 0
    _every_view_and_command(db, tmp_path, capsys, monkeypatch)
    dump = "SELECT * FROM core.{} ORDER BY ALL"
    with open_reader(db) as conn:
        first = [
            conn.execute(dump.format(t)).fetchall()
            for t in ("exercises", "exercise_members", "exercise_evidence")
        ]
    resolve_warehouse(db, force=True)
    with open_reader(db) as conn:
        again = [
            conn.execute(dump.format(t)).fetchall()
            for t in ("exercises", "exercise_members", "exercise_evidence")
        ]
    assert again == first


def test_maintenance_flow_resolves_and_snapshots(fixture_db, tmp_path, prefect_harness):
    from flows.maintenance import maintenance

    snaps = tmp_path / "snapshots"
    (snaps / "keep-me").mkdir(parents=True)
    first = maintenance(str(fixture_db), str(snaps), keep=1)
    assert first["resolution"]["exercises"] == 4 and not first["resolution"]["skipped"]
    second = maintenance(str(fixture_db), str(snaps), keep=1)
    assert second["resolution"]["skipped"]
    written = [p for p in snaps.iterdir() if p.name != "keep-me"]
    assert len(written) == 1 and (written[0] / "manifest.json").exists()
    assert (snaps / "keep-me").exists()  # pruning only touches its own snapshots


def test_daily_report_flow_publishes_artifacts(fixture_db, prefect_harness):
    from prefect.artifacts import Artifact

    from flows.report import daily_report

    result = daily_report(str(fixture_db), days=3650)
    assert "| UA Ukraine | 2 | 5 |" in result["markdown"]
    assert "RIMPAC 2026 (29,000)" in result["markdown"]
    artifact = Artifact.get("daily-trend-report")
    assert artifact is not None and "Ukraine" in artifact.data
    table = Artifact.get("daily-trend-table")
    assert table is not None and "Ukraine" in str(table.data)


def test_trend_errors_are_one_line(tmp_path, fixture_db):
    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "flows", *args],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=REPO,
        )

    bad = run("trends", "--db", str(fixture_db), "--since", "yesterday")
    missing = run("trends", "--db", str(tmp_path / "none.duckdb"))
    for done in (bad, missing):
        assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert not (tmp_path / "none.duckdb").exists()


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium (apt install chromium)")
def test_report_renders_its_charts_in_headless_chromium(fixture_db, tmp_path, capsys, monkeypatch):
    html_path = tmp_path / "report.html"
    assert (
        run_cli(capsys, monkeypatch, "trends", "--db", str(fixture_db), "--html", str(html_path))[0]
        == 0
    )
    profile = tempfile.mkdtemp(prefix="dw-chromium-")
    try:
        done = subprocess.run(
            [
                str(CHROMIUM),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={profile}",
                "--enable-logging=stderr",
                "--v=0",
                "--virtual-time-budget=15000",
                "--dump-dom",
                html_path.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=180,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    dom = done.stdout
    assert 'data-charts="rendered"' in dom, done.stderr[-2000:]
    assert dom.count('data-rendered="true"') == 4
    assert dom.count("<svg") >= 4
    assert "drillwatch chart error" not in done.stderr
    assert not re.search(r'CONSOLE.*"(Uncaught|Error)', done.stderr)
