"""Real-news resolution check: the whole pipeline over real pages, then `resolve`.

The pages of the real-news development set (tests/data/eval/realnews/*.jsonl; their texts are
fetched into a scratch folder at evaluation time, never committed) are served as a small news
site on 127.0.0.1: one HTML page per item, and RSS feeds listing them with their publication
dates. The real poll flow fetches, extracts, detects and stores them in a fresh DuckDB file;
`resolve` groups the mentions. The gold says which real exercise (series and year) each page
reports, so two figures can be read:

* of the exercise-years reported by two or more pages (that the detector found), how many
  became exactly one exercise (the issue's target: at least 90 %);
* the weighted purity of the exercises formed (target: at least 0.97).

    .venv/bin/python bench/resolution_realnews.py --texts /path/to/scratch/texts [--split dev]

No assertions: it prints the figures, and the groups that split or mixed.
"""

from __future__ import annotations

import argparse
import email.utils
import html
import json
import os
import sys
import tempfile
import threading
from collections import Counter, defaultdict
from datetime import UTC, date, datetime
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

from extractors.exercise.dates import edition_iteration, edition_year  # noqa: E402
from extractors.exercise.goldfile import load_gold  # noqa: E402
from extractors.exercise.names import canonical_series  # noqa: E402
from extractors.exercise.text import split_headline  # noqa: E402

PER_FEED = 40


def gold_key(item: dict) -> tuple[str, int] | tuple[str, int, str] | None:
    """(canonical series, year) of the real exercise a gold item reports, if it is named.

    An iteration the gold name states ("Cope Thunder 25-2", "Joint Sword-2024B") is a real
    exercise of its own, as `resolve` keeps it, so it is part of the key.
    """
    series = canonical_series(item.get("series") or item.get("name"))
    if not series:
        return None
    year = edition_year(item.get("name"))[0]
    for field in ("start_date", "end_date", "published"):
        if year is None and item.get(field):
            year = int(str(item[field])[:4])
    if not year:
        return None
    iteration = edition_iteration(item.get("name"))
    return (series.casefold(), year, iteration) if iteration else (series.casefold(), year)


def write_site(items: list[dict], root: Path, base: str) -> list[str]:
    """Pages and feeds for `items` under `root`; returns the feed URLs."""
    (root / "p").mkdir(parents=True)
    feeds = []
    for n in range(0, len(items), PER_FEED):
        entries = []
        for item in items[n : n + PER_FEED]:
            headline, body = split_headline(item["text"])
            pub = item.get("published")
            meta = (
                f'<meta property="article:published_time" content="{pub}T08:00:00Z">' if pub else ""
            )
            paragraphs = "".join(
                f"<p>{html.escape(p.strip())}</p>" for p in body.split("\n") if p.strip()
            )
            page = (
                f"<!DOCTYPE html><html><head><meta charset='utf-8'>"
                f"<title>{html.escape(headline)}</title>{meta}</head><body><article>"
                f"<h1>{html.escape(headline)}</h1>{paragraphs}</article></body></html>"
            )
            (root / "p" / f"{item['id']}.html").write_text(page, encoding="utf-8")
            when = ""
            if pub:
                stamp = datetime.fromisoformat(pub).replace(hour=8, tzinfo=UTC)
                when = f"<pubDate>{email.utils.format_datetime(stamp)}</pubDate>"
            entries.append(
                f"<item><title>{html.escape(headline)}</title>"
                f"<link>{base}/p/{item['id']}.html</link><guid>{item['id']}</guid>{when}</item>"
            )
        name = f"feed-{n // PER_FEED:02d}.xml"
        (root / name).write_text(
            "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
            f"<title>Real news {name}</title><link>{base}/</link>"
            + "".join(entries)
            + "</channel></rss>",
            encoding="utf-8",
        )
        feeds.append(f"{base}/{name}")
    return feeds


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--texts", required=True, help="scratch folder with <id>.txt")
    ap.add_argument("--split", default="dev", choices=("dev", "blind", "both"))
    args = ap.parse_args()
    splits = ("dev", "blind") if args.split == "both" else (args.split,)
    items, missing = [], []
    for split in splits:
        loaded = load_gold(
            ROOT / "tests" / "data" / "eval" / "realnews" / f"{split}.jsonl", args.texts
        )
        items += [i for i in loaded.items if not i.get("ambiguous")]
        missing += loaded.missing_texts
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        site.mkdir()
        server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(site)))
        base = f"http://127.0.0.1:{server.server_address[1]}"
        threading.Thread(target=server.serve_forever, daemon=True).start()
        feeds = write_site(items, site, base)
        feeds_file = Path(tmp) / "feeds.yaml"
        feeds_file.write_text(
            "feeds:\n"
            + "".join(f"  - name: real {i}\n    url: {u}\n" for i, u in enumerate(feeds)),
            encoding="utf-8",
        )
        db = Path(tmp) / "real.duckdb"
        from flows.poll import poll_feeds
        from warehouse import open_reader
        from warehouse.resolve import resolve_warehouse

        summary = poll_feeds(
            feeds_file=str(feeds_file),
            db_path=str(db),
            allow_private_networks=True,
            every_feed=True,
        )
        resolve_warehouse(db)
        with open_reader(db) as conn:
            members = dict(
                conn.execute("SELECT url_key, exercise_id FROM core.exercise_members").fetchall()
            )
        server.shutdown()
    report(items, members, base, missing, summary.articles_added)


def report(
    items: list[dict], members: dict[str, str], base: str, missing: list[str], stored: int
) -> None:
    by_url = {f"{base}/p/{i['id']}.html": i for i in items}
    found = {u: members[u] for u in by_url if u in members}
    groups: dict[tuple, list[str]] = defaultdict(list)
    for url, item in by_url.items():
        key = gold_key(item) if item.get("label") == "exercise" else None
        if key:
            groups[key].append(url)
    multi = {k: v for k, v in groups.items() if len(v) >= 2}
    seen = {k: [found[u] for u in v if u in found] for k, v in multi.items()}
    judged = {k: ids for k, ids in seen.items() if len(ids) >= 2}
    whole = [k for k, ids in judged.items() if len(set(ids)) == 1]
    by_exercise: dict[str, Counter] = defaultdict(Counter)
    for url, ex in found.items():
        key = gold_key(by_url[url]) if by_url[url].get("label") == "exercise" else None
        if key:
            by_exercise[ex][key] += 1
    total = sum(sum(c.values()) for c in by_exercise.values())
    purity = sum(max(c.values()) for c in by_exercise.values()) / total if total else 0.0
    print(
        f"pages {len(items)} ({len(missing)} texts missing), articles stored {stored}, "
        f"mentions resolved {len(found)}"
    )
    print(f"named exercise-years with 2+ reports: {len(multi)}; with 2+ detected: {len(judged)}")
    share = len(whole) / len(judged) if judged else 0.0
    print(f"resolved into exactly one exercise: {len(whole)} of {len(judged)} ({share:.1%})")
    print(f"weighted purity of the exercises formed: {purity:.3f}")
    for key, ids in sorted(judged.items()):
        if len(set(ids)) > 1:
            print(f"  split {key}: {sorted(Counter(ids).items())}")
    for ex, counts in sorted(by_exercise.items()):
        if len(counts) > 1:
            print(f"  mixed {ex}: {dict(counts)}")
    print(
        json.dumps(
            {
                "judged": len(judged),
                "whole": len(whole),
                "purity": round(purity, 3),
                "date": date.today().isoformat(),
            }
        )
    )


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        return


if __name__ == "__main__":
    main()
