"""Synthetic warehouses for the trend-view and resolution benchmarks (and their tests).

Why synthetic: real feeds give a few thousand mentions a month; the views and the resolver
must be shown to hold at years of that. The generator writes through the real schema (migrations
via open_writer, Arrow batches in the warehouse.tables schemas), so the real views run on it.

The shape imitates news: exercises belong to blocs of partners (who exercises with whom), named
series recur yearly, a third are unnamed, each exercise is reported 1-20 times by different
outlets with the usual noise (name with or without edition, partial participant lists, a stray
country, dates of day or month precision or none), and 8 % of reports are syndicated copies.
Every mention article's URL carries the true exercise (/ex/<truth>/<n>), so a benchmark can
score the resolver against the truth.

    .venv/bin/python bench/synthetic.py --db /tmp/synth.duckdb --articles 1000000 --mentions 100000
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from warehouse import open_writer  # noqa: E402
from warehouse import tables as T  # noqa: E402
from warehouse.writes import register_feeds  # noqa: E402

BLOCS = {
    "nato": (
        [
            "US",
            "GB",
            "FR",
            "DE",
            "PL",
            "EE",
            "LV",
            "LT",
            "NO",
            "IT",
            "ES",
            "NL",
            "CA",
            "TR",
            "RO",
            "BG",
            "GR",
            "DK",
            "FI",
            "SE",
        ],
        [
            "Baltic Sea",
            "North Sea",
            "Black Sea",
            "Mediterranean",
            "Norwegian Sea",
            "Atlantic",
            "Barents Sea",
        ],
    ),
    "indopac": (
        ["US", "JP", "AU", "IN", "KR", "PH", "ID", "SG", "MY", "TH", "VN", "NZ", "FR", "GB", "CA"],
        [
            "South China Sea",
            "Philippine Sea",
            "Sea of Japan",
            "Bay of Bengal",
            "Arabian Sea",
            "Pacific",
            "Coral Sea",
            "Java Sea",
        ],
    ),
    "eurasia": (
        ["RU", "BY", "CN", "KZ", "KG", "TJ", "UZ", "IR", "MN", "LA", "AM"],
        [
            "Sea of Japan",
            "Sea of Okhotsk",
            "Barents Sea",
            "Black Sea",
            "Caspian Sea",
            "Baltic Sea",
            "East China Sea",
        ],
    ),
    "mideast": (
        ["US", "SA", "AE", "EG", "JO", "IL", "QA", "BH", "KW", "OM", "GB", "FR"],
        ["Red Sea", "Persian Gulf", "Arabian Sea", "Gulf of Oman", "Mediterranean"],
    ),
    "africa": (
        ["NG", "GH", "SN", "KE", "ZA", "MA", "EG", "ET", "TZ", "US", "FR"],
        ["Gulf of Guinea", "Mozambique Channel", "Indian Ocean", "Red Sea"],
    ),
    "americas": (
        ["US", "BR", "AR", "CL", "CO", "MX", "PE", "CA", "EC", "UY"],
        ["Caribbean", "Pacific", "Atlantic", "Gulf of Mexico"],
    ),
}
BLOC_WEIGHTS = {"nato": 30, "indopac": 28, "eurasia": 16, "mideast": 12, "africa": 6, "americas": 8}
WORDS_A = tuple(
    str.split(
        "Baltic Northern Steadfast Cold Pacific Iron Golden Silver Desert Arctic Eagle Falcon "
        "Thunder Shield Sabre Dragon Lion Tiger Ocean Union Southern Western Eastern Red Blue "
        "Black White Swift Noble Brave Grand Trident Storm Sea Sky Steel Stone Crimson Jade "
        "Amber Polar Coastal Highland Valiant Vigilant Bright Dawn Night Summer Winter Spring "
        "Autumn Royal Free Loyal Bold Rapid Silent Strong True"
    )
)
WORDS_B = tuple(
    str.split(
        "Breeze Shield Edge Response Defender Strike Guardian Partner Resolve Arrow Spear "
        "Hammer Anvil Bridge Gate Harbour Horizon Wave Wind Star Flag Eagle Hawk Bear Wolf "
        "Fox Lance Sword Blade Sentry Watch Dragon Lion Falcon Thunder Lightning Fire Frost "
        "Storm Tide Current Reef Cape Coast Ridge Peak Valley Forest Desert Dune Oasis Link "
        "Accord Alliance Spirit Cooperation"
    )
)
PHASES = ("announced", "ongoing", "concluded")
T0 = datetime(2022, 1, 1, tzinfo=UTC)
SPAN_DAYS = 5 * 365


def _exercises(rng: random.Random, count: int) -> list[dict]:
    """The truth: `count` exercises, about two thirds of them editions of named series."""
    names = [f"{a} {b}" for a in WORDS_A for b in WORDS_B if a != b]
    rng.shuffle(names)
    series_by_bloc = {bloc: names[i * 400 : (i + 1) * 400] for i, bloc in enumerate(BLOCS)}
    used: set[tuple[str, int]] = set()
    out = []
    blocs, weights = list(BLOC_WEIGHTS), list(BLOC_WEIGHTS.values())
    for n in range(count):
        bloc = rng.choices(blocs, weights)[0]
        members, seas = BLOCS[bloc]
        start = (T0 + timedelta(days=rng.randrange(SPAN_DAYS))).date()
        series = None
        if rng.random() < 0.66:
            for _ in range(5):
                pick = rng.choice(series_by_bloc[bloc])
                if (pick, start.year) not in used:
                    used.add((pick, start.year))
                    series = pick
                    break
        host = rng.choice(members[: max(4, len(members) // 2)])
        partners = rng.sample([c for c in members if c != host], rng.choice((0, 1, 1, 2, 3, 5)))
        out.append(
            {
                "n": n,
                "series": series,
                "host": host,
                "countries": sorted({host, *partners}),
                "start": start,
                "end": start + timedelta(days=rng.randrange(2, 21)),
                "sea": rng.choice(seas) if rng.random() < 0.7 else None,
                "place": f"{host} range {rng.randrange(1, 41)}" if rng.random() < 0.5 else None,
                "troops": int(rng.lognormvariate(8, 1.2)) if rng.random() < 0.3 else None,
                "ships": rng.randrange(2, 80) if rng.random() < 0.25 else None,
                "aircraft": rng.randrange(4, 200) if rng.random() < 0.25 else None,
                "domains": sorted(
                    rng.sample(["land", "sea", "air", "amphibious"], rng.randrange(1, 3))
                ),
            }
        )
    return out


def _name(rng: random.Random, series: str | None, year: int) -> tuple[str | None, str | None]:
    if series is None or rng.random() < 0.15:
        return None, None
    r = rng.random()
    name = (
        f"{series} {year}"
        if r < 0.4
        else f"{series}-{year}"
        if r < 0.5
        else f"{series}-{year % 100:02d}"
        if r < 0.55
        else f"Exercise {series}"
        if r < 0.6
        else series
    )
    return name, series if rng.random() < 0.6 else None


def _mention(rng: random.Random, ex: dict, url: str, now: datetime) -> tuple[dict, datetime]:
    phase = rng.choice(PHASES)
    offset = {
        "announced": -rng.randrange(1, 60),
        "ongoing": rng.randrange(0, 5),
        "concluded": (ex["end"] - ex["start"]).days + rng.randrange(0, 10),
    }[phase]
    published = datetime.combine(ex["start"], datetime.min.time(), UTC) + timedelta(
        days=offset, hours=rng.randrange(6, 22)
    )
    name, series = _name(rng, ex["series"], ex["start"].year)
    countries = [c for c in ex["countries"] if c == ex["host"] or rng.random() < 0.8]
    if rng.random() < 0.03:
        countries.append(rng.choice(BLOCS[rng.choice(list(BLOCS))][0]))
    r = rng.random()
    start, sp = (
        (ex["start"], "day")
        if r < 0.5
        else ((ex["start"].replace(day=1), "month") if r < 0.65 else (None, None))
    )
    end, ep = (ex["end"], "day") if start and sp == "day" and rng.random() < 0.6 else (None, None)
    locations = []
    if ex["sea"] and rng.random() < 0.8:
        locations.append({"name": ex["sea"], "country": None, "sea": True})
    if ex["place"] and rng.random() < 0.6:
        locations.append({"name": ex["place"], "country": ex["host"], "sea": False})
    noisy = lambda v: int(v * rng.uniform(0.9, 1.1)) if v and rng.random() < 0.5 else None  # noqa: E731
    countries = sorted(set(countries))
    return {
        "url_key": url,
        "detector_version": "synthetic-1",
        "detected_at": now,
        "score": 0.9,
        "phase": phase,
        "name": name,
        "series": series,
        "aliases": [],
        "countries": countries,
        "host": ex["host"] if rng.random() < 0.8 else None,
        "start_date": start,
        "start_precision": sp,
        "end_date": end,
        "end_precision": ep,
        "locations": json.dumps(locations),
        "location_names": [x["name"] for x in locations],
        "troops": noisy(ex["troops"]),
        "aircraft": noisy(ex["aircraft"]),
        "ships": noisy(ex["ships"]),
        "vehicles": None,
        "domains": ex["domains"],
        "kind": ("national", "bilateral", "multilateral")[min(len(countries), 3) - 1]
        if countries
        else None,
        "qualifiers": "{}",
        "evidence": "{}",
    }, published


def _article(
    url: str, feed: int, title: str, published: datetime, dup: str | None, fingerprint: int | None
) -> dict:
    return {
        "url_key": url,
        "url": url,
        "canonical_url": None,
        "feed_id": f"feed-{feed:03d}",
        "entry_key": url,
        "title": title,
        "author": None,
        "sitename": f"Outlet {feed:03d}",
        "language": "en",
        "published_at": published,
        "first_seen_at": published + timedelta(minutes=20),
        "run_id": "synthetic",
        "http_status": 200,
        "content_type": "text/html",
        "text": title + ". Synthetic body.",
        "summary": "",
        "extraction_status": "full",
        "extraction_reason": None,
        "fingerprint": fingerprint,
        "duplicate_of": dup,
        "word_count": 8,
    }


def generate(
    db: str | Path,
    articles: int = 1_000_000,
    mentions: int = 100_000,
    seed: int = 7,
    feeds: int = 300,
    batch: int = 100_000,
) -> dict:
    """Write a synthetic warehouse; returns counts. Mentions must not exceed articles."""
    rng = random.Random(seed)
    now = datetime(2027, 1, 1, tzinfo=UTC)
    truth = _exercises(rng, max(1, mentions // 4))
    mention_rows, mention_articles = [], []
    per: list[list[str]] = [[] for _ in truth]
    while len(mention_rows) < mentions:
        ex = rng.choice(truth) if rng.random() < 0.5 else truth[len(mention_rows) % len(truth)]
        url = f"https://outlet.example/ex/{ex['n']}/{len(per[ex['n']])}"
        feed = rng.randrange(feeds)
        if per[ex["n"]] and rng.random() < 0.08:  # a syndicated copy of an earlier report
            original = rng.choice(per[ex["n"]])
            row = dict(mention_rows[int(original.rsplit("#", 1)[1])])
            src = mention_articles[int(original.rsplit("#", 1)[1])]
            row["url_key"] = url
            article = _article(
                url,
                feed,
                src["title"],
                src["published_at"] + timedelta(hours=1),
                src["url_key"],
                None,
            )
        else:
            row, published = _mention(rng, ex, url, now)
            article = _article(url, feed, f"Report on exercise {ex['n']}", published, None, None)
        per[ex["n"]].append(f"{url}#{len(mention_rows)}")
        mention_rows.append(row)
        mention_articles.append(article)
    started = time.perf_counter()
    with open_writer(db) as conn:
        register_feeds(
            conn,
            [
                {
                    "feed_id": f"feed-{i:03d}",
                    "name": f"Outlet {i:03d} feed",
                    "configured_url": f"https://outlet{i:03d}.example/rss",
                    "language": "en",
                    "tags": ["synthetic"],
                    "interval_minutes": 30,
                }
                for i in range(feeds)
            ],
            now,
        )
    other = articles - len(mention_articles)
    for lo in range(0, max(other, 0) + len(mention_articles), batch):
        rows = []
        for i in range(lo, min(lo + batch, other + len(mention_articles))):
            if i < len(mention_articles):
                rows.append(mention_articles[i])
            else:
                when = T0 + timedelta(seconds=rng.randrange(SPAN_DAYS * 86400))
                rows.append(
                    _article(
                        f"https://outlet.example/a/{i}",
                        rng.randrange(feeds),
                        f"Unrelated story {i}",
                        when,
                        None,
                        rng.getrandbits(64),
                    )
                )
        checks = [
            {
                "url_key": r["url_key"],
                "detector_version": "synthetic-1",
                "checked_at": now,
                "is_exercise": "/ex/" in r["url_key"],
                "score": 0.9 if "/ex/" in r["url_key"] else 0.1,
            }
            for r in rows
        ]
        lo_m, hi_m = lo, min(lo + batch, len(mention_rows))
        with open_writer(db) as conn:
            conn.register("b_articles", T.to_table(rows, T.ARTICLES))
            conn.register("b_checks", T.to_table(checks, T.ARTICLE_CHECKS))
            conn.register("b_mentions", T.to_table(mention_rows[lo_m:hi_m], T.MENTIONS))
            conn.execute("BEGIN TRANSACTION")
            conn.execute("INSERT INTO core.articles SELECT * FROM b_articles")
            conn.execute("INSERT INTO core.article_checks SELECT * FROM b_checks")
            conn.execute("INSERT INTO core.exercise_mentions SELECT * FROM b_mentions")
            conn.execute("COMMIT")
    with open_writer(db) as conn:
        conn.execute(
            "UPDATE core.feeds SET articles_total = (SELECT count(*) FROM core.articles"
            " a WHERE a.feed_id = core.feeds.feed_id), last_outcome = 'ok'"
        )
        counts = conn.execute(
            "SELECT (SELECT count(*) FROM core.articles), (SELECT count(*) FROM"
            " core.exercise_mentions), (SELECT count(*) FROM core.articles WHERE duplicate_of"
            " IS NOT NULL)"
        ).fetchall()[0]
    return {
        "articles": counts[0],
        "mentions": counts[1],
        "copies": counts[2],
        "true_exercises": sum(1 for p in per if p),
        "write_s": round(time.perf_counter() - started, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if Path(args.db).exists():
        parser.error(f"{args.db} exists; pick a new path")
    started = time.perf_counter()
    result = generate(args.db, args.articles, args.mentions, args.seed)
    result["total_s"] = round(time.perf_counter() - started, 1)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
