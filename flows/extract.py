"""CPU stage: run extractors.pipeline.analyse over page jobs, on a process pool when it pays.

trafilatura holds the GIL, so threads add nothing; two worker processes roughly double the
rate. A pool costs about a second to start (spawned workers import trafilatura), so small
batches are analysed in-process. `spawn` is used because the caller is multi-threaded (Prefect)
and forking a threaded process can deadlock.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import Executor, ProcessPoolExecutor

from extractors.articles import DEFAULT_SETTINGS, ExtractionSettings
from extractors.pipeline import PageJob, PageResult, analyse, analyse_many

POOL_MIN_JOBS = 24


def worker_count(configured: int) -> int:
    """Configured workers, or one per available core."""
    if configured > 0:
        return configured
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def make_pool(workers: int) -> ProcessPoolExecutor:
    """A spawn-context process pool for analysis."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))


def _safe(job: PageJob, settings: ExtractionSettings) -> PageResult:
    try:
        return analyse(job, settings)
    except Exception as exc:  # one hostile page must not sink the batch
        failed = PageJob(
            job.feed_id,
            job.entry,
            job.fetched_url,
            job.http_status,
            job.content_type,
            None,
            f"extraction failed: {type(exc).__name__}",
            job.feed_language,
        )
        return analyse(failed, settings)


def analyse_jobs(
    jobs: list[PageJob],
    workers: int = 1,
    pool: Executor | None = None,
    settings: ExtractionSettings = DEFAULT_SETTINGS,
) -> list[PageResult]:
    """Analyse jobs in order; chunks go to `pool` (or a temporary one) for large batches."""
    if workers <= 1 or len(jobs) < POOL_MIN_JOBS:
        return [_safe(job, settings) for job in jobs]
    chunk = max(4, len(jobs) // (workers * 4))
    chunks = [jobs[i : i + chunk] for i in range(0, len(jobs), chunk)]
    own_pool = pool is None
    executor = pool or make_pool(workers)
    try:
        futures = [executor.submit(analyse_many, part, settings) for part in chunks]
        results: list[PageResult] = []
        for part, future in zip(chunks, futures, strict=True):
            try:
                results.extend(future.result())
            except Exception:  # a worker died or one job raised: redo that chunk safely here
                results.extend(_safe(job, settings) for job in part)
        return results
    finally:
        if own_pool:
            executor.shutdown(wait=True, cancel_futures=True)
