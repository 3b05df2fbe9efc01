"""`drillwatch serve`: run the scheduled deployments in this process."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from flows.settings import get_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    serve = subparsers.add_parser(
        "serve", help="serve every deployment of prefect.yaml on its schedule (no work pool)"
    )
    serve.add_argument("--feeds", default=None, help="feeds file for the poll deployment")
    serve.add_argument("--db", default=None, help="warehouse file for every deployment")
    serve.add_argument(
        "--poll-interval",
        type=int,
        default=None,
        metavar="SECONDS",
        help="override the poll schedule (default: prefect.yaml, 900 s)",
    )
    serve.add_argument(
        "--prefect-home",
        default=None,
        help="where a self-started Prefect server keeps its database (default: data/prefect)",
    )
    serve.set_defaults(func=cmd_serve)


def cmd_serve(args: argparse.Namespace) -> int:
    from flows.serve import local_prefect_server, serve_all

    feeds = args.feeds
    db = args.db or str(get_settings().db)
    if feeds:
        from flows.feedlist import load_feeds

        load_feeds(feeds)
    if os.environ.get("PREFECT_API_URL"):
        serve_all(feeds, db, args.poll_interval)
        return 0
    from warehouse import is_lake

    base = Path("data") if is_lake(db) else Path(db).parent
    home = Path(args.prefect_home or base / "prefect")
    with local_prefect_server(home) as api_url:
        os.environ["PREFECT_API_URL"] = api_url
        print(
            f"Started a local Prefect server at {api_url} (UI: {api_url[:-4]}); "
            f"stopping it on exit.",
            flush=True,
        )
        serve_all(feeds, db, args.poll_interval)
    return 0
