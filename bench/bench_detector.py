"""Benchmark the exercise detector: article-length texts per second on one core (CPU time).

Two cases, each reported as texts/second per core (best of 3 runs, process CPU time):

* realistic mix: real article bodies from ../shared/corpora/finescoop (the first N files of
  the tarball with 2.5-6 KB bodies, any topic); without the shared corpus, a synthetic mix in
  which one paragraph in ten is about an exercise;
* exercise-heavy: synthetic ~4 KB texts from a fixed paragraph mix in which most paragraphs
  carry a trigger word and about 40% of texts are exercise stories (the worst case: nearly
  every sentence is judged and the field extraction runs on many texts);
* other languages: synthetic ~4 KB texts in Spanish, French, German and Hindi, one paragraph
  in three about an exercise (the language is identified and the reader for other languages
  runs on every text).

    .venv/bin/python bench/bench_detector.py [--n 2000] [--synthetic]

``--synthetic`` runs only the exercise-heavy case. No assertions.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.exercise import detect  # noqa: E402

_PARAS = [
    "The central bank said inflation eased in the third quarter, giving policymakers room to "
    "manoeuvre as they weigh the next move on interest rates and the cost of borrowing.",
    "Engineers began drilling a new well off the coast last month, the company said, adding "
    "that output from the field should rise by a fifth over the coming year.",
    "Residents took part in an earthquake drill on Tuesday, practising evacuation routes from "
    "schools and offices while volunteers handed out water and leaflets.",
    "Doctors say regular exercise such as brisk walking lowers blood pressure, and urge older "
    "adults to keep active through the winter months.",
    "The navy said two destroyers and a supply ship would hold joint drills with allied vessels "
    "next week, practising anti-submarine warfare and air defence in international waters.",
    "More than 3,000 troops and 40 aircraft are taking part in the annual exercise, which runs "
    "from 12 to 20 June at ranges in the north of the country, the defence ministry said.",
    "Talks between the two governments resumed in the capital, where ministers discussed trade, "
    "visas and a long-delayed agreement on fishing rights.",
    "The striker was back in training after a knee injury, running passing drills with the "
    "reserves before the weekend fixture.",
]


# Other languages, one exercise paragraph and two others each (written for this benchmark).
_FOREIGN_PARAS = {
    "es": [
        "La Armada realizará del 3 al 12 de octubre un ejercicio naval con buques de Chile y "
        "Perú frente a la costa norte, con la participación de 2.400 efectivos.",
        "El banco central mantuvo las tasas de interés sin cambios y anunció que revisará sus "
        "previsiones de inflación el próximo trimestre.",
        "Miles de vecinos participaron en el simulacro de evacuación organizado por protección "
        "civil en las escuelas de la ciudad.",
    ],
    "fr": [
        "Les forces françaises et marocaines ont lancé lundi un exercice militaire conjoint "
        "dans le sud du pays, qui se déroule jusqu'au 20 mars.",
        "Le gouvernement a présenté son budget pour l'exercice 2027, marqué par une hausse des "
        "dépenses de santé et d'éducation.",
        "Le club a repris l'entraînement après la trêve, avec des exercices de passes et de "
        "tirs pour les attaquants.",
    ],
    "de": [
        "Rund 3.500 Soldaten aus Deutschland und den Niederlanden haben am Montag eine "
        "Militärübung in Niedersachsen begonnen, die bis zum 14. Mai dauert.",
        "Die Regierung will die Steuern für kleine Betriebe senken und die Bürokratie abbauen, "
        "sagte der Minister in Berlin.",
        "Die Feuerwehr übte am Wochenende die Evakuierung eines Krankenhauses mit mehr als "
        "hundert Helfern.",
    ],
    "hi": [
        "भारत और फ्रांस की नौसेनाएं 3 से 9 मार्च तक अरब सागर में संयुक्त युद्धाभ्यास कर रही हैं, "
        "जिसमें 12 युद्धपोत हिस्सा ले रहे हैं।",
        "सरकार ने किसानों के लिए नई योजना की घोषणा की है, जिससे लाखों परिवारों को लाभ मिलेगा।",
        "शहर के स्कूलों में बच्चों ने योग और व्यायाम के कार्यक्रम में भाग लिया।",
    ],
}


def other_languages(n: int, size: int = 4000) -> list[tuple[str, str]]:
    """Article-length texts in Spanish, French, German and Hindi, in which one paragraph in
    three is about an exercise (the reader for other languages runs on each)."""
    rng = random.Random(11)
    langs = sorted(_FOREIGN_PARAS)
    out = []
    for i in range(n):
        paras = _FOREIGN_PARAS[langs[i % len(langs)]]
        parts: list[str] = []
        while sum(map(len, parts)) < size:
            parts.append(rng.choice(paras))
        out.append(("", "\n\n".join(parts)))
    return out


def synthetic(
    n: int, size: int = 4000, exercise_share: float | None = None
) -> list[tuple[str, str]]:
    """Article-length texts from _PARAS. ``exercise_share``: probability of each of the two
    exercise paragraphs (None: uniform over all eight paragraphs, the exercise-heavy case)."""
    rng = random.Random(7)
    exercise = _PARAS[4:6]
    other = _PARAS[:4] + _PARAS[6:]
    out = []
    for _ in range(n):
        parts: list[str] = []
        while sum(map(len, parts)) < size:
            if exercise_share is None:
                parts.append(rng.choice(_PARAS))
            elif rng.random() < exercise_share:
                parts.append(rng.choice(exercise))
            else:
                parts.append(rng.choice(other))
        out.append(("Officials react to latest developments", "\n\n".join(parts)))
    return out


def shared_articles(n: int) -> list[tuple[str, str]]:
    env = os.environ.get("DRILLWATCH_SHARED")
    base = Path(env) if env else ROOT.parent / "shared"
    tar_path = base / "corpora" / "finescoop" / "_posts.tar.gz"
    if not tar_path.exists():
        return []
    out: list[tuple[str, str]] = []
    with tarfile.open(tar_path) as tf:
        for member in tf:
            if not member.isfile() or not member.name.endswith(".md"):
                continue
            raw = tf.extractfile(member).read().decode("utf-8", "replace")  # type: ignore[union-attr]
            m = re.search(r'^title:\s*"?(.*?)"?\s*$', raw, re.M)
            body = raw.split("---", 2)[-1]
            if 2500 <= len(body) <= 6000:
                out.append((m.group(1) if m else "", body))
            if len(out) >= n:
                break
    return out


def _rate(docs: list[tuple[str, str]]) -> tuple[float, int]:
    """Best of three runs: texts per CPU second, and how many texts were flagged."""
    best, flagged = 0.0, 0
    for _ in range(3):
        t0 = time.process_time()
        flagged = sum(detect(t, x).is_exercise for t, x in docs)
        cpu = time.process_time() - t0
        best = max(best, len(docs) / cpu)
    return best, flagged


def _report(label: str, source: str, docs: list[tuple[str, str]]) -> None:
    rate, flagged = _rate(docs)
    avg = sum(len(x) for _, x in docs) / len(docs)
    print(
        f"{label:<15} {rate:6.0f} texts/s per core (CPU time, best of 3)  | {len(docs)} "
        f"{source}, avg {avg:.0f} chars, {flagged} flagged"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--synthetic", action="store_true", help="only the exercise-heavy case")
    args = ap.parse_args()
    detect("warm-up", "The navy held drills.")
    if not args.synthetic:
        docs = shared_articles(args.n)
        source = "finescoop articles (2.5-6 KB)"
        if not docs:
            docs = synthetic(args.n, exercise_share=0.1)
            source = "synthetic articles (~4 KB, 1 paragraph in 10 about an exercise)"
        _report("realistic mix", source, docs)
    _report("exercise-heavy", "synthetic articles (~4 KB)", synthetic(args.n))
    if not args.synthetic:
        _report(
            "other languages", "synthetic es/fr/de/hi articles (~4 KB)", other_languages(args.n)
        )


if __name__ == "__main__":
    main()
