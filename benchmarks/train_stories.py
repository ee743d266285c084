"""A learned pair scorer for the story merge, judged out of fold against the hand-written one (experiment).

The merge scores a pair of articles by a hand-written combination of its parts
(`digest.stories.cluster._similarity`: word cosine, the discount for sharing no name, meaning for
two texts in one language, marks across languages, factors for places apart, quakes, rates, time).
This script measures the same parts as features (`FEATURES`, each explained beside it), fits a
logistic regression on them (numpy, Newton's method, an L2 penalty on the weights) and merges on
its probability with the shipped merge itself: the candidate pairs, the average link and its
`LINK_FLOOR` of `digest.stories.cluster`, the pair score swapped for the model's while this script
runs (nothing is shipped: see the README's ninth round for why).

The tuning files of benchmarks/clustering.py are read each alone and all together as one batch (as a
round of the bot reads its articles: a same-kind event of another file is a decoy too); every pair of
articles within the merge's time window gives one row. Judged out of fold only, leave one file out:
each events_N file is held out in turn (unrelated.json always stays in training), the model is fitted
on the other files' rows (each alone, and the batch of all files restricted to them), the threshold
is the highest-recall one reaching `PRECISION_FIRST` on the other files merged as one batch by that
model, and the held-out file is merged alone at it. Printed per held-out file and pooled: pairwise
and BCubed precision and recall; then the model fitted on every file and the whole set's sweep.
Run: python3 benchmarks/train_stories.py
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass, replace
from itertools import combinations
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from clustering import TUNING, load  # noqa: E402

from digest.models import Article  # noqa: E402
from digest.stories import cluster, places  # noqa: E402

SWEEP = [round(0.05 + 0.05 * i, 2) for i in range(16)]
PRECISION_FIRST = 0.97
PENALTY = 1.0
HELD_OUT = "unrelated.json"
QUAKE_GAP = 0.3
MAX_RARE = 3
MAX_DAYS = 3.0
FEATURES = (
    "words",  # cosine of the two title + lead TF-IDF vectors, words only
    "words_unshared",  # the same, when the two share no name, figure or place (else 0)
    "concepts",  # what the words outlets swap for one happening add to that cosine ("outage"/"blackout")
    "concepts_guarded",  # the same, when the two share a name, figure or place within a day (else 0)
    "title",  # cosine of the titles alone
    "shares",  # 1 when the two share a name, figure or place (one place under any name, or near)
    "entities",  # shared names and figures over the fewer of the two's
    "rare",  # marks rare in the batch the two share (names in one spelling, figures, places), at most 3, / 3
    "place_same",  # 1 when they name one place, or places near each other
    "place_country",  # 1 when the closest they come is one country
    "place_apart",  # 1 when they name places that cannot be one (towns far apart, two countries)
    "meaning",  # embedding cosine of title + lead without names, for two texts in one language it reads
    "meaning_shared",  # the same, when the two share a name, figure or place (else 0)
    "no_meaning",  # 1 when the model cannot compare them (another language, another script, no model)
    "other_language",  # 1 when the two are in different languages
    "marks",  # across languages: cosine of their marks (names, figures, places, what happened) by rarity
    "marks_rare",  # the same, when they share two marks or more, one of them rare in the batch (else 0)
    "quake_conflict",  # 1 when they give earthquake magnitudes more than 0.3 apart
    "rate_conflict",  # 1 when they set a rate at different levels
    "days",  # days between their publication, at most 3 (0 when either is undated)
    "undated",  # 1 when either is undated
)


@dataclass
class Batch:
    """Tuning files read as one batch: the merge's documents, each pair's features and label."""

    docs: list[cluster._Doc]
    meaning: np.ndarray | None
    events: list[str]
    files: list[str]
    pairs: list[tuple[int, int]]
    features: np.ndarray
    labels: np.ndarray


def titles(ordered: list[Article], docs: list[cluster._Doc]) -> list[dict[str, float]]:
    """TF-IDF vectors of the titles alone, over the batch."""
    counts = []
    for article, doc in zip(ordered, docs, strict=True):
        tf: dict[str, float] = defaultdict(float)
        for term, share in (
            *cluster._terms(article.title, doc.language),
            *cluster._concepts(article.title, doc.language),
        ):
            tf[term] += share
        counts.append(tf)
    return cluster._tfidf(counts)


def features(
    a: cluster._Doc, b: cluster._Doc, meaning: np.ndarray | None, heads: list[dict[str, float]]
) -> tuple[float, ...]:
    """What two articles share, one number per `FEATURES` entry, in its order."""
    fit = places.fit(a.places, b.places)
    shares = fit == places.SAME or not a.entities.isdisjoint(b.entities)
    hours = cluster._hours_apart(a, b)
    guarded = shares and (hours is None or hours <= cluster.TIME_GRACE_HOURS)
    words = cluster._dot(a.vector, b.vector, concepts=False)
    concepts = cluster._cosine(a, b) - words
    fewer = min(len(a.entities), len(b.entities))
    rare = len(a.rare & b.rare)
    same_language = a.language == b.language
    close, readable = 0.0, False
    if meaning is not None and same_language and meaning[a.index].any() and meaning[b.index].any():
        close, readable = float(meaning[a.index] @ meaning[b.index]), True
    marks = rare_marks = 0.0
    if not same_language:
        shared = {t for t in a.marks.keys() & b.marks.keys() if t[0] != "=" or guarded}
        marks = cluster._dot(a.marks, b.marks, concepts=guarded)
        if len(shared) >= cluster._SHARED_MARKS and rare:
            rare_marks = marks
    gaps = [abs(x - y) for x in a.magnitudes for y in b.magnitudes]
    quakes = bool(gaps) and min(gaps) > QUAKE_GAP
    rates = bool(a.rates and b.rates) and a.rates.isdisjoint(b.rates)
    return (
        words,
        0.0 if shares else words,
        concepts,
        concepts if guarded else 0.0,
        cluster._dot(heads[a.index], heads[b.index]),
        float(shares),
        len(a.entities & b.entities) / fewer if fewer else 0.0,
        min(rare, MAX_RARE) / MAX_RARE,
        float(fit == places.SAME),
        float(fit == places.COUNTRY),
        float(fit == places.APART),
        close,
        close if shares else 0.0,
        float(not readable),
        float(not same_language),
        marks,
        rare_marks,
        float(quakes),
        float(rates and not quakes),
        0.0 if hours is None else min(hours / 24, MAX_DAYS),
        float(hours is None),
    )


def read(*names: str) -> Batch:
    articles, gold = load(*names)
    file_of = {article.url: name for name in names for article in load(name)[0]}
    ordered = sorted(articles, key=cluster._article_key)
    docs = cluster._vectorise(ordered)
    meaning = cluster._meanings(ordered)
    heads = titles(ordered, docs)
    kept = [
        (a, b)
        for a, b in combinations(range(len(docs)), 2)
        if cluster._close_in_time(docs[a], docs[b], cluster.WINDOW)
    ]
    rows = np.array([features(docs[a], docs[b], meaning, heads) for a, b in kept], dtype=float)
    events = [gold[article.url] for article in ordered]
    labels = np.array([events[a] == events[b] for a, b in kept], dtype=float)
    files = [file_of[article.url] for article in ordered]
    return Batch(docs, meaning, events, files, kept, rows.reshape(len(kept), len(FEATURES)), labels)


def subset(batch: Batch, names: set[str]) -> Batch:
    """The batch's articles from the named files, as they were read with the rest (same features)."""
    keep = [i for i, name in enumerate(batch.files) if name in names]
    new = {old: i for i, old in enumerate(keep)}
    rows = [r for r, (a, b) in enumerate(batch.pairs) if a in new and b in new]
    return Batch(
        [replace(batch.docs[i], index=new[i]) for i in keep],
        None if batch.meaning is None else batch.meaning[keep],
        [batch.events[i] for i in keep],
        [batch.files[i] for i in keep],
        [(new[batch.pairs[r][0]], new[batch.pairs[r][1]]) for r in rows],
        batch.features[rows],
        batch.labels[rows],
    )


def fit(batches: list[Batch]) -> np.ndarray:
    """Logistic regression by Newton's method, the weights (not the bias, last) under an L2 penalty."""
    x = np.vstack([b.features for b in batches])
    y = np.concatenate([b.labels for b in batches])
    x = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], PENALTY)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def clustered(batch: Batch, model: np.ndarray, threshold: float) -> list[int]:
    """Each article's story, the batch merged by `digest.stories.cluster` on the model's probability."""
    n = len(batch.events)
    scores = np.zeros((n, n))
    if batch.pairs:
        probability = 1.0 / (1.0 + np.exp(-np.clip(batch.features @ model[:-1] + model[-1], -30, 30)))
        index = np.array(batch.pairs)
        scores[index[:, 0], index[:, 1]] = probability
        scores[index[:, 1], index[:, 0]] = probability
    shipped = cluster._similarity
    cluster._similarity = lambda a, b, meaning: float(scores[a.index, b.index])
    try:
        sims = cluster._candidate_similarities(batch.docs, batch.meaning, cluster.WINDOW, threshold)
        groups = cluster._average_link(batch.docs, batch.meaning, sims, threshold, cluster.WINDOW)
    finally:
        cluster._similarity = shipped
    story = [0] * n
    for number, group in enumerate(groups):
        for i in group:
            story[i] = number
    return story


def measure(events: list[str], story: list[int]) -> np.ndarray:
    """Pairwise tp, fp, fn and BCubed precision and recall sums, with the article count."""
    tp = fp = fn = 0
    for a, b in combinations(range(len(events)), 2):
        same_story, same_event = story[a] == story[b], events[a] == events[b]
        tp += same_story and same_event
        fp += same_story and not same_event
        fn += same_event and not same_story
    precision = recall = 0.0
    for i in range(len(events)):
        mine = [j for j in range(len(events)) if story[j] == story[i]]
        event = [j for j in range(len(events)) if events[j] == events[i]]
        both = sum(1 for j in mine if events[j] == events[i])
        precision += both / len(mine)
        recall += both / len(event)
    return np.array([tp, fp, fn, precision, recall, len(events)], dtype=float)


def sweep(batch: Batch, model: np.ndarray) -> dict[float, np.ndarray]:
    return {t: measure(batch.events, clustered(batch, model, t)) for t in SWEEP}


def pick(curve: dict[float, np.ndarray]) -> float:
    """The threshold with the highest recall at precision >= `PRECISION_FIRST` (else the highest)."""
    reaching = []
    for t in SWEEP:
        tp, fp, fn = curve[t][:3]
        if tp + fp and tp / (tp + fp) >= PRECISION_FIRST:
            reaching.append((tp / (tp + fn) if tp + fn else 1.0, -t))
    return -max(reaching)[1] if reaching else SWEEP[-1]


def line(label: str, c: np.ndarray) -> str:
    tp, fp, fn, bp, br, n = c
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    pairwise = f"{label:16s} P {p:.3f} R {r:.3f}  BCubed {bp / n:.3f} / {br / n:.3f}"
    return f"{pairwise}  (tp {tp:.0f} fp {fp:.0f} fn {fn:.0f})"


def main() -> None:
    cluster.load_data()
    alone = {name: read(name) for name in TUNING}
    together = read(*TUNING)
    print(f"{len(together.labels)} pairs in the whole set, {together.labels.sum():.0f} same-event")
    print(f"leave one file out, threshold picked precision first (>= {PRECISION_FIRST}) on the other files")
    print("merged as one batch by the model fitted on them; the held-out file merged alone:")
    pooled = np.zeros(6)
    for held in TUNING:
        if held == HELD_OUT:
            continue
        names = set(TUNING) - {held}
        training = subset(together, names)
        model = fit([*(alone[name] for name in names), training])
        threshold = pick(sweep(training, model))
        result = sweep(alone[held], model)[threshold]
        pooled += result
        print(line(held, result) + f"  at {threshold}")
    print(line("pooled", pooled))
    model = fit([*alone.values(), together])
    print("fitted on every file:")
    for name, weight in zip((*FEATURES, "bias"), model, strict=True):
        print(f"  {name:18s} {weight:+.3f}")
    for t, result in sweep(together, model).items():
        print(line(f"in-sample, one batch, at {t}", result))


if __name__ == "__main__":
    main()
