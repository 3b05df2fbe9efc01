"""Trend queries over resolved exercises, shared by `drillwatch trends`, the HTML report and
the daily Prefect report.

They read the public views (exercises, exercises_by_month, exercises_by_area) and the
core.country_regions reference table only, so what the report shows is exactly what an analyst
gets from `drillwatch sql`. Each
function takes an open connection and returns plain Python values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import duckdb

BY_CHOICES = ("host", "participant", "area")
SPARK = "▁▂▃▄▅▆▇█"

# The month an exercise counts in: its start, else the day it was first reported (UTC).
MONTH_SQL = "date_trunc('month', coalesce(start_date, timezone('UTC', first_reported)::DATE))::DATE"
_SCOPED = f"(SELECT *, {MONTH_SQL} AS month FROM exercises WHERE {MONTH_SQL} >= $since)"


@dataclass
class Trends:
    """Everything a trend report shows, as plain rows."""

    since: date | None
    by: str
    summary: dict = field(default_factory=dict)
    months: list[date] = field(default_factory=list)
    leaders: list[dict] = field(default_factory=list)
    monthly_by_host: list[dict] = field(default_factory=list)
    pairs: list[dict] = field(default_factory=list)
    nodes: list[dict] = field(default_factory=list)
    areas: list[dict] = field(default_factory=list)
    largest: list[dict] = field(default_factory=list)


def _rows(conn: duckdb.DuckDBPyConnection, sql: str, params: dict) -> list[dict]:
    cursor = conn.execute(sql, params)
    cols = [d[0] for d in cursor.description]
    return [dict(zip(cols, row, strict=True)) for row in cursor.fetchall()]


def country_name(code: str | None) -> str:
    """'FR' -> 'France'; unknown codes come back as they are."""
    if not code:
        return "(not reported)"
    import pycountry

    found = pycountry.countries.get(alpha_2=code)
    return getattr(found, "common_name", None) or (found.name if found else code)


def sparkline(values: list[int]) -> str:
    top = max(values, default=0)
    if top <= 0:
        return "·" * len(values)
    return "".join(
        SPARK[min(len(SPARK) - 1, round(v / top * (len(SPARK) - 1)))] if v else "·" for v in values
    )


def month_range(first: date | None, last: date | None) -> list[date]:
    if first is None or last is None:
        return []
    out, y, m = [], first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append(date(y, m, 1))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _dimension_rows(by: str) -> tuple[str, str]:
    """(FROM clause giving month, key, exercises, mentions) and a label for the key column."""
    if by == "area":
        return (
            "(SELECT month, area_type || ': ' || area AS key, exercises, mentions"
            " FROM exercises_by_area)"
        ), "area"
    return (
        "(SELECT month, country AS key, exercises, mentions FROM exercises_by_month"
        f" WHERE dimension = '{by}')"
    ), by


def summary(conn: duckdb.DuckDBPyConnection, since: date) -> dict:
    rows = _rows(
        conn,
        f"""
        SELECT count(*) AS exercises, coalesce(sum(mention_count), 0) AS mentions,
               coalesce(sum(report_count), 0) AS reports,
               (SELECT count(DISTINCT s) FROM (SELECT unnest(sources) AS s FROM {_SCOPED}))
                   AS outlets,
               min(month) AS first_month, max(month) AS last_month,
               count(*) FILTER (WHERE name IS NOT NULL) AS named
        FROM {_SCOPED}""",
        {"since": since},
    )
    return rows[0]


def gather(
    conn: duckdb.DuckDBPyConnection, since: date | None = None, by: str = "host", top: int = 15
) -> Trends:
    """All trend data since `since` (inclusive, by exercise month) for one dimension."""
    if by not in BY_CHOICES:
        raise ValueError(f"by must be one of {BY_CHOICES}")
    floor = since or date(1900, 1, 1)
    params = {"since": date(floor.year, floor.month, 1)}
    trends = Trends(since=since, by=by, summary=summary(conn, params["since"]))
    trends.months = month_range(trends.summary["first_month"], trends.summary["last_month"])
    source, _ = _dimension_rows(by)
    leaders = _rows(
        conn,
        f"""
        SELECT key, sum(exercises)::INTEGER AS exercises, sum(mentions)::INTEGER AS mentions,
               count(DISTINCT month)::INTEGER AS months_active,
               arg_max(month, (exercises, month)) AS peak_month
        FROM {source} WHERE month >= $since
        GROUP BY key ORDER BY exercises DESC, mentions DESC, key NULLS LAST LIMIT {int(top)}
    """,
        params,
    )
    series = _rows(
        conn,
        f"SELECT key, month, sum(exercises)::INTEGER AS n FROM {source}"
        " WHERE month >= $since GROUP BY ALL",
        params,
    )
    per_key: dict[object, dict[date, int]] = {}
    for row in series:
        per_key.setdefault(row["key"], {})[row["month"]] = row["n"]
    for row in leaders:
        counts = per_key.get(row["key"], {})
        row["by_month"] = [counts.get(m, 0) for m in trends.months]
        row["label"] = country_name(row["key"]) if by != "area" else row["key"]
    trends.leaders = leaders
    trends.monthly_by_host = _rows(
        conn,
        """
        SELECT month, coalesce(country, '(not reported)') AS host, exercises::INTEGER AS exercises
        FROM exercises_by_month WHERE dimension = 'host' AND month >= $since ORDER BY ALL
    """,
        params,
    )
    trends.nodes = _rows(
        conn,
        f"""
        SELECT c.country, coalesce(r.region, '') AS region, count(*)::INTEGER AS exercises
        FROM (SELECT unnest(countries) AS country FROM {_SCOPED}) c
        LEFT JOIN core.country_regions r ON r.country = c.country
        GROUP BY ALL ORDER BY exercises DESC, country LIMIT 24
    """,
        params,
    )
    trends.pairs = _rows(
        conn,
        f"""
        WITH p AS (
            SELECT unnest(list_filter(
                list_transform(generate_series(0, len(countries) * len(countries) - 1),
                               lambda i: struct_pack(a := countries[i // len(countries) + 1],
                                                     b := countries[i % len(countries) + 1])),
                lambda x: x.a < x.b)) AS pair
            FROM {_SCOPED} WHERE len(countries) >= 2
        )
        SELECT pair.a AS a, pair.b AS b, count(*)::INTEGER AS exercises
        FROM p GROUP BY ALL ORDER BY exercises DESC, a, b LIMIT 400
    """,
        params,
    )
    trends.areas = _rows(
        conn,
        """
        SELECT area_type, area, sum(exercises)::INTEGER AS exercises,
               sum(mentions)::INTEGER AS mentions
        FROM exercises_by_area WHERE month >= $since
        GROUP BY ALL ORDER BY exercises DESC, area LIMIT 25
    """,
        params,
    )
    trends.largest = []
    for metric in ("troops", "ships", "aircraft"):
        trends.largest += _rows(
            conn,
            f"""
            SELECT '{metric}' AS metric, exercise_id,
                   CASE WHEN name IS NULL
                        THEN 'unnamed, ' || coalesce(host, 'no host') || ', '
                             || strftime(month, '%b %Y')
                        WHEN contains(name, year::VARCHAR) THEN name
                        ELSE name || ' (' || year || ')' END AS name, year,
                   host, {metric}::BIGINT AS value, mention_count
            FROM {_SCOPED} WHERE {metric} IS NOT NULL
            ORDER BY {metric} DESC, exercise_id LIMIT 10
        """,
            params,
        )
    return trends
