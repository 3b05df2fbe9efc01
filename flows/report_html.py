"""The visual trend report: four Vega-Lite charts (built with altair), one self-contained HTML
file, and the same charts as PNG.

Why self-contained: the report is mailed around and opened on air-gapped desks, so the Vega,
Vega-Lite and vega-embed JavaScript is inlined from vl-convert's bundle; there is no CDN and no
network access when it opens. PNGs are rendered by vl-convert too (no browser needed).
"""

from __future__ import annotations

import html
import json
import math
from functools import lru_cache
from pathlib import Path

import altair as alt

from warehouse.views import Trends, country_name

TOP_HOSTS = 8
CHARTS = {
    "monthly": "Exercises per month, stacked by host",
    "network": "Who exercises with whom (participant pairs)",
    "areas": "Activity by sea and region",
    "largest": "Largest exercises",
}


def _iso(value: object) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _empty(title: str, what: str) -> alt.Chart:
    """A chart that says there is nothing to show (empty marks would only log warnings)."""
    data = alt.Data(values=[{"text": f"no {what} in this period"}])
    return (
        alt.Chart(data, title=title)
        .mark_text(fontSize=14, color="#777")
        .encode(text="text:N")
        .properties(width=400, height=80)
    )


def monthly_chart(trends: Trends) -> alt.Chart:
    """Stacked bars: the TOP_HOSTS busiest hosts in colour, the rest grey on top."""
    totals: dict[str, int] = {}
    for row in trends.monthly_by_host:
        totals[row["host"]] = totals.get(row["host"], 0) + row["exercises"]
    if not totals:
        return _empty(CHARTS["monthly"], "exercises")
    top = sorted((h for h in totals if h != "(not reported)"), key=lambda h: (-totals[h], h))[
        :TOP_HOSTS
    ]
    label = {h: f"{country_name(h)} ({h})" for h in top}
    domain = [label[h] for h in top] + ["not reported", "other hosts"]
    values = []
    for r in trends.monthly_by_host:
        host = label.get(r["host"]) or (
            "not reported" if r["host"] == "(not reported)" else "other hosts"
        )
        values.append(
            {
                "month": _iso(r["month"])[:7],
                "exercises": r["exercises"],
                "host": host,
                "rank": domain.index(host),
            }
        )
    months = [m.isoformat()[:7] for m in trends.months]
    palette = [
        "#4c78a8",
        "#f58518",
        "#54a24b",
        "#e45756",
        "#72b7b2",
        "#eeca3b",
        "#b279a2",
        "#ff9da6",
        "#9d755d",
    ][: len(top)] + ["#bab0ac", "#dcdcdc"]
    return (
        alt.Chart(alt.Data(values=values), title=CHARTS["monthly"])
        .mark_bar()
        .encode(
            x=alt.X(
                "month:O",
                title="month",
                axis=alt.Axis(labelAngle=-45),
                scale=alt.Scale(domain=months) if months else alt.Undefined,
            ),
            y=alt.Y(
                "sum(exercises):Q", title="exercises", axis=alt.Axis(tickMinStep=1, format="d")
            ),
            color=alt.Color("host:N", title="host", scale=alt.Scale(domain=domain, range=palette)),
            order=alt.Order("rank:Q", sort="ascending"),
            tooltip=["month:O", "host:N", alt.Tooltip("sum(exercises):Q", title="exercises")],
        )
        .properties(width=560, height=300)
    )


def network_layout(nodes: list[dict], pairs: list[dict]) -> tuple[list[dict], list[dict]]:
    """Circular layout: countries around a circle grouped by region, edges between partners.

    A circle keeps every label readable and every edge visible, which matters more here than
    the cluster shapes a force layout would show; grouping by region puts neighbours together.
    """
    ordered = sorted(nodes, key=lambda n: (n.get("region") or "~", n["country"]))
    count = len(ordered)
    pos = {}
    out_nodes = []
    for i, node in enumerate(ordered):
        angle = math.pi / 2 - 2 * math.pi * i / max(count, 1)
        x, y = round(math.cos(angle), 4), round(math.sin(angle), 4)
        pos[node["country"]] = (x, y)
        out_nodes.append(
            {
                "country": node["country"],
                "name": country_name(node["country"]),
                "region": node.get("region") or "",
                "exercises": node["exercises"],
                "x": x,
                "y": y,
                "lx": round(1.16 * x, 4),
                "ly": round(1.16 * y, 4),
            }
        )
    edges = [
        {
            "a": p["a"],
            "b": p["b"],
            "exercises": p["exercises"],
            "x": pos[p["a"]][0],
            "y": pos[p["a"]][1],
            "x2": pos[p["b"]][0],
            "y2": pos[p["b"]][1],
        }
        for p in pairs
        if p["a"] in pos and p["b"] in pos
    ]
    return out_nodes, edges


def network_chart(trends: Trends) -> alt.LayerChart | alt.Chart:
    """Edges (rules), nodes (circles sized by exercises) and labels, as three layers."""
    nodes, edges = network_layout(trends.nodes, trends.pairs)
    if not nodes:
        return _empty(CHARTS["network"], "participants")
    scale = alt.Scale(domain=[-1.35, 1.35])
    x = alt.X("x:Q", scale=scale, axis=None)
    y = alt.Y("y:Q", scale=scale, axis=None)
    lines = (
        alt.Chart(alt.Data(values=edges))
        .mark_rule(color="#4c78a8")
        .encode(
            x=x,
            y=y,
            x2="x2:Q",
            y2="y2:Q",
            strokeWidth=alt.StrokeWidth(
                "exercises:Q", scale=alt.Scale(range=[0.5, 6]), title="joint exercises"
            ),
            opacity=alt.Opacity("exercises:Q", scale=alt.Scale(range=[0.25, 0.9]), legend=None),
            tooltip=["a:N", "b:N", "exercises:Q"],
        )
    )
    dots = (
        alt.Chart(alt.Data(values=nodes))
        .mark_circle(opacity=1, stroke="white")
        .encode(
            x=x,
            y=y,
            size=alt.Size("exercises:Q", scale=alt.Scale(range=[60, 900]), title="exercises"),
            color=alt.Color("region:N", title="region", scale=alt.Scale(scheme="tableau20")),
            tooltip=["name:N", "region:N", "exercises:Q"],
        )
    )
    labels = (
        alt.Chart(alt.Data(values=nodes))
        .mark_text(fontSize=11, fontWeight="bold")
        .encode(
            x=alt.X("lx:Q", scale=scale, axis=None),
            y=alt.Y("ly:Q", scale=scale, axis=None),
            text="country:N",
        )
    )
    return (
        alt.layer(lines, dots, labels, title=CHARTS["network"])
        .properties(width=480, height=480)
        .configure_view(strokeWidth=0)
    )


def areas_chart(trends: Trends) -> alt.Chart:
    values = [
        {
            "area": r["area"],
            "type": r["area_type"],
            "exercises": r["exercises"],
            "mentions": r["mentions"],
        }
        for r in trends.areas
    ]
    if not values:
        return _empty(CHARTS["areas"], "seas or regions")
    return (
        alt.Chart(alt.Data(values=values), title=CHARTS["areas"])
        .mark_bar()
        .encode(
            y=alt.Y("area:N", sort="-x", title=None),
            x=alt.X("exercises:Q", title="exercises", axis=alt.Axis(tickMinStep=1, format="d")),
            color=alt.Color("type:N", title="area", scale=alt.Scale(domain=["sea", "region"])),
            tooltip=["area:N", "type:N", "exercises:Q", "mentions:Q"],
        )
        .properties(width=360, height=alt.Step(16))
    )


def largest_chart(trends: Trends) -> alt.HConcatChart:
    panels = []
    for metric, colour in (("troops", "#e45756"), ("ships", "#4c78a8"), ("aircraft", "#72b7b2")):
        values = [
            {
                "exercise": r["name"],
                "value": r["value"],
                "host": country_name(r["host"]),
                "id": r["exercise_id"],
            }
            for r in trends.largest
            if r["metric"] == metric
        ]
        if not values:
            panels.append(_empty(f"by {metric}", f"{metric} figures"))
            continue
        panels.append(
            alt.Chart(alt.Data(values=values), title=f"by {metric}")
            .mark_bar(color=colour)
            .encode(
                y=alt.Y("exercise:N", sort="-x", title=None),
                x=alt.X("value:Q", title=metric),
                tooltip=["exercise:N", "host:N", alt.Tooltip("value:Q", title=metric, format=",")],
            )
            .properties(width=220, height=alt.Step(18))
        )
    return alt.hconcat(*panels, title=CHARTS["largest"])


def build_charts(trends: Trends) -> dict[str, dict]:
    """Vega-Lite specs (dicts, data inline) keyed by chart id."""
    charts = {
        "monthly": monthly_chart(trends),
        "network": network_chart(trends),
        "areas": areas_chart(trends),
        "largest": largest_chart(trends),
    }
    return {key: chart.to_dict() for key, chart in charts.items()}


@lru_cache(maxsize=1)
def _js_bundle() -> str:
    import vl_convert

    return vl_convert.javascript_bundle().replace("</script", "<\\/script")


def _leader_table(trends: Trends) -> str:
    head = "".join(
        f"<th>{h}</th>" for h in (trends.by, "exercises", "mentions", "months", "busiest month")
    )
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td>{html.escape(str(v))}</td>"
            for v in (
                r["label"],
                r["exercises"],
                r["mentions"],
                r["months_active"],
                _iso(r["peak_month"])[:7],
            )
        )
        + "</tr>"
        for r in trends.leaders
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def render_html(trends: Trends, specs: dict[str, dict], db_label: str = "") -> str:
    s = trends.summary
    span = (
        f"{_iso(s['first_month'])[:7]} to {_iso(s['last_month'])[:7]}"
        if s.get("first_month")
        else "no exercises yet"
    )

    def chart(key: str) -> str:
        return (
            f"<section><h2>{html.escape(CHARTS[key])}</h2>"
            f'<div id="chart-{key}" class="chart"></div></section>'
        )

    sections = (
        f'<div class="row"><section><h2>Top {html.escape(trends.by)}s</h2>'
        f"{_leader_table(trends)}</section>{chart('monthly')}</div>"
        f'<div class="row">{chart("network")}{chart("areas")}</div>{chart("largest")}'
    )
    payload = json.dumps({f"chart-{k}": v for k, v in specs.items()}).replace("</", "<\\/")
    since = f" since {trends.since.isoformat()}" if trends.since else ""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>drillwatch trend report</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 20px 32px; color: #222; }}
h1 {{ margin-bottom: 4px; }} .summary {{ color: #555; margin-top: 0; }}
section {{ margin: 20px 0; }} .row {{ display: flex; flex-wrap: wrap; gap: 36px; }}
h2 {{ font-size: 18px; }} table {{ border-collapse: collapse; font-size: 14px; }}
td, th {{ padding: 2px 10px; border-bottom: 1px solid #ddd; text-align: left; }}
</style>
<script>{_js_bundle()}</script>
</head><body data-charts="pending">
<h1>drillwatch: military exercise trends{html.escape(since)}</h1>
<p class="summary">{s.get("exercises", 0)} exercises resolved from {s.get("mentions", 0)}
mentions ({s.get("reports", 0)} reports including syndicated copies) in {s.get("outlets", 0)}
outlets; {html.escape(span)}. {html.escape(db_label)}</p>
{sections}
<script>
const specs = {payload};
const options = {{renderer: "svg", actions: false}};
window.drillwatchCharts = Promise.all(Object.entries(specs).map(([id, spec]) =>
  vegaEmbed("#" + id, spec, options).then((result) => {{
    document.getElementById(id).dataset.rendered = "true";
    return result;
  }})
)).then(() => {{ document.body.dataset.charts = "rendered"; }})
  .catch((error) => {{
    console.error("drillwatch chart error: " + error);
    document.body.dataset.charts = "error";
  }});
</script>
</body></html>
"""


def write_html(trends: Trends, path: str | Path, db_label: str = "") -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(trends, build_charts(trends), db_label), encoding="utf-8")
    return path


def write_pngs(trends: Trends, directory: str | Path, scale: float = 2.0) -> list[Path]:
    """One PNG per chart (trend-<chart>.png), rendered by vl-convert without a browser."""
    import vl_convert

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for key, spec in build_charts(trends).items():
        target = directory / f"trend-{key}.png"
        target.write_bytes(vl_convert.vegalite_to_png(spec, scale=scale))
        written.append(target)
    return written
