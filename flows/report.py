"""The daily trend report flow: a Prefect markdown and table artifact of exercise trends.

Why an artifact: the people who watch the Prefect UI for failed polls are the ones who want to
see, at a glance, what the warehouse found; the artifact shows the same figures as
`drillwatch trends` without a terminal. The warehouse is read in one short read-only window
(after a resolution that is skipped when nothing changed).
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

from prefect import flow, task  # noqa: E402
from prefect.artifacts import create_markdown_artifact, create_table_artifact  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402

from flows.maintenance import resolve_task  # noqa: E402
from flows.settings import get_settings  # noqa: E402


@task(name="gather-trends", cache_policy=NO_CACHE)
def gather_task(db_path: str, since: date, by: str, top: int) -> dict:
    from warehouse import open_reader
    from warehouse.views import gather

    with open_reader(db_path, lock_wait_s=get_settings().lock_wait_s) as conn:
        trends = gather(conn, since, by, top)
    return {
        "summary": trends.summary,
        "leaders": trends.leaders,
        "pairs": trends.pairs[:10],
        "areas": trends.areas[:10],
        "largest": trends.largest,
    }


def render_markdown(data: dict, since: date, by: str) -> str:
    s = data["summary"]
    lines = [
        f"# Exercise trends since {since.isoformat()}",
        "",
        f"**{s['exercises']}** exercises ({s['named']} named) from **{s['mentions']}** mentions"
        f" ({s['reports']} reports with syndicated copies) in **{s['outlets']}** outlets.",
        "",
        f"| {by} | exercises | mentions | busiest month |",
        "| --- | ---: | ---: | --- |",
    ]
    for r in data["leaders"]:
        label = r["label"] if by == "area" or not r["key"] else f"{r['key']} {r['label']}"
        lines.append(f"| {label} | {r['exercises']} | {r['mentions']} | {r['peak_month']:%Y-%m} |")
    if data["pairs"]:
        lines += [
            "",
            "Most frequent partners: "
            + ", ".join(f"{p['a']}–{p['b']} ({p['exercises']})" for p in data["pairs"][:5])
            + ".",
        ]
    troops = [r for r in data["largest"] if r["metric"] == "troops"][:3]
    if troops:
        lines += [
            "",
            "Largest by troops: "
            + ", ".join(f"{r['name']} ({r['value']:,})" for r in troops)
            + ".",
        ]
    return "\n".join(lines)


@flow(name="daily-trend-report")
def daily_report(
    db_path: str = "data/drillwatch.duckdb", days: int = 90, by: str = "host", top: int = 15
) -> dict:
    """Publish the last `days` of exercise trends as Prefect artifacts."""
    since = (datetime.now(UTC) - timedelta(days=days)).date()
    resolve_task(db_path)
    data = gather_task(db_path, since, by, top)
    markdown = render_markdown(data, since, by)
    create_markdown_artifact(
        key="daily-trend-report",
        markdown=markdown,
        description=f"Exercise trends since {since.isoformat()}",
    )
    create_table_artifact(
        key="daily-trend-table",
        table=[
            {
                by: r["label"],
                "code": r["key"] or "",
                "exercises": r["exercises"],
                "mentions": r["mentions"],
                "months": r["months_active"],
            }
            for r in data["leaders"]
        ],
        description=f"Exercises by {by} since {since.isoformat()}",
    )
    return {"since": since.isoformat(), "summary": data["summary"], "markdown": markdown}
