"""Run every benchmark in turn (what `make bench` does) and say which finished.

Each benchmark is its own script with its own arguments (see its docstring and
docs/benchmarks.md); this runs them with the sizes docs/benchmarks.md reports, one after
another so they do not compete for the two cores, streams their output, and ends with a table
of exit codes and wall times. Benchmarks that need data outside the repository are skipped with
the reason: the real-news resolution check needs `--texts DIR` (page texts fetched into a
scratch folder, see tests/data/eval/realnews/README.md).

    .venv/bin/python bench/run_all.py [--quick] [--texts DIR] [--only NAME ...]

`--quick` runs each with small sizes (a smoke test of the scripts, not a measurement).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent

# name -> (full arguments, quick arguments)
BENCHMARKS: dict[str, tuple[list[str], list[str]]] = {
    "bench_detector": ([], ["--n", "200"]),
    "bench_pipeline": ([], ["--pages", "60"]),
    "extraction_quality": ([], ["--rounds", "1"]),
    "bench_views": ([], ["--articles", "20000", "--mentions", "2000"]),
    "readers_during_writes": ([], ["--queries", "10", "--seconds", "10"]),
    "soak": ([], ["--feeds", "40", "--cycles", "2"]),
    "politeness": ([], []),
    "bench_lake": (
        [],
        ["--feeds", "8", "--entries", "2", "--workers", "1", "2", "--catalog-articles", "500"],
    ),
    "resolution_realnews": ([], []),
}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="small sizes: check the scripts run")
    ap.add_argument("--texts", help="scratch folder of real-news texts (resolution check)")
    ap.add_argument("--only", nargs="*", help="run only these benchmarks")
    args = ap.parse_args()
    results: list[tuple[str, str, float]] = []
    for name, (full, quick) in BENCHMARKS.items():
        if args.only and name not in args.only:
            continue
        script = BENCH / f"{name}.py"
        if not script.exists():
            results.append((name, "not in this checkout", 0.0))
            continue
        extra = quick if args.quick else full
        if name == "resolution_realnews":
            if not args.texts:
                results.append((name, "skipped: needs --texts DIR", 0.0))
                continue
            extra = ["--texts", args.texts]
        print(f"\n=== {name} {' '.join(extra)}", flush=True)
        started = time.perf_counter()
        code = subprocess.run([sys.executable, str(script), *extra], check=False).returncode
        results.append((name, "ok" if code == 0 else f"exit {code}", time.perf_counter() - started))
    print("\nbenchmark               result                        seconds")
    for name, result, seconds in results:
        print(f"{name:<23} {result:<29} {seconds:7.1f}")
    return (
        0 if all(r in ("ok",) or r.startswith(("skipped", "not in")) for _, r, _ in results) else 1
    )


if __name__ == "__main__":
    sys.exit(main())
