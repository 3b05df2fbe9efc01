"""The `drillwatch` command: a thin layer over the library, one module per command group.

Heavy imports (Prefect above all) happen inside the commands that need them, so `drillwatch
detect` or `drillwatch sql` start in a fraction of a second. Every user-facing failure is a
`CliError` (or a library error with a one-line message) printed without a traceback, with a
non-zero exit.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import traceback
from collections.abc import Callable, Sequence

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")


class CliError(Exception):
    """A problem the user can fix; printed as one line."""


def _commands() -> list[Callable[[argparse._SubParsersAction], None]]:
    from flows import cli_cluster, cli_detect, cli_poll, cli_serve, cli_sql, cli_trends

    return [
        cli_poll.register,
        cli_detect.register,
        cli_sql.register,
        cli_serve.register,
        cli_trends.register,
        cli_cluster.register,
        cli_cluster.register_lake,
    ]


def version_text() -> str:
    """Package and detector version: the two things a bug report needs."""
    from importlib.metadata import PackageNotFoundError, version

    from extractors.exercise import DETECTOR_VERSION

    try:
        package = version("drillwatch")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        package = "unknown"
    return f"drillwatch {package} (detector {DETECTOR_VERSION})"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="drillwatch",
        description="Watch the world's news for military exercises.",
    )
    parser.add_argument("--version", action="version", version=version_text())
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for register in _commands():
        register(subparsers)
    return parser


def _user_errors() -> tuple[type[BaseException], ...]:
    import duckdb

    from flows.feedlist import FeedsFileError
    from flows.settings import SettingsError
    from warehouse import WarehouseError

    # DuckDB's I/O errors (a truncated or foreign file met after opening, a full disk) are the
    # machine's, not the code's: one line like every other failure the user can act on.
    return (
        CliError,
        FeedsFileError,
        SettingsError,
        WarehouseError,
        FileNotFoundError,
        PermissionError,
        IsADirectoryError,
        duckdb.IOException,
    )


def _release_frames(exc: BaseException) -> None:
    """Drop the local variables held by a failed command's tracebacks, then collect.

    Prefect keeps a failed flow's exception in its run state until exit, and the exception's
    frames keep the DuckDB connection and its Arrow types alive. DuckDB's nanobind bindings then
    print a "leaked instances" report of some forty lines at exit, under our one-line error.
    """
    seen: set[int] = set()
    stack: list[BaseException | None] = [exc]
    while stack:
        current = stack.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        traceback.clear_frames(current.__traceback__)
        stack += [current.__cause__, current.__context__]
    gc.collect()


def main(argv: Sequence[str] | None = None) -> int:
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        return int(args.func(args) or 0)
    except _user_errors() as exc:
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        print(f"drillwatch: error: {message}", file=sys.stderr)
        _release_frames(exc)
        return 2
    except KeyboardInterrupt:
        print("drillwatch: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `drillwatch eval ... | head`: the reader left; say nothing more, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
