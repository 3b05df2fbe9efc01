"""Does the pipeline's fast-first extraction lose text? Token F1 and speed per setting.

The pipeline runs trafilatura's fast pass first and its full cascade (readability and jusText
comparison) only when the fast text is short or has no paragraphs. This measures what that
costs in extraction quality against trafilatura's default and precision settings, on:

- real news pages: the HTML test fixtures of newspaper4k with the texts its tests expect
  (fetched from PyPI with `pip download` into bench/out/, never committed). Those texts are
  another extractor's output, not a human gold standard: agreement, not truth.
- template pages: `bench/pages.py` pages, whose article text is known exactly.

    .venv/bin/python bench/extraction_quality.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import collections
import re
import subprocess
import sys
import tarfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import trafilatura  # noqa: E402
from pages import corpus_name, known_bodies, make_pages  # noqa: E402

from extractors.articles import DEFAULT_SETTINGS, ExtractionSettings, extract_page  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
NEWSPAPER = "newspaper4k==0.9.6"
WORD = re.compile(r"\w+")


def _tokens(text: str) -> collections.Counter[str]:
    return collections.Counter(WORD.findall(text.lower()))


def token_f1(found: str, expected: str) -> float:
    got, want = _tokens(found), _tokens(expected)
    overlap = sum((got & want).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def real_pages() -> list[tuple[bytes, str]]:
    """(html, expected text) pairs from newspaper4k's sdist, downloaded once."""
    OUT.mkdir(exist_ok=True)
    archives = sorted(OUT.glob("newspaper4k-*.tar.gz"))
    if not archives:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--no-binary",
                ":all:",
                "-q",
                "-d",
                str(OUT),
                NEWSPAPER,
            ],
            check=True,
        )
        archives = sorted(OUT.glob("newspaper4k-*.tar.gz"))
    pairs: dict[str, dict[str, bytes]] = collections.defaultdict(dict)
    with tarfile.open(archives[-1]) as tar:
        for member in tar.getmembers():
            match = re.search(r"tests/data/(html|txt)/([^/]+)\.(html|txt)$", member.name)
            if match and member.isfile():
                handle = tar.extractfile(member)
                if handle is not None:
                    pairs[match.group(2)][match.group(1)] = handle.read()
    return [
        (kinds["html"], kinds["txt"].decode("utf-8", "replace"))
        for _name, kinds in sorted(pairs.items())
        if "html" in kinds and "txt" in kinds
    ]


ALWAYS_FULL = replace(DEFAULT_SETTINGS, full_cascade_below_chars=sys.maxsize)


def _pipeline(settings: ExtractionSettings) -> Callable[[bytes | str], str]:
    return lambda html: extract_page(html, "", settings, need_date=False).text


def _trafilatura(**options: bool) -> Callable[[bytes | str], str]:
    return lambda html: trafilatura.extract(html, **options) or ""


SETTINGS: dict[str, Callable[[bytes | str], str]] = {
    "trafilatura default": _trafilatura(),
    "trafilatura precision": _trafilatura(favor_precision=True),
    "trafilatura precision, fast": _trafilatura(favor_precision=True, fast=True),
    "pipeline, full cascade on every page": _pipeline(ALWAYS_FULL),
    "pipeline (fast first, gated cascade)": _pipeline(DEFAULT_SETTINGS),
}
REFERENCE = "pipeline, full cascade on every page"


def measure(name: str, pages: list[tuple[bytes | str, str]], rounds: int) -> None:
    print(f"\n{name}: {len(pages)} pages, best of {rounds} rounds")
    print("  (same text: identical to the pipeline's own extraction with the full cascade)")
    full = SETTINGS[REFERENCE]
    full_texts = [full(html) for html, _ in pages]
    for label, extract in SETTINGS.items():
        best, texts = 0.0, []
        for _ in range(rounds):
            started = time.perf_counter()
            texts = [extract(html) for html, _ in pages]
            best = max(best, len(pages) / (time.perf_counter() - started))
        scores = [
            token_f1(text, expected) for text, (_, expected) in zip(texts, pages, strict=True)
        ]
        same = sum(a.strip() == b.strip() for a, b in zip(texts, full_texts, strict=True))
        print(
            f"  {label:38s} F1 {sum(scores) / len(scores):.3f}  min {min(scores):.2f}  "
            f"{best:6.1f} pages/s  same text as full cascade: {same}/{len(pages)}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--template-pages", type=int, default=300)
    args = parser.parse_args()
    measure(f"real news pages ({NEWSPAPER} test fixtures)", real_pages(), args.rounds)
    template = make_pages(args.template_pages)
    bodies = known_bodies(args.template_pages)
    measure(
        f"template pages ({corpus_name()})",
        [(page, body) for (_url, page), body in zip(template, bodies, strict=True)],
        args.rounds,
    )


if __name__ == "__main__":
    main()
