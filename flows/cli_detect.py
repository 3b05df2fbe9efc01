"""`drillwatch detect` and `drillwatch eval`: the detector from the command line.

`detect` prints exactly the keys of extractors.exercise.MENTION_KEYS, a contract scripts rely
on. Neither command imports Prefect or touches the network.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    det = subparsers.add_parser("detect", help="detect a military exercise in a text or HTML file")
    det.add_argument("file", nargs="?", help="text or HTML file, or - for standard input")
    det.add_argument("--published", help="publication date YYYY-MM-DD (resolves relative dates)")
    det.add_argument("--title", default="", help="article title")
    det.add_argument("--jsonl", help="read {id,title,text,published?} lines; write one per line")
    det.set_defaults(func=cmd_detect)

    ev = subparsers.add_parser("eval", help="score the detector against labelled JSONL files")
    ev.add_argument("gold", nargs="+", help="gold file(s) in the corpora/labels format")
    ev.add_argument("--errors", action="store_true", help="list what the detector got wrong")
    ev.add_argument(
        "--texts",
        metavar="DIR",
        help="folder of <id>.txt texts for gold lines that carry a URL but no text"
        " (real-news sets, see tests/data/eval/realnews/README.md)",
    )
    ev.add_argument("--json", action="store_true", help="print the report as one JSON object")
    ev.set_defaults(func=cmd_eval)


def _parse_date(value: str | None, where: str) -> date | None:
    from flows.cli import CliError

    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise CliError(f"{where}: invalid date {value!r} (expected YYYY-MM-DD)") from exc


def _read_input(name: str) -> str:
    from extractors.text import NotTextError, decode_document
    from flows.cli import CliError

    if name == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            data = Path(name).read_bytes()
        except OSError as exc:
            raise CliError(f"cannot read {name}: {exc.strerror}") from exc
    try:
        return decode_document(data)
    except NotTextError as exc:
        shown = "standard input" if name == "-" else name
        raise CliError(f"{shown} {exc}; give a text or HTML file") from exc


def text_and_title(raw: str, title: str) -> tuple[str, str]:
    """Plain text (HTML goes through trafilatura) and the best title available."""
    from extractors.text import looks_like_html

    if looks_like_html(raw.encode("utf-8", "ignore")):
        from extractors.articles import DEFAULT_SETTINGS, extract_page

        page = extract_page(raw, "", DEFAULT_SETTINGS)
        return page.text, title or (page.title or "")
    return raw, title


def cmd_detect(args: argparse.Namespace) -> int:
    from extractors.exercise import detect
    from flows.cli import CliError

    if args.jsonl:
        source = sys.stdin if args.jsonl == "-" else None
        try:
            handle = source or open(args.jsonl, encoding="utf-8")  # noqa: SIM115
        except OSError as exc:
            raise CliError(f"cannot read {args.jsonl}: {exc.strerror}") from exc
        with handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise CliError(f"{args.jsonl}:{number}: invalid JSON: {exc.msg}") from exc
                published = _parse_date(item.get("published"), f"{args.jsonl}:{number}")
                text, title = text_and_title(item.get("text") or "", item.get("title") or "")
                record = detect(title, text, published).to_record()
                sys.stdout.write(json.dumps({"id": item.get("id"), **record}) + "\n")
        return 0
    if not args.file:
        raise CliError("give a FILE (or - for standard input), or --jsonl IN.jsonl")
    text, title = text_and_title(_read_input(args.file), args.title)
    record = detect(title, text, _parse_date(args.published, "--published")).to_record()
    print(json.dumps(record, indent=2, ensure_ascii=False))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from extractors.exercise.evaluate import evaluate, format_report, predict
    from extractors.exercise.goldfile import GoldError, load_gold
    from flows.cli import CliError

    if args.texts and not Path(args.texts).is_dir():
        raise CliError(f"--texts {args.texts}: no such folder")
    gold: list[dict] = []
    missing: list[str] = []
    for name in args.gold:
        try:
            loaded = load_gold(name, args.texts)
        except GoldError as exc:
            raise CliError(str(exc)) from exc
        gold.extend(loaded.items)
        missing.extend(loaded.missing_texts)
    if not gold:
        raise CliError(f"no texts found in {args.texts} for any of {len(missing)} items")
    report = evaluate(gold, predict(gold))
    if args.json:
        print(json.dumps({**report, "missing_texts": missing}, default=str))
        return 0
    if missing:
        print(
            f"texts missing for {len(missing)} items (not scored): {', '.join(missing[:10])}"
            + (" ..." if len(missing) > 10 else "")
        )
    print(format_report(report, errors=args.errors))
    return 0
