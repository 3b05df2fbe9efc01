"""The sharded poll: feeds split by host, and the local cluster from `up` to `down`.

The cluster test is the whole thing as a user runs it: `drillwatch cluster up` (PostgreSQL, a
Prefect server on it, two process workers), `cluster poll` over feeds on two host names, then
`cluster down`, after which none of the processes it started may be left.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import drillwatch, write_feeds
from faultserver import FaultServer, delayed, respond

from flows.feedlist import FeedConfig
from flows.feedpoll import FeedJob
from flows.shard import shard_by_host

HOSTS = ("127.0.0.1", "localhost")


def job(url: str) -> FeedJob:
    return FeedJob(config=FeedConfig(name=url, url=url), state={})


def test_shards_never_split_a_host_and_balance_the_rest():
    urls = [f"https://big.example/{n}" for n in range(5)]
    urls += [f"https://h{n}.example/feed" for n in range(5)]
    urls += ["https://BIG.example:443/x"]
    groups = shard_by_host([job(u) for u in urls], 3)
    ids = {job(u).feed_id: u for u in urls}
    hosts = [{ids[i].split("/")[2].split(":")[0].lower() for i in g} for g in groups]
    assert sum(len(g) for g in groups) == len(urls)
    big = [h for h in hosts if "big.example" in h]
    assert len(big) == 1  # six feeds of one host: one shard
    assert sorted(len(g) for g in groups) == [2, 3, 6]
    assert shard_by_host([], 4) == []
    assert len(shard_by_host([job(u) for u in urls], 50)) == 6  # no more shards than hosts


def build_site(faults: FaultServer) -> list[str]:
    urls = []
    for h, host in enumerate(HOSTS):
        for f in range(2):
            base = faults.url("", host=host)
            items = "".join(
                f"<item><title>Story {h}-{f}-{n}</title><link>{base}/p/{h}/{f}/{n}.html</link>"
                f"<guid>{h}-{f}-{n}</guid></item>"
                for n in range(3)
            )
            body = f'<rss version="2.0"><channel><title>t</title>{items}</channel></rss>'
            urls.append(faults.route(f"/feed/{h}/{f}.xml", respond(body.encode()), host=host))
    page = b"<html><body><article><h1>Harbour</h1><p>" + b"The ferry ran late. " * 30
    page += b"</p></article></body></html>"
    faults.route("/p/*", delayed(0.1, respond(page, 200, "text/html")))
    return urls


@pytest.fixture
def cluster_dir(postgres) -> Iterator[Path]:
    """A directory the `postgres` user can reach when we are root (pytest's tmp_path is 0700)."""
    import os
    import pwd
    import shutil
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="drillwatch-cluster-", dir=tempfile.gettempdir()))
    if postgres.os_user:
        entry = pwd.getpwnam(postgres.os_user)
        os.chown(base, entry.pw_uid, entry.pw_gid)
    try:
        yield base / "cluster"
    finally:
        shutil.rmtree(base, ignore_errors=True)


def test_a_failing_or_hanging_setup_step_says_which_step_and_why():
    import os
    import sys

    from flows.cluster import _run_child

    env = dict(os.environ)
    failing = [sys.executable, "-c", "import sys; sys.exit('no work pool here')"]
    with pytest.raises(RuntimeError, match=r"creating the pool failed \(exit 1\): no work pool"):
        _run_child("creating the pool", failing, env, 30)
    hanging = [sys.executable, "-c", "import time; time.sleep(30)"]
    with pytest.raises(RuntimeError, match="registering did not finish within 1 s"):
        _run_child("registering", hanging, env, 1)
    _run_child("a step that works", [sys.executable, "-c", "print('ok')"], env, 30)


def test_cluster_up_poll_down(cluster_dir, faults, tmp_path):
    import os

    from flows.cluster import ClusterState, alive

    root = cluster_dir
    feeds = write_feeds(tmp_path / "feeds.yaml", build_site(faults))
    up = drillwatch("cluster", "up", "--dir", str(root), "--workers", "2")
    try:
        assert up.returncode == 0, up.stderr + up.stdout
        state = ClusterState.load(root)
        assert state is not None and len(state.worker_pids) == 2
        poll = drillwatch(
            "cluster", "poll", "--dir", str(root), "--feeds", str(feeds), "--allow-private-networks"
        )
        assert poll.returncode == 0, poll.stderr + poll.stdout
        assert "in 2 shards: 12 new articles" in " ".join(poll.stdout.split()), poll.stdout
        env = {"DRILLWATCH_LAKE_DATA": state.lake_data}
        count = drillwatch(
            "sql",
            "SELECT count(DISTINCT run_id) AS runs, count(*) AS n FROM core.poll_log",
            "--db",
            state.lake,
            "--format",
            "json",
            env=env,
        )
        assert json.loads(count.stdout) == {"runs": 2, "n": 4}, count.stderr
        # each shard run polled the feeds of exactly one host
        hosts = drillwatch(
            "sql",
            "SELECT run_id, count(DISTINCT split_part(request_url, '/', 3)) AS hosts"
            " FROM core.poll_log GROUP BY run_id",
            "--db",
            state.lake,
            "--format",
            "json",
            env=env,
        )
        assert all(json.loads(line)["hosts"] == 1 for line in hosts.stdout.splitlines())
        status = drillwatch("cluster", "status", "--dir", str(root))
        assert "workers: 2 of 2 running" in status.stdout
    finally:
        down = drillwatch("cluster", "down", "--dir", str(root))
    assert down.returncode == 0 and "PostgreSQL" in down.stdout, down.stderr
    assert not alive(state.server_pid)
    assert not any(alive(pid) for pid in state.worker_pids)
    assert not (Path(root) / "pg" / "data" / "postmaster.pid").exists()
    assert os.path.isdir(state.lake_data)  # the lake outlives the cluster
