"""Quality floors: the detector must not fall below the scores pinned in baseline.json.

Our own evaluation set is always checked; the shared real-news label files are checked when
../shared is present (or DRILLWATCH_SHARED points at it). The real-news set keeps no page text
in the repository; it is checked when DRILLWATCH_REALNEWS_TEXTS names the folder of fetched
texts (tests/data/eval/realnews/README.md). Floors are set a little under what
the detector reached when they were pinned; raise them when the detector improves.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from extractors.exercise.evaluate import evaluate, format_report, load_jsonl, predict
from extractors.exercise.goldfile import load_gold

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "tests" / "data" / "eval" / "baseline.json"


def _shared_dir() -> Path:
    env = os.environ.get("DRILLWATCH_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared"


def _entries() -> list[tuple[str, dict]]:
    data = json.loads(BASELINE.read_text(encoding="utf-8"))
    return sorted(data["gold"].items())


def _paths(entry: dict) -> list[Path]:
    base = _shared_dir() if entry.get("shared") else ROOT
    return [base / p for p in entry["paths"]]


@pytest.mark.parametrize("key,entry", _entries(), ids=[k for k, _ in _entries()])
def test_scores_stay_above_their_floors(key: str, entry: dict) -> None:
    paths = _paths(entry)
    missing = [p for p in paths if not p.exists()]
    if missing:
        if entry.get("shared"):
            pytest.skip(f"shared gold file not available: {missing[0]}")
        pytest.fail(f"gold file missing: {missing[0]}")
    texts_env = entry.get("texts_env")
    if texts_env:
        texts_dir = os.environ.get(texts_env)
        if not texts_dir:
            pytest.skip(f"page texts not fetched: set {texts_env} to their folder")
        sets = [load_gold(p, texts_dir) for p in paths]
        lost = sum(len(s.missing_texts) for s in sets)
        assert lost == 0, f"{key}: {lost} page texts missing from {texts_dir}"
        gold = [item for s in sets for item in s.items]
    else:
        gold = [item for p in paths for item in load_jsonl(str(p))]
    report = evaluate(gold, predict(gold))
    # Per-field scores ("start_date", "troops") are floored as "fields.<field>".
    for field, stats in report["fields"].items():
        report[f"fields.{field}"] = stats["accuracy"]
    text = format_report(report, errors=True)
    for metric, floor in entry.get("min", {}).items():
        assert report[metric] >= floor, f"{key}: {metric} {report[metric]:.3f} < {floor}\n{text}"
    for metric, ceiling in entry.get("max", {}).items():
        assert report[metric] <= ceiling, (
            f"{key}: {metric} {report[metric]:.3f} > {ceiling}\n{text}"
        )


def test_baseline_file_is_well_formed() -> None:
    data = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert "drillwatch-eval" in data["gold"]
    for entry in data["gold"].values():
        assert entry["paths"] and ("min" in entry or "max" in entry)
