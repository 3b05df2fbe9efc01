"""`drillwatch cluster up|poll|status|down`: the lake with N Prefect workers on this machine."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from rich.console import Console

DEFAULT_DIR = "data/cluster"


def register(subparsers: argparse._SubParsersAction) -> None:
    cluster = subparsers.add_parser(
        "cluster", help="a local lake cluster: PostgreSQL, a Prefect server, N workers"
    )
    actions = cluster.add_subparsers(dest="cluster_command", metavar="ACTION", required=True)

    def with_dir(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
        parser.add_argument(
            "--dir", default=DEFAULT_DIR, help="where the cluster keeps everything (%(default)s)"
        )
        return parser

    up = with_dir(actions.add_parser("up", help="start PostgreSQL, Prefect and N workers"))
    up.add_argument("--workers", type=int, default=2, help="process workers (%(default)s)")
    up.set_defaults(func=cmd_up)

    poll = with_dir(actions.add_parser("poll", help="one sharded poll on the cluster"))
    poll.add_argument("--feeds", default="feeds.yaml", help="feeds file (%(default)s)")
    poll.add_argument("--shards", type=int, default=None, help="default: one per worker")
    poll.add_argument("--all", dest="every_feed", action="store_true", help="poll every feed")
    poll.add_argument(
        "--allow-private-networks", action="store_true", default=None, help="tests, demos"
    )
    poll.set_defaults(func=cmd_poll)

    deploy = actions.add_parser(
        "deploy", help="register the work pool and sharded-poll deployments on PREFECT_API_URL"
    )
    deploy.add_argument("--db", required=True, help="the lake the workers write: ducklake:...")
    deploy.set_defaults(func=cmd_deploy)

    with_dir(actions.add_parser("status", help="what is running")).set_defaults(func=cmd_status)
    down = with_dir(actions.add_parser("down", help="stop the workers, Prefect and PostgreSQL"))
    down.set_defaults(func=cmd_down)


def register_lake(subparsers: argparse._SubParsersAction) -> None:
    lake = subparsers.add_parser("lake", help="DuckLake upkeep: compact files, expire snapshots")
    actions = lake.add_subparsers(dest="lake_command", metavar="ACTION", required=True)
    keep = actions.add_parser("upkeep", help="compact files, expire old snapshots, delete")
    keep.add_argument("--db", required=True, help="the lake: ducklake:postgres:... or ducklake:F")
    keep.add_argument(
        "--keep-days", type=int, default=7, help="keep snapshots this many days (%(default)s)"
    )
    keep.set_defaults(func=cmd_lake_upkeep)
    imp = actions.add_parser("import", help="copy a warehouse file into a new lake")
    imp.add_argument("file", help="the DuckDB warehouse file to copy")
    imp.add_argument("--db", required=True, help="the (new, empty) lake: ducklake:...")
    imp.set_defaults(func=cmd_lake_import)


def cmd_lake_import(args: argparse.Namespace) -> int:
    from flows.cli import CliError
    from flows.settings import get_settings
    from warehouse import is_lake, open_reader, open_writer
    from warehouse.lake_upkeep import import_file

    if not is_lake(args.db):
        raise CliError("--db must be a lake (ducklake:...)")
    with open_reader(args.file):
        pass  # a missing, locked or foreign file fails here, in one line
    with open_writer(args.db, lock_wait_s=get_settings().lock_wait_s) as conn:
        try:
            copied = import_file(conn, str(Path(args.file).resolve()))
        except ValueError as exc:
            raise CliError(str(exc)) from exc
    total = sum(copied.values())
    print(f"copied {total} rows from {args.file} into the lake ({len(copied)} tables):")
    for name, rows in copied.items():
        print(f"  core.{name}: {rows}")
    return 0


def cmd_lake_upkeep(args: argparse.Namespace) -> int:
    from flows.cli import CliError
    from flows.settings import get_settings
    from warehouse import is_lake, open_writer, warehouse_exists
    from warehouse.lake_upkeep import upkeep

    if not is_lake(args.db):
        raise CliError("--db must be a lake (ducklake:...); a warehouse file needs no upkeep")
    if args.keep_days < 0:
        raise CliError("--keep-days must be 0 or more")
    if not warehouse_exists(args.db):
        raise CliError("no lake there yet: run `drillwatch run --db ...` first")
    with open_writer(args.db, lock_wait_s=get_settings().lock_wait_s) as conn:
        result = upkeep(conn, args.keep_days)
    print(
        f"{result.files_before} -> {result.files_after} Parquet files"
        f" ({result.bytes_after} bytes), {result.snapshots_expired} snapshots expired,"
        f" {result.files_deleted} files deleted; current snapshot {result.snapshot}"
    )
    return 0


def _state(directory: str):
    from flows.cli import CliError
    from flows.cluster import ClusterState, alive

    state = ClusterState.load(Path(directory))
    if state is None or not alive(state.server_pid):
        raise CliError(f"no cluster is up in {directory}: run `drillwatch cluster up` first")
    return state


def cmd_up(args: argparse.Namespace) -> int:
    from flows.cli import CliError
    from flows.cluster import up
    from flows.pgserver import PostgresUnavailable

    if args.workers < 1:
        raise CliError("--workers must be at least 1")
    console = Console()
    try:
        with console.status("Starting PostgreSQL, the Prefect server and the workers ..."):
            state = up(Path(args.dir), args.workers)
    except (PostgresUnavailable, RuntimeError) as exc:
        raise CliError(str(exc)) from exc
    console.print(f"Prefect server: {state.api_url} (UI: {state.api_url[:-4]})", highlight=False)
    console.print(f"Lake: {state.lake}", highlight=False)
    console.print(f"Lake data: {state.lake_data}", highlight=False)
    workers = len(state.worker_pids)
    console.print(f"Workers: {workers} on work pool drillwatch-lake", highlight=False)
    console.print(
        f"Next: drillwatch cluster poll --dir {args.dir} --feeds feeds.yaml;"
        f" stop with drillwatch cluster down --dir {args.dir}",
        highlight=False,
    )
    return 0


def cmd_poll(args: argparse.Namespace) -> int:
    from flows.cli import CliError
    from flows.cli_poll import _quiet_prefect
    from flows.feedlist import load_feeds

    state = _state(args.dir)
    load_feeds(args.feeds)
    shards = args.shards or max(1, len(state.worker_pids))
    if shards < 1:
        raise CliError("--shards must be at least 1")
    os.environ["PREFECT_API_URL"] = state.api_url
    os.environ["DRILLWATCH_LAKE_DATA"] = state.lake_data
    _quiet_prefect(False)
    from flows.shard import poll_sharded

    summary = poll_sharded(
        feeds_file=str(Path(args.feeds).resolve()),
        db_path=state.lake,
        shards=shards,
        allow_private_networks=args.allow_private_networks,
        every_feed=args.every_feed,
    )
    from flows.tables import print_rows

    console = Console()
    print_rows(
        console,
        ("shard run", "state", "feeds", "polled", "failed", "new articles"),
        [
            (r["run_id"][:8], r["state"], r["feeds_assigned"], r["feeds"], r["failed"])
            + (r["articles_new"],)
            for r in summary["shards"]
        ],
        title="Sharded poll",
    )
    console.print(
        f"{summary['feeds_due']} of {summary['feeds_configured']} feeds due, in"
        f" {len(summary['shards'])} shards: {summary['articles_added']} new articles;"
        f" {summary['failed_shards']} shard runs not completed."
    )
    return 1 if summary["failed_shards"] else 0


def cmd_deploy(args: argparse.Namespace) -> int:
    """For workers on several machines: the pool and deployments on an existing server."""
    from flows.cli import CliError
    from flows.cluster import POOL, register_deployments
    from warehouse import describe, is_lake

    api_url = os.environ.get("PREFECT_API_URL")
    if not api_url:
        raise CliError("set PREFECT_API_URL to the Prefect server the workers use")
    if not is_lake(args.db):
        raise CliError("--db must be a lake (ducklake:...): workers on several machines share it")
    try:
        register_deployments(api_url, args.db, os.environ.get("DRILLWATCH_LAKE_DATA", ""))
    except RuntimeError as exc:
        raise CliError(str(exc)) from exc
    print(
        f"work pool {POOL} and deployments poll-feeds/poll-shard, poll-sharded/poll-sharded"
        f" registered on {api_url} for {describe(args.db)}"
    )
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from flows.cluster import status

    info = status(Path(args.dir))
    if not info.get("up") and "server" not in info:
        print(f"no cluster in {args.dir}")
        return 0
    workers = info["workers"]
    print(f"Prefect server: {'up' if info['server'] else 'down'} ({info['api_url']})")
    print(f"workers: {sum(workers)} of {len(workers)} running")
    print(f"PostgreSQL: {'up' if info['postgres'] else 'down'}")
    print(f"lake: {info['lake']}  data: {info['lake_data']}")
    return 0


def cmd_down(args: argparse.Namespace) -> int:
    from flows.cluster import down

    stopped = down(Path(args.dir))
    print("stopped: " + (", ".join(stopped) if stopped else "nothing was running"))
    return 0
