"""Stored HTML -> DuckDB rows, as a ratio to `trafilatura.extract` alone on the same pages.

The pipeline side runs exactly what a poll runs per page (extraction with metadata, fallback
logic, fingerprint, exercise detection, row shaping, batched Arrow writes to a DuckDB file). The
reference side is `trafilatura.extract(html)` with default settings, in the same process and
run. A second reference, `trafilatura.extract` with the pipeline's own extraction settings
(precision focus, fast pass), shows what the pipeline adds on top of trafilatura itself.
Ratios, not absolute times, are what to compare between machines and commits.

    .venv/bin/python bench/bench_pipeline.py [--pages 600] [--workers 2]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import trafilatura  # noqa: E402
from pages import corpus_name, make_pages  # noqa: E402

from extractors.articles import DEFAULT_SETTINGS  # noqa: E402
from extractors.feeds import FeedEntry  # noqa: E402
from extractors.pipeline import PageJob  # noqa: E402
from flows.batch import FetchedBatch  # noqa: E402
from flows.extract import analyse_jobs, make_pool  # noqa: E402
from flows.rows import build_poll_batch  # noqa: E402
from warehouse import open_writer  # noqa: E402
from warehouse.writes import write_poll_batch  # noqa: E402

BATCH = 100


def jobs_for(pages: list[tuple[str, str]]) -> list[PageJob]:
    jobs = []
    for n, (url, page) in enumerate(pages):
        entry = FeedEntry(
            entry_key=f"bench-{n}",
            guid=None,
            link=url,
            title="",
            summary="",
            published=datetime(2024, 3, 1, tzinfo=UTC),
        )
        jobs.append(
            PageJob(
                "bench-feed",
                entry,
                url,
                200,
                "text/html; charset=utf-8",
                page.encode("utf-8"),
                None,
                "en",
            )
        )
    return jobs


def run_trafilatura(pages: list[tuple[str, str]], **options: bool) -> float:
    started = time.perf_counter()
    for _url, page in pages:
        trafilatura.extract(page, **options)
    return len(pages) / (time.perf_counter() - started)


def run_pipeline(jobs: list[PageJob], db: Path, workers: int, pool=None) -> float:
    started = time.perf_counter()
    for start in range(0, len(jobs), BATCH):
        chunk = jobs[start : start + BATCH]
        results = analyse_jobs(chunk, workers=workers, pool=pool)
        batch = build_poll_batch("bench-run", FetchedBatch(outcomes=[]), results, datetime.now(UTC))
        with open_writer(db) as conn:
            write_poll_batch(conn, batch)
    return len(jobs) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=600)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    pages = make_pages(args.pages)
    jobs = jobs_for(pages)
    print(f"{len(pages)} pages ({corpus_name()}), best of {args.rounds} rounds")
    ref, same, one, many = 0.0, 0.0, 0.0, 0.0
    own_settings = {
        "favor_precision": DEFAULT_SETTINGS.favor_precision,
        "include_comments": DEFAULT_SETTINGS.include_comments,
        "include_tables": DEFAULT_SETTINGS.include_tables,
        "fast": True,
    }
    pool = make_pool(args.workers)
    try:
        analyse_jobs(jobs[:40], workers=args.workers, pool=pool)  # warm the workers
        for _ in range(args.rounds):
            with tempfile.TemporaryDirectory() as tmp:
                ref = max(ref, run_trafilatura(pages))
                same = max(same, run_trafilatura(pages, **own_settings))
                one = max(one, run_pipeline(jobs, Path(tmp) / "one.duckdb", workers=1))
                many = max(
                    many,
                    run_pipeline(jobs, Path(tmp) / "many.duckdb", workers=args.workers, pool=pool),
                )
    finally:
        pool.shutdown()
    print(f"trafilatura.extract alone, 1 core : {ref:7.1f} pages/s")
    print(
        f"  same, pipeline's settings       : {same:7.1f} pages/s  "
        f"(pipeline 1 core = {one / same:.2f} of it)"
    )
    print(f"pipeline to DuckDB, 1 core        : {one:7.1f} pages/s  ratio {one / ref:.2f}")
    print(
        f"pipeline to DuckDB, {args.workers} processes   : {many:7.1f} pages/s  "
        f"ratio {many / ref:.2f}"
    )


if __name__ == "__main__":
    main()
