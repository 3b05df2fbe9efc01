"""A local cluster for trying the lake: PostgreSQL, a Prefect server on it, N process workers.

`drillwatch cluster up` starts, in one directory (default data/cluster):

- a PostgreSQL server (flows/pgserver.py) holding two databases: `lake`, the DuckLake
  catalog, and `prefect`, the Prefect server's own database;
- `prefect server start` on 127.0.0.1 backed by that PostgreSQL;
- a work pool of type process and the two deployments of the sharded poll (`poll-shard`,
  whose runs the workers pick up, and `poll-sharded`, the coordinator);
- N `prefect worker start` processes, each in its own session so that stopping one stops the
  flow runs it spawned too.

Everything it started is recorded in cluster.json, which `down` reads to stop exactly those
processes (by process group id, SIGTERM, then SIGKILL after a grace period) and PostgreSQL.
The lake's Parquet files live in DIR/lake-data, so the lake outlives the cluster.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from flows.pgserver import PgServer
from flows.serve import SERVER_ENV, free_port, wait_healthy

REPO = Path(__file__).resolve().parents[1]
POOL = "drillwatch-lake"
STATE_FILE = "cluster.json"
GRACE_S = 20.0


@dataclass
class ClusterState:
    """What `up` started, as written to cluster.json."""

    root: str
    api_url: str
    lake: str
    lake_data: str
    server_pid: int
    worker_pids: list[int] = field(default_factory=list)

    def save(self) -> None:
        path = Path(self.root) / STATE_FILE
        path.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        path.chmod(0o600)

    @classmethod
    def load(cls, root: Path) -> ClusterState | None:
        path = Path(root) / STATE_FILE
        if not path.exists():
            return None
        return cls(**json.loads(path.read_text(encoding="utf-8")))


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # a zombie child of ours counts as gone
    with contextlib.suppress(ChildProcessError):
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done == pid:
            return False
    return True


def worker_env(state_or_api: str, lake_data: str) -> dict[str, str]:
    """Environment of workers and of the flow runs they spawn."""
    env = {**os.environ, **SERVER_ENV, "PREFECT_API_URL": state_or_api}
    if lake_data:
        env["DRILLWATCH_LAKE_DATA"] = lake_data
    env.pop("PREFECT_SERVER_DATABASE_CONNECTION_URL", None)
    return env


def _spawn(args: list[str], env: dict[str, str], log: Path) -> int:
    with open(log, "ab") as out:
        process = subprocess.Popen(
            args,
            env=env,
            cwd=REPO,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # its own process group: `down` stops it and its children
        )
    return process.pid


def _run_child(what: str, argv: list[str], env: dict[str, str], timeout_s: float) -> None:
    """Run a setup step in a child Python; a failure or a hang raises with the step's name and
    the end of what it printed, so `cluster up` says which step broke and why."""
    try:
        result = subprocess.run(
            argv, env=env, cwd=REPO, capture_output=True, text=True, timeout=timeout_s
        )
    except subprocess.TimeoutExpired as exc:
        raise RuntimeError(f"{what} did not finish within {timeout_s:.0f} s") from exc
    if result.returncode != 0:
        said = (result.stderr or result.stdout or "").strip()
        raise RuntimeError(f"{what} failed (exit {result.returncode}): {said[-400:]}")


def _prefect(env: dict[str, str], *args: str) -> None:
    _run_child(f"prefect {' '.join(args[:2])}", [sys.executable, "-m", "prefect", *args], env, 120)


def register_deployments(api_url: str, lake: str, lake_data: str) -> None:
    """The work pool and the two deployments of the sharded poll, in a child process (so this
    process's Prefect settings stay untouched)."""
    env = worker_env(api_url, lake_data)
    _prefect(env, "work-pool", "create", POOL, "--type", "process", "--overwrite")
    code = (
        "import sys\n"
        "from flows.poll import poll_feeds\n"
        "from flows.shard import poll_sharded\n"
        "repo, pool, lake = sys.argv[1:4]\n"
        "poll_feeds.from_source(repo, 'flows/poll.py:poll_feeds').deploy(\n"
        "    name='poll-shard', work_pool_name=pool, parameters={'db_path': lake},\n"
        "    build=False, push=False, print_next_steps=False)\n"
        "poll_sharded.from_source(repo, 'flows/shard.py:poll_sharded').deploy(\n"
        "    name='poll-sharded', work_pool_name=pool, parameters={'db_path': lake},\n"
        "    build=False, push=False, print_next_steps=False)\n"
    )
    _run_child(
        "registering deployments", [sys.executable, "-c", code, str(REPO), POOL, lake], env, 180
    )


def up(root: Path, workers: int, timeout_s: float = 180) -> ClusterState:
    """Start everything (or what is not running yet of an earlier cluster in `root`)."""
    root = root.resolve()
    root.mkdir(parents=True, exist_ok=True)
    previous = ClusterState.load(root)
    if previous and alive(previous.server_pid):
        raise RuntimeError(f"a cluster is already up in {root}: `drillwatch cluster down` first")
    pg = PgServer(root / "pg")
    pg.init()
    if not pg.running():
        pg.start()
    for name in ("lake", "prefect"):
        pg.create_database(name)
    lake = pg.lake_address("lake")
    lake_data = str(root / "lake-data") + "/"
    port = free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    home = root / "prefect"
    home.mkdir(exist_ok=True)
    server_env = {
        **os.environ,
        **SERVER_ENV,
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_DATABASE_CONNECTION_URL": pg.sqlalchemy_url("prefect"),
    }
    server_env.pop("PREFECT_API_URL", None)
    server_pid = _spawn(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1"]
        + ["--port", str(port)],
        server_env,
        root / "prefect-server.log",
    )
    state = ClusterState(str(root), api_url, lake, lake_data, server_pid)
    state.save()
    try:
        wait_healthy(api_url, timeout_s)
        register_deployments(api_url, lake, lake_data)
        env = worker_env(api_url, lake_data)
        for n in range(workers):
            state.worker_pids.append(
                _spawn(
                    [sys.executable, "-m", "prefect", "worker", "start", "--pool", POOL]
                    + ["--type", "process", "--name", f"drillwatch-worker-{n + 1}"],
                    env,
                    root / f"worker-{n + 1}.log",
                )
            )
            state.save()
    except BaseException:
        down(root)
        raise
    return state


def _stop_group(pid: int, grace_s: float) -> None:
    """SIGTERM the process group led by `pid`, SIGKILL it if it outlives the grace period."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace_s
    while time.monotonic() < deadline and alive(pid):
        time.sleep(0.2)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


def down(root: Path, grace_s: float = GRACE_S) -> list[str]:
    """Stop the workers, then the Prefect server, then PostgreSQL; returns what was stopped."""
    root = root.resolve()
    stopped: list[str] = []
    state = ClusterState.load(root)
    if state:
        for n, pid in enumerate(state.worker_pids, start=1):
            if alive(pid):
                _stop_group(pid, grace_s)
                stopped.append(f"worker {n} (pid {pid})")
        if alive(state.server_pid):
            _stop_group(state.server_pid, grace_s)
            stopped.append(f"Prefect server (pid {state.server_pid})")
        state.worker_pids = []
        state.save()
    if (root / "pg" / "data" / "PG_VERSION").exists():
        pg = PgServer(root / "pg")
        if pg.running():
            pg.stop()
            stopped.append("PostgreSQL")
    return stopped


def status(root: Path) -> dict:
    """Which of the recorded processes are running."""
    state = ClusterState.load(root.resolve())
    if state is None:
        return {"up": False}
    pg = PgServer(root.resolve() / "pg")
    return {
        "up": alive(state.server_pid),
        "api_url": state.api_url,
        "lake": state.lake,
        "lake_data": state.lake_data,
        "server": alive(state.server_pid),
        "workers": [alive(pid) for pid in state.worker_pids],
        "postgres": pg.running(),
    }
