"""prefect.yaml, `drillwatch serve` and alerts, against a real local Prefect API."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from conftest import serve_fixture, serve_pages, write_feeds
from pydantic import SecretStr

from flows.alerts import NewMention, post_webhook, webhook_payload
from flows.deployments import load_flow, load_specs
from flows.settings import Settings

REPO = Path(__file__).resolve().parents[1]


def test_prefect_yaml_entrypoints_import_and_parameters_validate():
    specs = {s.name: s for s in load_specs()}
    assert set(specs) == {"poll", "reprocess", "maintenance", "daily-report"}
    for spec in specs.values():
        flow = load_flow(spec.entrypoint)
        flow.validate_parameters(spec.parameters)  # raises on unknown or mistyped parameters
        assert spec.description and "drillwatch" in spec.tags
        assert spec.concurrency_limit == {"limit": 1, "collision_strategy": "CANCEL_NEW"}
    assert specs["poll"].schedules == [{"interval": 900}]
    assert specs["reprocess"].schedules == []
    assert all("cron" in s for s in specs["maintenance"].schedules)


def test_webhook_posts_slack_compatible_json_without_leaking_the_url(server, caplog):
    server.expect_request("/hook", method="POST").respond_with_data("ok")
    mention = NewMention(
        "a1",
        "https://news.example/x",
        "Navies drill",
        "Sea Shield 2026",
        "ongoing",
        ("ID", "MY"),
        "ID",
    )
    secret = server.url_for("/hook")
    settings = Settings(webhook_url=SecretStr(secret))
    assert post_webhook([mention], settings)
    body = json.loads(server.log[0][0].get_data())
    assert body["text"].startswith("drillwatch: 1 new military exercise mention")
    assert body["mentions"][0]["countries"] == ["ID", "MY"]
    assert secret not in repr(settings) and secret not in caplog.text
    server.clear()
    server.expect_request("/hook", method="POST").respond_with_data("no", status=500)
    assert not post_webhook([mention], settings)
    assert secret not in caplog.text
    assert len(webhook_payload([mention] * 12)["text"].splitlines()) == 12


def _api(prefect_api: str, path: str, body: dict | None = None):
    import httpx

    return httpx.post(f"{prefect_api}{path}", json=body or {}, timeout=10).json()


def _watch_output(process: subprocess.Popen, lines: list[str]) -> threading.Thread:
    def pump() -> None:
        for raw in process.stdout:
            lines.append(raw.decode(errors="replace"))

    thread = threading.Thread(target=pump, daemon=True)
    thread.start()
    return thread


def test_serve_runs_the_poll_on_schedule_while_readers_read(server, tmp_path):
    """The acceptance path: no PREFECT_API_URL, so serve starts (and stops) its own server."""
    serve_fixture(server, "/rss20.xml", "rss20.xml")
    serve_fixture(server, "/atom.xml", "atom.xml")
    serve_pages(server)
    server.expect_request("/hook", method="POST").respond_with_data("ok")
    feeds = write_feeds(
        tmp_path / "feeds.yaml", [server.url_for("/rss20.xml"), server.url_for("/atom.xml")]
    )
    db = tmp_path / "dw.duckdb"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env.update(
        {
            "DRILLWATCH_ALLOW_PRIVATE_NETWORKS": "1",
            "DRILLWATCH_WEBHOOK_URL": server.url_for("/hook"),
        }
    )
    serve = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "flows",
            "serve",
            "--feeds",
            str(feeds),
            "--db",
            str(db),
            "--prefect-home",
            str(tmp_path / "prefect"),
        ],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    output: list[str] = []
    _watch_output(serve, output)
    api = None
    reads, count = 0, 0
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and count < 5:
            if api is None:
                started = [ln for ln in output if "Started a local Prefect server at" in ln]
                if started:
                    api = started[0].split(" at ", 1)[1].split()[0]
            if db.exists():
                result = subprocess.run(
                    [
                        sys.executable,
                        "-m",
                        "flows",
                        "sql",
                        "SELECT count(*) AS n FROM articles",
                        "--db",
                        str(db),
                        "--format",
                        "json",
                    ],
                    capture_output=True,
                    text=True,
                    env=env,
                    cwd=REPO,
                    timeout=120,
                )
                if result.returncode == 0:
                    reads += 1
                    count = json.loads(result.stdout)["n"]
                else:
                    assert "no warehouse" in result.stderr or "Catalog Error" in result.stderr, (
                        result.stderr
                    )
            time.sleep(1)
        # The default schedule is every 15 minutes: these articles come from the first poll,
        # which serve starts at once.
        assert count == 5, "no first poll stored the articles in time:\n" + "".join(output[-30:])
        assert api is not None
        hint = [ln for ln in output if "deployment run poll-feeds/poll" in ln]
        assert hint and f"PREFECT_API_URL={api}" in hint[0], "".join(output[-30:])
        runs = _api(
            api,
            "/flow_runs/filter",
            {"deployments": {"name": {"any_": ["poll"]}}, "sort": "EXPECTED_START_TIME_DESC"},
        )
        assert any(r["state_type"] == "COMPLETED" for r in runs)
        artifacts = _api(
            api, "/artifacts/filter", {"artifacts": {"key": {"any_": ["poll-summary"]}}}
        )
        assert artifacts and artifacts[0]["type"] == "table"
        hooks = [json.loads(req.get_data()) for req, _ in server.log if req.path == "/hook"]
        assert hooks and hooks[0]["mentions"], "no webhook for the exercise article"
        deployments = _api(api, "/deployments/filter", {})
        names = {d["name"] for d in deployments}
        assert {"poll", "reprocess", "maintenance", "daily-report"} <= names
    finally:
        os.killpg(serve.pid, signal.SIGINT)
        try:
            serve.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(serve.pid, signal.SIGKILL)
            serve.wait()
    assert reads > 0
