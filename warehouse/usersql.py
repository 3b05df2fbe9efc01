"""SQL typed by a user: one query, read only, refused in one line when it is anything else.

The connection it runs on is already locked down (see `warehouse.db.lockdown`), so nothing a
statement does can write a file, read one outside the warehouse or install code. The checks
here come first anyway, so that `COPY`, `ATTACH`, `INSTALL`, `SET` and the like are told, in
words, that `drillwatch sql` only answers questions, instead of failing with a permission
error from deep inside DuckDB.
"""

from __future__ import annotations

import duckdb

from warehouse.db import WarehouseError

# What a question may be: SELECT (with FROM-first, DESCRIBE, SHOW, SUMMARIZE, PIVOT and
# read-only PRAGMAs, which DuckDB parses as SELECT) and EXPLAIN.
ALLOWED = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}
_KIND_WORDS = {
    duckdb.StatementType.COPY: "COPY",
    duckdb.StatementType.EXPORT: "EXPORT",
    duckdb.StatementType.ATTACH: "ATTACH",
    duckdb.StatementType.DETACH: "DETACH",
    duckdb.StatementType.LOAD: "INSTALL/LOAD",
    duckdb.StatementType.SET: "SET/USE",
    duckdb.StatementType.CALL: "CALL/CHECKPOINT",
    duckdb.StatementType.PRAGMA: "PRAGMA",
}


class QueryRefused(WarehouseError):
    """The text is not a single read-only query; the message says what was found."""


def check_query(conn: duckdb.DuckDBPyConnection, text: str) -> str:
    """Return the query when it is exactly one read-only statement; raise QueryRefused."""
    if not text or not text.strip():
        raise QueryRefused("empty query: give one SELECT statement")
    try:
        statements = conn.extract_statements(text)
    except duckdb.Error as exc:
        raise QueryRefused(f"query failed: {_first_line(exc)}") from exc
    # PIVOT without an IN list makes the parser add a CREATE TYPE of its own; it has no text.
    typed = [s for s in statements if s.query.strip() or s.type in ALLOWED]
    if not typed:
        raise QueryRefused("empty query: give one SELECT statement")
    for statement in typed:
        if statement.type not in ALLOWED:
            word = _KIND_WORDS.get(statement.type, statement.type.name)
            raise QueryRefused(
                f"refused: {word} statements are not allowed; drillwatch sql runs read-only"
                " queries (SELECT, FROM, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN)"
            )
    if len(typed) > 1:
        raise QueryRefused("one statement at a time, please (found several)")
    return text


def _first_line(exc: BaseException) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
