"""Topic matching: precision and recall with meaning-match off and on, then speed (articles indexed
per second, (article, topic) matches per second) and the time to parse a large feed.

Quality: the queries of tests/fixtures/topics/queries.json over 308 articles (every story fixture
set plus tests/fixtures/topics/articles.json); an article is relevant to a query when its event is
listed for it. `dev` queries (the meaning threshold was chosen on them) are scored over the
articles outside the story holdouts holdout2.json and holdout3.json; `test` queries were never
tuned on and are scored over all 308. Counted over (query, article) pairs.
Run: python3 benchmarks/topics.py
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from digest.feeds.parse import parse_feed  # noqa: E402
from digest.models import Article  # noqa: E402
from digest.stories import topics  # noqa: E402
from digest.stories.topics import index_article, match_topic, parse_query, with_meaning  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
STORY_HOLDOUTS = ("holdout2.json", "holdout3.json")
# The story sets the queries' relevance labels were written for (a later set, such as events_4.json,
# holds articles that queries rightly match but that no label lists).
STORY_SETS = (
    "events_1.json", "events_2.json", "events_3.json", "unrelated.json", "holdout.json", *STORY_HOLDOUTS
)
WORD_SWEEP = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8]
CONTEXT_SWEEP = [0.2, 0.25, 0.3, 0.35, 0.4]

QUERIES = [
    "kherson OR odesa",
    '"interest rates" -crypto',
    "tariff steel",
    "earthquake",
    "wildfire OR heatwave",
    "nvidia",
    '"champions league"',
    "malaria",
    "ecb",
    "data breach",
    "Украина",
    "北京",
    "climate -football",
    "dutch election",
    "train derailment",
    "arsenal",
    "Copernicus",
    "drone port",
    "takeover",
    "telecom",
]


def articles() -> list[Article]:
    rows = []
    for name in STORY_SETS:
        rows += json.loads((FIXTURES / "stories" / name).read_text(encoding="utf-8"))
    out = []
    for row in rows:
        row.pop("event")
        row["text"] = (row["text"] + " ") * 12  # about 600 words, a typical article
        out.append(Article(**row))
    return out


def labelled() -> tuple[list[Article], list[str], list[bool]]:
    """The quality pool: articles, their events, and whether each is outside the story holdouts."""
    files = [*(FIXTURES / "stories" / name for name in STORY_SETS), FIXTURES / "topics" / "articles.json"]
    pool, events, dev = [], [], []
    for path in files:
        for row in json.loads(path.read_text(encoding="utf-8")):
            events.append(row.pop("event"))
            dev.append(path.name not in STORY_HOLDOUTS)
            pool.append(Article(**row))
    return pool, events, dev


def score(queries: list[dict], indexes: list, events: list[str], keep: list[bool], meaning: bool):
    tp = fp = fn = 0
    for q in queries:
        relevant = set(q["relevant"])
        for ix, event, kept in zip(indexes, events, keep, strict=True):
            if not kept:
                continue
            hit = match_topic(q["query"], ix, meaning=meaning) is not None
            tp += hit and event in relevant
            fp += hit and event not in relevant
            fn += not hit and event in relevant
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp, fp, fn


def quality() -> None:
    pool, events, dev = labelled()
    queries = json.loads((FIXTURES / "topics" / "queries.json").read_text(encoding="utf-8"))
    start = time.perf_counter()
    indexes = with_meaning([index_article(a) for a in pool], pool)
    elapsed = time.perf_counter() - start
    print(f"quality: {len(queries)} queries over {len(pool)} articles (meaning indexed in {elapsed:.2f} s)")
    splits = {
        "dev": ([q for q in queries if q["split"] == "dev"], dev),
        "test": ([q for q in queries if q["split"] == "test"], [True] * len(pool)),
        "all": (queries, [True] * len(pool)),
    }
    for name, (chosen, keep) in splits.items():
        for meaning in (False, True):
            p, r, tp, fp, fn = score(chosen, indexes, events, keep, meaning)
            label = "on " if meaning else "off"
            print(
                f"  {name:4} ({len(chosen)} queries, {sum(keep)} articles), meaning {label}: "
                f"precision {p:.3f} recall {r:.3f}  (tp {tp} fp {fp} fn {fn})"
            )
    shipped = topics.WORD_MATCH, topics.MEANING_MATCH
    print("  dev sweep: WORD_MATCH, MEANING_MATCH -> precision / recall")
    for word in WORD_SWEEP:
        cells = []
        for context in CONTEXT_SWEEP:
            topics.WORD_MATCH, topics.MEANING_MATCH = word, context
            p, r, *_ = score(splits["dev"][0], indexes, events, dev, True)
            mark = "*" if (word, context) == shipped else " "
            cells.append(f"{context:.2f}: {p:.3f}/{r:.3f}{mark}")
        print(f"    {word:.2f} | " + "  ".join(cells))
    topics.WORD_MATCH, topics.MEANING_MATCH = shipped


def main() -> None:
    quality()
    batch = articles() * 10
    queries = [parse_query(q) for q in QUERIES * 5]
    start = time.perf_counter()
    indexes = [index_article(a) for a in batch]
    indexed = time.perf_counter() - start
    start = time.perf_counter()
    hits = sum(1 for ix in indexes for q in queries if match_topic(q, ix) is not None)
    matched = time.perf_counter() - start
    pairs = len(indexes) * len(queries)
    words = sum(a.word_count for a in batch) / len(batch)
    print(
        f"index: {len(batch)} articles (~{words:.0f} words) in {indexed:.3f} s = {len(batch) / indexed:.0f}/s"
    )
    print(f"match: {pairs} (article, topic) pairs in {matched:.3f} s = {pairs / matched:.0f}/s, {hits} hits")

    items = "".join(
        f"<item><title>Item {i}</title><link>/a/{i}</link><description>&lt;p&gt;Paragraph {i} of a "
        "large feed with a few words.&lt;/p&gt;</description><pubDate>Mon, 02 Jun 2025 18:00:00 GMT"
        "</pubDate></item>"
        for i in range(5000)
    )
    data = (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>{items}</channel></rss>'.encode()
    )
    start = time.perf_counter()
    feed = parse_feed(data, "https://big.example/rss", max_entries=10_000)
    elapsed = time.perf_counter() - start
    print(f"feed: {len(data) / 1e6:.1f} MB, {len(feed.entries)} entries parsed in {elapsed:.2f} s")


if __name__ == "__main__":
    main()
