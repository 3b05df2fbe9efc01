"""Article-length HTML pages for benchmarks, built at run time (never committed).

With ../shared present, bodies are BBC News texts from the shared corpora wrapped in a typical
news-site template (navigation, related links, footer), so trafilatura has real boilerplate to
remove. Without it, bodies are generated from a fixed vocabulary. Either way the same pages feed
both sides of every ratio.
"""

from __future__ import annotations

import html
import os
import random
from pathlib import Path

SHARED = Path(os.environ.get("DRILLWATCH_SHARED", Path(__file__).resolve().parents[2] / "shared"))
BBC = SHARED / "corpora" / "bbc_fulltext" / "bbc"

TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} - Bench News</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{title}"><meta property="og:site_name" content="Bench News">
<meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<meta property="article:published_time" content="2024-0{month}-{day:02d}T08:00:00Z">
<meta name="author" content="Desk Writer {n}">
<link rel="canonical" href="https://news.bench.test/{section}/{n}">
<link rel="stylesheet" href="/static/site.css">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"{title}","datePublished":"2024-0{month}-{day:02d}T08:00:00Z",
"author":{{"@type":"Person","name":"Desk Writer {n}"}},
"publisher":{{"@type":"Organization","name":"Bench News"}}}}</script>
<script>{script}</script></head>
<body class="article-page"><div id="cookie-banner" class="banner"><p>We use cookies to improve
your experience. <a href="/privacy">Learn more</a></p><button>Accept</button></div>
<header class="site-header"><div class="container"><a class="logo" href="/">Bench News</a>
<nav class="mega-menu">{megamenu}</nav><form class="search"><input name="q"></form></div></header>
<div class="ad-slot leaderboard"><div class="ad-inner">Advertisement</div></div>
<div class="container layout"><main id="main"><article class="story">
<div class="breadcrumbs"><a href="/">Home</a> › <a href="/{section}">World</a></div>
<h1 class="headline">{title}</h1>
<div class="byline"><span class="author">By Desk Writer {n}</span>
<time datetime="2024-0{month}-{day:02d}">{day} March 2024</time></div>
<figure class="lead-image"><img src="/img/{n}.jpg" alt=""><figcaption>File photo.</figcaption>
</figure><div class="story-body">{paragraphs}</div>
<div class="share"><a href="#">Share</a> <a href="#">Post</a> <a href="#">Email</a></div>
<div class="tags">{tags}</div></article>
<section class="comments"><h3>Comments</h3><p>Sign in to comment.</p></section></main>
<aside class="sidebar"><h2>Most read</h2><ol>{related}</ol>
<div class="ad-slot mpu"><div class="ad-inner">Advertisement</div></div>
<h2>Latest</h2><ul class="teasers">{teasers}</ul></aside></div>
<footer class="site-footer"><div class="container">{footer}
<p>© Bench News. All rights reserved.</p></div></footer>
<script>{script}</script></body></html>"""

WORDS = [
    "the",
    "minister",
    "said",
    "defence",
    "forces",
    "ships",
    "troops",
    "exercise",
    "talks",
    "market",
    "council",
    "week",
    "government",
    "report",
    "officials",
    "region",
    "coast",
    "trade",
    "budget",
    "city",
    "vote",
    "court",
    "plan",
    "year",
    "people",
    "police",
    "water",
    "energy",
    "school",
    "health",
    "election",
    "agreement",
]


def _bodies() -> list[tuple[str, list[str]]]:
    if BBC.is_dir():
        out = []
        for path in sorted(BBC.glob("*/*.txt")):
            lines = [
                ln.strip() for ln in path.read_text(errors="ignore").splitlines() if ln.strip()
            ]
            if len(lines) >= 3:
                out.append((lines[0], lines[1:]))
        return out
    rng = random.Random(7)
    return [
        (
            " ".join(rng.choices(WORDS, k=8)).capitalize(),
            [
                " ".join(rng.choices(WORDS, k=rng.randint(25, 60))).capitalize() + "."
                for _ in range(rng.randint(6, 14))
            ],
        )
        for _ in range(600)
    ]


def make_pages(count: int) -> list[tuple[str, str]]:
    """(url, html) pairs, cycling through the bodies when count exceeds them."""
    bodies = _bodies()
    sections = (
        "world",
        "business",
        "politics",
        "tech",
        "sport",
        "science",
        "opinion",
        "culture",
        "travel",
        "health",
        "climate",
        "video",
    )
    megamenu = "".join(
        f'<div class="menu-col"><h4><a href="/{s}">{s.title()}</a></h4><ul>'
        + "".join(f'<li><a href="/{s}/topic-{k}">{s.title()} topic {k}</a></li>' for k in range(14))
        + "</ul></div>"
        for s in sections
    )
    footer = "".join(
        '<ul class="footer-col">'
        + "".join(f'<li><a href="/{s}/more-{k}">More {s} {k}</a></li>' for k in range(8))
        + "</ul>"
        for s in sections
    )
    script = "window.dataLayer=window.dataLayer||[];" + "function f(a){return a*2};" * 60
    pages = []
    for n in range(count):
        title, paras = bodies[n % len(bodies)]
        related = "".join(
            f'<li><a href="/world/{n + k}">Another story {n + k}</a></li>' for k in range(1, 11)
        )
        teasers = "".join(
            f'<li class="teaser"><a href="/world/{n + k}"><img src="/t/{k}.jpg" alt="">'
            f"<span>Teaser headline number {k} for the sidebar</span></a><time>2h ago</time></li>"
            for k in range(20)
        )
        tags = "".join(f'<a class="tag" href="/tag/{w}">{w}</a>' for w in WORDS[n % 7 :: 7])
        page = TEMPLATE.format(
            title=html.escape(title),
            n=n,
            section="world",
            month=1 + n % 9,
            day=1 + n % 28,
            megamenu=megamenu,
            related=related,
            teasers=teasers,
            tags=tags,
            footer=footer,
            script=script,
            paragraphs="\n".join(f"<p>{html.escape(p)}</p>" for p in paras),
        )
        pages.append((f"https://news.bench.test/world/{n}", page))
    return pages


def corpus_name() -> str:
    return "BBC News texts from ../shared" if BBC.is_dir() else "generated text"


def known_bodies(count: int) -> list[str]:
    """The article text each page of `make_pages(count)` was built around (its gold body)."""
    bodies = _bodies()
    return ["\n".join(bodies[n % len(bodies)][1]) for n in range(count)]
