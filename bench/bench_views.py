"""Trend views and exercise resolution at scale, on a synthetic warehouse (bench/synthetic.py).

Measures, each phase in its own process so its peak RSS is its own:
  generate  write the synthetic warehouse (1M articles, 100k mentions by default)
  resolve   resolve_warehouse(force=True) over all mentions; quality against the generator's truth
  views     every public view scanned in full (all columns hashed), then every example query of
            docs/warehouse.md's exercise section; first run and median of three warm runs

Targets: each view and documented query under 1 s, resolution under 60 s. Exit status 1 when a
target is missed. Absolute times depend on the machine and on what else runs on it.

    .venv/bin/python bench/bench_views.py [--db /tmp/synth.duckdb] [--articles N] [--mentions N]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

VIEWS = (
    "articles",
    "feed_status",
    "exercise_mentions",
    "exercises",
    "exercise_members",
    "exercise_evidence",
    "exercises_by_month",
    "participant_pairs",
    "exercises_by_area",
    "lead_time",
    "largest_exercises",
    "coverage",
)
DOC_SECTION = "## Exercises and trends"
VIEW_LIMIT_S = 1.0
RESOLVE_LIMIT_S = 60.0

QUALITY_SQL = """
WITH m AS (SELECT exercise_id, rule, split_part(article_id, '/', 5) AS truth
           FROM exercise_members WHERE counted AND article_id LIKE '%/ex/%'),
     purity AS (SELECT exercise_id, max(n) AS top, sum(n) AS size
                FROM (SELECT exercise_id, truth, count(*) AS n FROM m GROUP BY ALL) GROUP BY 1),
     split AS (SELECT truth, count(DISTINCT exercise_id) AS k FROM m GROUP BY 1)
SELECT (SELECT count(*) FROM split) AS true_exercises,
       (SELECT count(*) FROM purity) AS resolved_exercises,
       (SELECT round(sum(top) / sum(size), 3) FROM purity) AS purity,
       (SELECT round(avg((k = 1)::INT), 3) FROM split) AS true_exercises_not_split
"""


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def doc_queries(path: Path = ROOT / "docs" / "warehouse.md") -> list[str]:
    """The SQL statements of the exercise section's ```sql blocks, in order."""
    if not path.exists():
        return []
    text = path.read_text(encoding="utf-8")
    start = text.find(DOC_SECTION)
    if start < 0:
        return []
    section = text[start:]
    nxt = re.search(r"\n## ", section[len(DOC_SECTION) :])
    if nxt:
        section = section[: len(DOC_SECTION) + nxt.start()]
    out = []
    for block in re.findall(r"```sql\n(.*?)```", section, flags=re.S):
        body = "\n".join(line for line in block.splitlines() if not line.strip().startswith("--"))
        out += [q.strip() for q in body.split(";") if q.strip()]
    return out


def _timed(conn, sql: str, runs: int = 3) -> dict:
    t0 = time.perf_counter()
    rows = conn.execute(sql).fetchall()
    first = time.perf_counter() - t0
    warm = []
    for _ in range(runs):
        t0 = time.perf_counter()
        conn.execute(sql).fetchall()
        warm.append(time.perf_counter() - t0)
    return {
        "first_s": round(first, 3),
        "warm_s": round(statistics.median(warm), 3),
        "rows": len(rows),
    }


def phase_resolve(db: str) -> dict:
    from warehouse import open_reader
    from warehouse.resolve import resolve_warehouse

    t0 = time.perf_counter()
    result = resolve_warehouse(db, force=True)
    elapsed = time.perf_counter() - t0
    with open_reader(db) as conn:
        cur = conn.execute(QUALITY_SQL)
        quality = dict(zip([d[0] for d in cur.description], cur.fetchall()[0], strict=True))
    return {
        "phase": "resolve",
        "seconds": round(elapsed, 2),
        "mentions": result.mentions,
        "exercises": result.exercises,
        "peak_rss_mb": peak_rss_mb(),
        "quality": quality,
    }


def phase_views(db: str) -> dict:
    from warehouse import open_reader

    out = {"phase": "views", "views": {}, "queries": []}
    with open_reader(db) as conn:
        for view in VIEWS:
            out["views"][view] = _timed(
                conn, f"SELECT count(*), sum(hash(t)) FROM main.{view} AS t"
            )
        for sql in doc_queries():
            out["queries"].append({"sql": " ".join(sql.split())[:90], **_timed(conn, sql)})
    out["peak_rss_mb"] = peak_rss_mb()
    return out


def phase_generate(db: str, articles: int, mentions: int) -> dict:
    from synthetic import generate

    t0 = time.perf_counter()
    counts = generate(db, articles, mentions)
    return {
        "phase": "generate",
        "seconds": round(time.perf_counter() - t0, 1),
        **counts,
        "size_mb": round(os.path.getsize(db) / 2**20, 1),
        "peak_rss_mb": peak_rss_mb(),
    }


def _child(*args: str) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"phase {args[1]} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(results: list[dict]) -> bool:
    ok = True
    for res in results:
        if res["phase"] == "generate":
            print(
                f"generate: {res['articles']} articles, {res['mentions']} mentions "
                f"({res['copies']} copies, {res['true_exercises']} true exercises) in "
                f"{res['seconds']} s, {res['size_mb']} MB, peak RSS {res['peak_rss_mb']} MB"
            )
        elif res["phase"] == "resolve":
            ok &= res["seconds"] < RESOLVE_LIMIT_S
            print(
                f"resolve: {res['mentions']} mentions -> {res['exercises']} exercises in "
                f"{res['seconds']} s, peak RSS {res['peak_rss_mb']} MB; quality {res['quality']}"
            )
        else:
            print(f"views (peak RSS {res['peak_rss_mb']} MB): first / warm median, seconds")
            for name, t in res["views"].items():
                ok &= t["first_s"] < VIEW_LIMIT_S
                print(f"  {name:20s} {t['first_s']:6.3f} {t['warm_s']:6.3f}  full scan")
            for q in res["queries"]:
                ok &= q["first_s"] < VIEW_LIMIT_S
                print(f"  {q['first_s']:6.3f} {q['warm_s']:6.3f}  {q['sql']}")
    print("targets met" if ok else "TARGET MISSED")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="synthetic warehouse; generated when missing")
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--phase", choices=("generate", "resolve", "views"), help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help="print the raw results as JSON")
    args = parser.parse_args()
    if args.phase:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        fn = {
            "generate": lambda: phase_generate(args.db, args.articles, args.mentions),
            "resolve": lambda: phase_resolve(args.db),
            "views": lambda: phase_views(args.db),
        }
        print(json.dumps(fn[args.phase](), default=str))
        return 0
    db = args.db or str(Path(tempfile.mkdtemp(prefix="dw-bench-")) / "synthetic.duckdb")
    results = []
    if not Path(db).exists():
        results.append(
            _child(
                "--phase",
                "generate",
                "--db",
                db,
                "--articles",
                str(args.articles),
                "--mentions",
                str(args.mentions),
            )
        )
    results.append(_child("--phase", "resolve", "--db", db))
    results.append(_child("--phase", "views", "--db", db))
    if args.json:
        print(json.dumps(results, indent=2, default=str))
    return 0 if report(results) else 1


if __name__ == "__main__":
    sys.exit(main())
