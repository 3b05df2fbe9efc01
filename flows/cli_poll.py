"""`drillwatch run`, `demo`, `feeds list`, `feeds import` and `reprocess`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

from flows.settings import get_settings


def _quiet_prefect(verbose: bool) -> None:
    """Keep the terminal to our summary: Prefect's console logs (and the tracebacks it prints
    for failed tasks) only with --verbose. Logs sent to a Prefect API are unaffected."""
    if not verbose:
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
        for handler in ("CONSOLE", "CONSOLE_FLOW_RUNS", "CONSOLE_TASK_RUNS"):
            os.environ.setdefault(f"PREFECT_LOGGING_HANDLERS_{handler}_LEVEL", "CRITICAL")


def _common(parser: argparse.ArgumentParser, feeds: bool = True) -> None:
    settings = get_settings()
    if feeds:
        parser.add_argument(
            "--feeds", default=str(settings.feeds), help="feeds file (YAML); default: %(default)s"
        )
    parser.add_argument(
        "--db",
        default=str(settings.db),
        help="warehouse file or ducklake: address; default: %(default)s (env DRILLWATCH_DB)",
    )


def _target(db: str) -> str | Path:
    """The --db value as the warehouse takes it: a lake address stays a string."""
    from warehouse import is_lake

    return db if is_lake(db) else Path(db)


def register(subparsers: argparse._SubParsersAction) -> None:
    run = subparsers.add_parser("run", help="run one poll cycle over the due feeds")
    _common(run)
    run.add_argument(
        "--allow-private-networks",
        action="store_true",
        default=None,
        help="allow feeds on loopback/private addresses (tests, demos)",
    )
    run.add_argument(
        "--all",
        dest="every_feed",
        action="store_true",
        help="poll every active feed now, whatever its schedule or backoff",
    )
    run.add_argument("-v", "--verbose", action="store_true", help="show Prefect's logs")
    run.set_defaults(func=cmd_run)

    demo = subparsers.add_parser("demo", help="poll a bundled sample site served on 127.0.0.1")
    demo.add_argument(
        "--db", default="data/demo.duckdb", help="warehouse file or ducklake: address; %(default)s"
    )
    demo.add_argument(
        "--port", type=int, default=8737, help="127.0.0.1 port of the sample site (%(default)s)"
    )
    demo.add_argument("-v", "--verbose", action="store_true")
    demo.set_defaults(func=cmd_demo)

    feeds = subparsers.add_parser("feeds", help="list or import feeds")
    feeds_sub = feeds.add_subparsers(dest="feeds_command", metavar="ACTION", required=True)
    listing = feeds_sub.add_parser("list", help="each configured feed and its polling state")
    _common(listing)
    listing.set_defaults(func=cmd_feeds_list)
    imp = feeds_sub.add_parser("import", help="add the feeds of an OPML export to the feeds file")
    imp.add_argument("opml", help="OPML file exported by a feed reader")
    imp.add_argument("--feeds", default=str(get_settings().feeds), help="feeds file to extend")
    imp.set_defaults(func=cmd_feeds_import)

    rep = subparsers.add_parser("reprocess", help="re-run the detector over stored articles")
    _common(rep, feeds=False)
    rep.add_argument(
        "--all",
        action="store_true",
        help="re-check every article, not only those of older detector versions",
    )
    rep.add_argument("-v", "--verbose", action="store_true")
    rep.set_defaults(func=cmd_reprocess)


def print_summary(summary, console: Console) -> None:
    """The run summary table: one line per polled feed, then the totals.

    Reasons are cut to two lines of their column (the whole text is in `feeds list` and in
    feed_status), so thirty failing feeds on an 80-column terminal stay readable."""
    from flows.tables import shorten

    table = Table(title=f"Poll {summary.run_id[:8]}", show_lines=False)
    table.add_column("feed", no_wrap=True, overflow="ellipsis", max_width=18)
    table.add_column("outcome", no_wrap=True)
    table.add_column("HTTP", no_wrap=True)
    table.add_column("new", justify="right", no_wrap=True)
    table.add_column("reason", overflow="fold", ratio=1)
    reason_width = max(console.width - 18 - 12 - 4 - 7 - 3 * 5 - 1, 16)
    style = {
        "ok": "green",
        "not_modified": "cyan",
        "unchanged": "cyan",
        "error": "red",
        "gone": "yellow",
    }
    for feed in summary.feeds:
        table.add_row(
            feed.name,
            f"[{style.get(feed.outcome, '')}]{feed.outcome}[/]",
            str(feed.status or "-"),
            f"{feed.entries_new}/{feed.articles_new}",
            shorten(feed.error or "", 2 * reason_width),
        )
    console.print(table)
    console.print(
        "[dim]new: entries/articles"
        + ("; full reasons: drillwatch feeds list" if summary.count("error") else "")
        + "[/dim]"
    )
    console.print(
        f"{summary.feeds_due} of {summary.feeds_configured} feeds due and polled: "
        f"{summary.count('ok')} with new content, "
        f"{summary.count('not_modified') + summary.count('unchanged')} not modified, "
        f"{summary.count('error')} failed, {summary.count('gone')} gone; "
        f"{summary.articles_added} new articles, {summary.mentions_added} exercise mentions, "
        f"{summary.duplicates_linked} near-duplicates linked."
    )
    if summary.pages_refused_by_robots:
        console.print(
            f"{summary.pages_refused_by_robots} pages not fetched: robots.txt disallows them"
            " (their feed entries are stored; see docs/settings.md, robots.txt)."
        )
    if summary.feeds_due == 0 and summary.feeds_configured:
        console.print(
            "No feed is due yet (each waits for its interval or backoff);"
            " `drillwatch run --all` polls every active feed now."
        )


def run_poll(
    feeds: str,
    db: str,
    allow_private: bool | None,
    verbose: bool,
    console: Console,
    every_feed: bool = False,
):
    """Run the poll flow with a spinner on terminals."""
    from flows.feedlist import load_feeds
    from warehouse import ensure_writable

    load_feeds(feeds)  # a broken feeds file or database path is reported before Prefect starts
    ensure_writable(db)
    _quiet_prefect(verbose)
    from flows.poll import poll_feeds

    if console.is_terminal and not verbose:
        with console.status(f"Polling feeds from {feeds} ..."):
            return poll_feeds(
                feeds_file=feeds,
                db_path=db,
                allow_private_networks=allow_private,
                every_feed=every_feed,
            )
    return poll_feeds(
        feeds_file=feeds, db_path=db, allow_private_networks=allow_private, every_feed=every_feed
    )


def cmd_run(args: argparse.Namespace) -> int:
    console = Console()
    summary = run_poll(
        args.feeds, args.db, args.allow_private_networks, args.verbose, console, args.every_feed
    )
    print_summary(summary, console)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from flows.cli import CliError
    from flows.demo import DemoPortBusyError, run_demo

    if not 0 < args.port < 65536:
        raise CliError(f"--port {args.port}: not a TCP port")
    try:
        return run_demo(_target(args.db), verbose=args.verbose, console=Console(), port=args.port)
    except DemoPortBusyError as exc:
        raise CliError(str(exc)) from exc


def cmd_feeds_list(args: argparse.Namespace) -> int:
    from flows.feedlist import load_feeds
    from warehouse import open_reader, warehouse_exists

    feeds = load_feeds(args.feeds)
    states: dict[str, tuple] = {}
    if warehouse_exists(args.db):
        with open_reader(args.db) as conn:
            rows = conn.execute(
                "SELECT feed_id, url, active, last_outcome, last_status, last_error,"
                " last_polled_at, next_poll_at, articles_total FROM feed_status"
            ).fetchall()
        states = {r[0]: r for r in rows}
    table = Table(title=f"Feeds in {args.feeds}")
    for col in ("name", "url", "state", "last poll", "next poll", "articles", "last error"):
        table.add_column(col, overflow="fold")
    for feed in feeds:
        row = states.get(feed.feed_id)
        if row is None:
            table.add_row(feed.name, feed.url, "never polled", "-", "-", "0", "")
            continue
        state = "retired" if not row[2] else f"{row[3]} ({row[4] or '-'})"
        table.add_row(
            feed.name,
            row[1],
            state,
            row[6].strftime("%Y-%m-%d %H:%M") if row[6] else "-",
            row[7].strftime("%Y-%m-%d %H:%M") if row[7] else "-",
            str(row[8]),
            row[5] or "",
        )
    Console().print(table)
    return 0


def cmd_feeds_import(args: argparse.Namespace) -> int:
    from flows.feedlist import import_opml

    added, skipped = import_opml(args.opml, args.feeds)
    print(f"added {added} feeds to {args.feeds} ({skipped} already present or invalid)")
    return 0


def cmd_reprocess(args: argparse.Namespace) -> int:
    from extractors.exercise import DETECTOR_VERSION
    from warehouse import WarehouseError, describe, is_lake, open_writer, warehouse_exists
    from warehouse.reprocess import stale_article_keys

    if not (is_lake(args.db) or Path(args.db).is_file()) or not warehouse_exists(args.db):
        raise WarehouseError(
            f"no warehouse at {describe(args.db)}: run `drillwatch run` or `drillwatch demo` first"
        )
    # Nothing to re-check is answered here, in a fraction of a second, without starting the
    # temporary Prefect server (about 10 s) for a flow that would do nothing.
    with open_writer(args.db, lock_wait_s=get_settings().lock_wait_s) as conn:
        pending = len(stale_article_keys(conn, DETECTOR_VERSION, args.all))
    if not pending:
        print(f"nothing to re-check: every article was checked by detector {DETECTOR_VERSION}")
        return 0
    _quiet_prefect(args.verbose)
    from flows.reprocess import reprocess

    result = reprocess(db_path=args.db, everything=args.all)
    print(
        f"re-checked {result['checked']} articles with detector {result['detector_version']}: "
        f"{result['mentions']} exercise mentions",
        file=sys.stdout,
    )
    return 0
