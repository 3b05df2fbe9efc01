"""`drillwatch serve`: every deployment on its schedule in one process, no work pool.

Prefect's temporary (ephemeral) server cannot run schedules, so without `PREFECT_API_URL` this
starts a real local server (127.0.0.1, usage reporting off, old runs vacuumed), waits for its
health check, serves, and stops the server on exit. Schedules are not paused on shutdown: a
restart carries on, and a run missed meanwhile is harmless because a poll works from what is
due now.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

SERVER_ENV = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    # Housekeeping: the server's database grows with every run; vacuum old flow runs and events.
    "PREFECT_SERVER_SERVICES_DB_VACUUM_ENABLED": "events,flow_runs",
    "PREFECT_SERVER_SERVICES_DB_VACUUM_RETENTION_PERIOD": str(30 * 24 * 3600),
    "PREFECT_SERVER_EVENTS_RETENTION_PERIOD": "P30D",
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_healthy(api_url: str, timeout_s: float, process: subprocess.Popen | None = None) -> None:
    """Poll the server's health endpoint until it answers, the process dies, or time runs out."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the Prefect server exited with status {process.returncode}")
        try:
            if httpx.get(f"{api_url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"the Prefect server at {api_url} did not become healthy in {timeout_s}s")


@contextmanager
def local_prefect_server(
    home: Path, port: int | None = None, timeout_s: float = 90
) -> Iterator[str]:
    """Run `prefect server start` on 127.0.0.1 for the duration of the block; yields its API URL."""
    port = port or free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    home.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, **SERVER_ENV, "PREFECT_HOME": str(home)}
    env.pop("PREFECT_API_URL", None)
    log = open(home / "server.log", "ab")  # noqa: SIM115 - closed in finally
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "prefect",
            "server",
            "start",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_healthy(api_url, timeout_s, process)
        yield api_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


POLL_DEPLOYMENT = "poll-feeds/poll"


def _first_poll_now(api_url: str, timeout_s: float = 60.0) -> None:
    """Start one poll as soon as `serve` has registered the poll deployment.

    An interval schedule's first run comes one interval after registration (15 minutes by
    default), which leaves a new user looking at an empty warehouse; this asks for a run now.
    """
    from prefect.deployments import run_deployment

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            found = httpx.get(
                f"{api_url}/deployments/name/{POLL_DEPLOYMENT}", timeout=5
            ).status_code
        except httpx.HTTPError:
            found = 0
        if found == 200:
            run_deployment(POLL_DEPLOYMENT, timeout=0)
            return
        time.sleep(1)


def serve_all(feeds_file: str | None, db_path: str | None, poll_interval_s: int | None) -> None:
    """Serve every deployment of prefect.yaml (with overrides) until interrupted; the first
    poll starts at once, the next ones on the schedule."""
    import threading

    from prefect import serve
    from prefect.settings import PREFECT_API_URL

    from flows.deployments import apply_overrides, load_specs, to_runner_deployments

    specs = apply_overrides(
        load_specs(), feeds_file=feeds_file, db_path=db_path, poll_interval_s=poll_interval_s
    )
    api_url = os.environ.get("PREFECT_API_URL") or PREFECT_API_URL.value()
    poll = next((s for s in specs if s.name == "poll"), None)
    every = next((s["interval"] for s in (poll.schedules if poll else []) if "interval" in s), 0)
    print(
        f"The first poll starts now, then every {every // 60} minutes. To run one yourself from"
        f" another terminal:\n  PREFECT_API_URL={api_url} {Path(sys.executable).parent}/prefect"
        f" deployment run {POLL_DEPLOYMENT}",
        flush=True,
    )
    threading.Thread(target=_first_poll_now, args=(api_url,), daemon=True).start()
    serve(*to_runner_deployments(specs), pause_on_shutdown=False)
