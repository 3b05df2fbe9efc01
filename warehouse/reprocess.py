"""Reads for reprocessing: which stored articles the current detector has not judged yet."""

from __future__ import annotations

import duckdb


def stale_article_keys(
    conn: duckdb.DuckDBPyConnection, detector_version: str, everything: bool
) -> list[str]:
    """Articles never checked, or checked by another detector version (all, with everything)."""
    if everything:
        rows = conn.execute("SELECT url_key FROM core.articles ORDER BY url_key").fetchall()
    else:
        rows = conn.execute(
            """
            SELECT a.url_key FROM core.articles a
            LEFT JOIN core.article_checks c USING (url_key)
            WHERE c.url_key IS NULL OR c.detector_version <> ?
            ORDER BY a.url_key
            """,
            [detector_version],
        ).fetchall()
    return [r[0] for r in rows]


def articles_for_detection(conn: duckdb.DuckDBPyConnection, keys: list[str]) -> list[tuple]:
    """(url_key, title, text, published_at, language) of the given articles."""
    import pyarrow as pa

    conn.register("wanted_articles", pa.table({"url_key": pa.array(keys, pa.string())}))
    try:
        return conn.execute(
            "SELECT a.url_key, a.title, a.text, a.published_at, a.language"
            " FROM core.articles a JOIN wanted_articles USING (url_key)"
        ).fetchall()
    finally:
        conn.unregister("wanted_articles")
