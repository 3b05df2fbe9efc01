"""Rows on a terminal: a table when it fits, one block per record when it does not.

`drillwatch sql "SELECT * FROM exercise_mentions"` has some forty columns; drawn as a table at
80 or 200 columns, every cell folds into a sliver and four rows take thousands of lines. Like
psql's expanded mode (`\\x`), rows too wide for the terminal are printed one record per block,
`column │ value`, each value cut to one line of the terminal.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(_cell(v) for v in value)
    return str(value)


def natural_width(columns: Sequence[str], rows: Sequence[Sequence[str]]) -> int:
    """Width of a rich table whose cells never wrap (borders and padding included)."""
    widths = [len(c) for c in columns]
    for row in rows:
        for i, cell in enumerate(row):
            longest = max((len(line) for line in cell.splitlines()), default=0)
            widths[i] = max(widths[i], longest)
    return sum(widths) + 3 * len(widths) + 1


def shorten(text: str, width: int) -> str:
    """One line of at most `width` characters, with an ellipsis where it was cut."""
    line = " ".join(text.split())
    if len(line) <= width:
        return line
    return line[: max(width - 1, 0)] + "…"


def print_rows(
    console: Console,
    columns: Sequence[str],
    rows: Sequence[Sequence[object]],
    title: str | None = None,
    expanded: bool | None = None,
) -> None:
    """A table when its rows fit the console's width, else one block per record.

    `expanded` forces one layout or the other (None: choose by width).
    """
    cells = [[_cell(v) for v in row] for row in rows]
    if expanded is None:
        expanded = natural_width(columns, cells) > console.width
    if not expanded:
        table = Table(title=title)
        for col in columns:
            table.add_column(col, overflow="fold")
        for row in cells:
            table.add_row(*row)
        console.print(table)
        return
    if title:
        console.print(Text(title, style="bold"))
    label_width = max((len(c) for c in columns), default=0)
    value_width = max(console.width - label_width - 3, 10)
    for number, row in enumerate(cells, start=1):
        console.print(
            Text(shorten(f"─[ record {number} ]" + "─" * console.width, console.width), style="dim")
        )
        for col, value in zip(columns, row, strict=True):
            line = Text(col.ljust(label_width), style="bold")
            line.append(" │ ")
            line.append(shorten(value, value_width))
            console.print(line, no_wrap=True, overflow="ellipsis")
