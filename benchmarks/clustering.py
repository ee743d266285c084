"""Story clustering: pairwise precision and recall of the merge on tests/fixtures/stories, and speed.

Prints a threshold sweep over the whole set (the shipped threshold marked), the figures on the
tuning files and on holdout.json (events written after the method and its settings were chosen),
a two-fold check (threshold tuned on half the events, measured on the other half) and the time to
cluster a few thousand articles. Run: python3 benchmarks/clustering.py
"""

from __future__ import annotations

import json
import random
import sys
import time
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from digest import stories  # noqa: E402
from digest.models import Article  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "stories"
SWEEP = [round(0.08 + 0.02 * i, 2) for i in range(16)]


def load(pattern: str = "*.json") -> tuple[list[Article], dict[str, str]]:
    articles, gold = [], {}
    for path in sorted(FIXTURES.glob(pattern)):
        for row in json.loads(path.read_text(encoding="utf-8")):
            event = row.pop("event")
            article = Article(**row)
            articles.append(article)
            gold[article.url] = event
    return articles, gold


def pairwise(articles: list[Article], gold: dict[str, str], threshold: float) -> tuple[float, float, float]:
    predicted = {}
    for n, story in enumerate(stories.cluster_stories(articles, threshold=threshold)):
        for article in story.articles:
            predicted[article.url] = n
    tp = fp = fn = 0
    for a, b in combinations([x.url for x in articles], 2):
        same_pred, same_gold = predicted[a] == predicted[b], gold[a] == gold[b]
        tp += same_pred and same_gold
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def best_threshold(articles: list[Article], gold: dict[str, str]) -> float:
    return max(SWEEP, key=lambda t: (pairwise(articles, gold, t)[2], -abs(t - stories.THRESHOLD)))


def synthetic(n: int, seed: int = 7) -> list[Article]:
    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(20000)]
    weights = [1 / (i + 1) for i in range(len(vocab))]
    out = []
    for i in range(n):
        title = " ".join(rng.choices(vocab, weights, k=10))
        lead = " ".join(rng.choices(vocab, weights, k=40))
        hour = rng.randrange(48)
        out.append(
            Article(
                url=f"https://synthetic.example/{i}",
                title=title,
                outlet=f"Outlet {i % 50}",
                description=lead,
                published=f"2025-06-{1 + hour // 24:02d}T{hour % 24:02d}:00:00+00:00",
            )
        )
    return out


def main() -> None:
    articles, gold = load()
    events = sorted(set(gold.values()))
    multi = [e for e in events if sum(1 for v in gold.values() if v == e) > 1]
    print(
        f"fixture: {len(articles)} articles, {len(multi)} multi-outlet events, "
        f"{len(events) - len(multi)} unrelated singletons"
    )
    print("threshold  precision  recall  f1")
    for t in SWEEP:
        p, r, f = pairwise(articles, gold, t)
        mark = "  <- shipped" if abs(t - stories.THRESHOLD) < 1e-9 else ""
        print(f"  {t:.2f}      {p:.3f}     {r:.3f}  {f:.3f}{mark}")
    p, r, f = pairwise(articles, gold, stories.THRESHOLD)
    print(f"shipped threshold {stories.THRESHOLD}: precision {p:.3f} recall {r:.3f} f1 {f:.3f}")
    print(f"best threshold on the whole set: {best_threshold(articles, gold)}")
    held, held_gold = load("holdout.json")
    tuning = [a for a in articles if a.url not in held_gold]
    p, r, f = pairwise(tuning, gold, stories.THRESHOLD)
    print(f"tuning files alone ({len(tuning)} articles): precision {p:.3f} recall {r:.3f} f1 {f:.3f}")
    p, r, f = pairwise(held, held_gold, stories.THRESHOLD)
    print(f"holdout.json alone ({len(held)} articles): precision {p:.3f} recall {r:.3f} f1 {f:.3f}")

    singles = [e for e in events if e not in multi]
    half = set(multi[::2]) | set(singles[::2])
    folds = [[a for a in articles if (gold[a.url] in half) == side] for side in (True, False)]
    for name, (tune, test) in {"A->B": folds, "B->A": folds[::-1]}.items():
        t = best_threshold(tune, gold)
        p, r, f = pairwise(test, gold, t)
        print(f"two-fold {name}: tuned threshold {t}, held-out precision {p:.3f} recall {r:.3f} f1 {f:.3f}")

    for n in (500, 2000):
        batch = synthetic(n - len(articles)) + articles
        start = time.perf_counter()
        result = stories.cluster_stories(batch)
        elapsed = time.perf_counter() - start
        print(f"speed: {n} articles clustered into {len(result)} stories in {elapsed:.3f} s")


if __name__ == "__main__":
    main()
