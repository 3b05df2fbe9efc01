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


# Fields scored on true positives "where the page states it" (gold not null), as the
# held-out evaluation does; `spurious` counts values the detector gave where gold has none.
SCALAR_FIELDS = ("host", "start_date", "end_date", "troops", "ships", "aircraft", "phase")
FIELD_ORDER = ("name", "series", "countries", *SCALAR_FIELDS)


def _same_series(gold: Any, pred: Any) -> bool:
    from .names import canonical_series

    return norm_name(canonical_series(gold)) == norm_name(canonical_series(pred))


def _field_value(record: Mapping[str, Any], key: str) -> Any:
    value = record.get(key)
    if key in ("start_date", "end_date") and value:
        return str(value)[:10]
    if key in ("troops", "ships", "aircraft") and value is not None:
        try:
            return int(value)
        except (TypeError, ValueError):
            return value
    return value if value not in ("", []) else None


def _score_fields(
    item: Mapping[str, Any], pred: Mapping[str, Any], stats: dict[str, dict[str, int]]
) -> list[tuple[str, Any, Any]]:
    """Update per-field counts for one true positive; return the (field, gold, got) misses."""
    misses = []
    for key in FIELD_ORDER:
        cell = stats.setdefault(key, {"stated": 0, "correct": 0, "spurious": 0, "unstated": 0})
        if key == "countries":
            gold = set(item.get("countries") or [])
            got = set(pred.get("countries") or [])
            if not gold:
                cell["unstated"] += 1
                cell["spurious"] += bool(got)
                continue
            cell["stated"] += 1
            if gold == got:
                cell["correct"] += 1
            continue  # country misses are reported by the legacy block
        gold, got = _field_value(item, key), _field_value(pred, key)
        if gold is None:
            cell["unstated"] += 1
            cell["spurious"] += got is not None
            continue
        cell["stated"] += 1
        if key == "name":
            ok = norm_name(gold) == norm_name(got)
        elif key == "series":
            ok = got is not None and _same_series(gold, got)
        else:
            ok = gold == got
        if ok:
            cell["correct"] += 1
        elif key not in ("name", "phase", "host"):  # those three have their own error kinds
            misses.append((key, gold, got))
    return misses


def _field_summary(stats: Mapping[str, Mapping[str, int]]) -> dict[str, dict[str, Any]]:
    return {
        key: {
            **cell,
            "accuracy": _safe_div(cell["correct"], cell["stated"]),
            "spurious_rate": _safe_div(cell["spurious"], cell["unstated"]),
        }
        for key, cell in stats.items()
    }


def evaluate(
    gold: Iterable[Mapping[str, Any]],
    predictions: Mapping[str, Mapping[str, Any]] | Iterable[Mapping[str, Any]],
) -> dict[str, Any]:
    """Compare predictions (id -> detector record) to gold items; see the module docstring."""
    preds = _pred_map(predictions)
    tp = fp = fn = tn = 0
    name_ok = country_ok = phase_ok = host_ok = 0
    c_tp = c_fp = c_fn = 0
    errors: list[dict[str, Any]] = []
    field_stats: dict[str, dict[str, int]] = {}
    for item in gold:
        if item.get("ambiguous"):
            continue
        gid = item["id"]
        pred = preds.get(gid) or {}
        is_gold = item.get("label") == "exercise"
        is_pred = bool(pred.get("is_exercise"))
        title = (item.get("title") or item.get("text") or "")[:100].replace("\n", " ")

        def miss(kind: str, expected: Any, got: Any, _gid: str = gid, _t: str = title) -> None:
            errors.append({"id": _gid, "kind": kind, "expected": expected, "got": got, "title": _t})

        if is_pred and not is_gold:
            fp += 1
            miss("false_positive", "other", pred.get("score"))
            errors[-1]["evidence"] = (pred.get("evidence") or {}).get("is_exercise")
            continue
        if is_gold and not is_pred:
            fn += 1
            miss("false_negative", "exercise", pred.get("score"))
            continue
        if not is_gold:
            tn += 1
            continue
        tp += 1
        for key, expected, got in _score_fields(item, pred, field_stats):
            miss(key, expected, got)
        if norm_name(item.get("name")) == norm_name(pred.get("name")):
            name_ok += 1
        else:
            miss("name", item.get("name"), pred.get("name"))
        g_set = set(item.get("countries") or [])
        p_set = set(pred.get("countries") or [])
        c_tp += len(g_set & p_set)
        c_fp += len(p_set - g_set)
        c_fn += len(g_set - p_set)
        if g_set == p_set:
            country_ok += 1
        else:
            miss("countries", sorted(g_set), sorted(p_set))
        if (item.get("phase") or None) == (pred.get("phase") or None):
            phase_ok += 1
        else:
            miss("phase", item.get("phase"), pred.get("phase"))
        if (item.get("host") or None) == (pred.get("host") or None):
            host_ok += 1
        else:
            miss("host", item.get("host"), pred.get("host"))
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
        "fields": _field_summary(field_stats),
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
    fields = r.get("fields") or {}
    if fields:
        lines.append("fields where the gold states them (accuracy, stated; given where unstated):")
        for key in FIELD_ORDER:
            cell = fields.get(key)
            if cell:
                lines.append(
                    f"  {key:<11} {cell['accuracy']:.3f}  ({cell['correct']}/{cell['stated']});"
                    f" spurious {cell['spurious']}/{cell['unstated']}"
                )
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
