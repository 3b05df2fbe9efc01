"""Score exercise predictions against gold items in the labels format.

Pure functions (``evaluate``, ``format_report``) for the ``drillwatch eval`` command; running
this module reads JSONL gold files, runs the detector and prints the report:

    python -m extractors.exercise.evaluate GOLD.jsonl [MORE.jsonl ...] [--errors] [--json]

Metrics follow the labelling guideline's checker: ambiguous items are skipped, a missing
prediction means "not an exercise", names are compared case-folded and punctuation-insensitive,
countries as exact sets plus micro precision/recall, all on true positives.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
import sys
from collections.abc import Iterable, Mapping
from typing import Any

from .names import norm_name


def published_date(item: Mapping[str, Any]) -> dt.date | None:
    """Best-effort publication date from a gold item's ``published``/``date`` field."""
    raw = item.get("published") or item.get("date")
    if not raw:
        return None
    if isinstance(raw, dt.date):
        return raw if not isinstance(raw, dt.datetime) else raw.date()
    raw = str(raw).strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", raw)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    for fmt in ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y"):
        try:
            return dt.datetime.strptime(raw, fmt).date()
        except ValueError:
            pass
    try:
        return email.utils.parsedate_to_datetime(raw).date()
    except (TypeError, ValueError, IndexError):
        return None


def _pred_map(predictions: Mapping[str, Mapping[str, Any]] | Iterable[Mapping[str, Any]]):
    if isinstance(predictions, Mapping):
        return dict(predictions)
    return {p["id"]: p for p in predictions}


def _safe_div(a: float, b: float) -> float:
    return a / b if b else 0.0


def evaluate(
    gold: Iterable[Mapping[str, Any]],
    predictions: Mapping[str, Mapping[str, Any]] | Iterable[Mapping[str, Any]],
) -> dict[str, Any]:
    """Compare predictions (id -> record with is_exercise/name/countries/phase/host) to gold."""
    preds = _pred_map(predictions)
    tp = fp = fn = tn = 0
    name_ok = country_ok = phase_ok = host_ok = 0
    c_tp = c_fp = c_fn = 0
    errors: list[dict[str, Any]] = []
    for item in gold:
        if item.get("ambiguous"):
            continue
        gid = item["id"]
        pred = preds.get(gid) or {}
        is_gold = item.get("label") == "exercise"
        is_pred = bool(pred.get("is_exercise"))
        title = (item.get("title") or "")[:100]
        if is_pred and not is_gold:
            fp += 1
            errors.append(
                {
                    "id": gid,
                    "kind": "false_positive",
                    "expected": "other",
                    "got": pred.get("score"),
                    "title": title,
                    "evidence": (pred.get("evidence") or {}).get("is_exercise"),
                }
            )
            continue
        if is_gold and not is_pred:
            fn += 1
            errors.append(
                {
                    "id": gid,
                    "kind": "false_negative",
                    "expected": "exercise",
                    "got": pred.get("score"),
                    "title": title,
                }
            )
            continue
        if not is_gold:
            tn += 1
            continue
        tp += 1
        if norm_name(item.get("name")) == norm_name(pred.get("name")):
            name_ok += 1
        else:
            errors.append(
                {
                    "id": gid,
                    "kind": "name",
                    "expected": item.get("name"),
                    "got": pred.get("name"),
                    "title": title,
                }
            )
        g_set = set(item.get("countries") or [])
        p_set = set(pred.get("countries") or [])
        c_tp += len(g_set & p_set)
        c_fp += len(p_set - g_set)
        c_fn += len(g_set - p_set)
        if g_set == p_set:
            country_ok += 1
        else:
            errors.append(
                {
                    "id": gid,
                    "kind": "countries",
                    "expected": sorted(g_set),
                    "got": sorted(p_set),
                    "title": title,
                }
            )
        if (item.get("phase") or None) == (pred.get("phase") or None):
            phase_ok += 1
        else:
            errors.append(
                {
                    "id": gid,
                    "kind": "phase",
                    "expected": item.get("phase"),
                    "got": pred.get("phase"),
                    "title": title,
                }
            )
        if (item.get("host") or None) == (pred.get("host") or None):
            host_ok += 1
        else:
            errors.append(
                {
                    "id": gid,
                    "kind": "host",
                    "expected": item.get("host"),
                    "got": pred.get("host"),
                    "title": title,
                }
            )
    precision = _safe_div(tp, tp + fp)
    recall = _safe_div(tp, tp + fn)
    negatives = fp + tn
    return {
        "n": tp + fp + fn + tn,
        "positives": tp + fn,
        "negatives": negatives,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": precision,
        "recall": recall,
        "f1": _safe_div(2 * precision * recall, precision + recall),
        "false_alarms_per_100": 100.0 * _safe_div(fp, negatives),
        "name_accuracy": _safe_div(name_ok, tp),
        "country_set_exact": _safe_div(country_ok, tp),
        "country_micro_precision": _safe_div(c_tp, c_tp + c_fp),
        "country_micro_recall": _safe_div(c_tp, c_tp + c_fn),
        "phase_accuracy": _safe_div(phase_ok, tp),
        "host_accuracy": _safe_div(host_ok, tp),
        "errors": errors,
    }


def format_report(report: Mapping[str, Any], errors: bool = False) -> str:
    """Human-readable report; with ``errors`` also one line per error."""
    r = report
    lines = [
        f"items {r['n']} (positives {r['positives']}, negatives {r['negatives']})",
        f"precision {r['precision']:.3f}  recall {r['recall']:.3f}  f1 {r['f1']:.3f}  "
        f"(tp {r['tp']} fp {r['fp']} fn {r['fn']} tn {r['tn']})",
        f"false alarms per 100 negatives {r['false_alarms_per_100']:.2f}",
        f"on true positives: name {r['name_accuracy']:.3f}  country-set exact "
        f"{r['country_set_exact']:.3f}  country micro P/R {r['country_micro_precision']:.3f}/"
        f"{r['country_micro_recall']:.3f}  phase {r['phase_accuracy']:.3f}  host "
        f"{r['host_accuracy']:.3f}",
    ]
    if errors:
        for e in r["errors"]:
            lines.append(
                f"  {e['kind']:<15} {e['id']}: expected {e['expected']!r} got {e['got']!r}"
                f"  | {e.get('title', '')}"
            )
    return "\n".join(lines)


def predict(items: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Run the detector over gold-format items; id -> record."""
    from .detector import detect

    out = {}
    for item in items:
        m = detect(item.get("title") or "", item.get("text") or "", published_date(item))
        out[item["id"]] = m.to_record()
    return out


def load_jsonl(path: str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    show_errors = "--errors" in args
    as_json = "--json" in args
    paths = [a for a in args if not a.startswith("--")]
    if not paths:
        print(__doc__)
        return 2
    everything: list[dict[str, Any]] = []
    for path in paths:
        gold = load_jsonl(path)
        everything.extend(gold)
        report = evaluate(gold, predict(gold))
        if as_json:
            print(
                json.dumps(
                    {
                        "file": path,
                        **{k: v for k, v in report.items() if k != "errors" or show_errors},
                    }
                )
            )
        else:
            print(f"== {path}")
            print(format_report(report, errors=show_errors))
    if len(paths) > 1 and not as_json:
        print("== all files")
        print(format_report(evaluate(everything, predict(everything)), errors=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
