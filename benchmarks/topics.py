"""Topic matching: precision and recall with meaning-match off and on, then speed (articles indexed
per second, (article, topic) matches per second) and the time to parse a large feed.

Quality, on tuning material only (never a sealed story holdout): the queries of
tests/fixtures/topics/queries.json over every story tuning set (events_1..events_29.json and
unrelated.json) plus tests/fixtures/topics/articles.json; an article is relevant to a query when its
event is listed for it. `dev` queries (the meaning thresholds were chosen on them) and `test` queries
(never tuned on) are scored over those articles; `multi` queries (9 English, 7 in other languages:
"Stromausfall", "huelga") over them plus tests/fixtures/topics/articles_multilingual.json (39
invented articles in 14 languages, 15 of them distractors). Counted over (query, article) pairs.
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
# The story tuning sets; the sealed holdouts (holdout*.json) are never read here.
STORY_SETS = (*(f"events_{n}.json" for n in range(1, 30)), "unrelated.json")
SPEED_SETS = (*STORY_SETS[:5], "unrelated.json")  # 235 articles, ten times over for the speed lines
MULTILINGUAL = "articles_multilingual.json"
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
    for name in SPEED_SETS:
        rows += json.loads((FIXTURES / "stories" / name).read_text(encoding="utf-8"))
    out = []
    for row in rows:
        row.pop("event")
        row["text"] = (row["text"] + " ") * 12  # about 600 words, a typical article
        out.append(Article(**row))
    return out


def labelled() -> tuple[list[Article], list[str], list[bool]]:
    """The quality pool: articles, their events, and whether each is one of the multilingual articles
    (scored for `multi` queries only)."""
    files = [
        *(FIXTURES / "stories" / name for name in STORY_SETS),
        FIXTURES / "topics" / "articles.json",
        FIXTURES / "topics" / MULTILINGUAL,
    ]
    assert not any(path.name.startswith("holdout") for path in files), "a sealed story set"
    pool, events, multi = [], [], []
    for path in files:
        for row in json.loads(path.read_text(encoding="utf-8")):
            events.append(row.pop("event"))
            multi.append(path.name == MULTILINGUAL)
            pool.append(Article(**row))
    return pool, events, multi


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
    pool, events, multi = labelled()
    queries = json.loads((FIXTURES / "topics" / "queries.json").read_text(encoding="utf-8"))
    start = time.perf_counter()
    indexes = with_meaning([index_article(a) for a in pool], pool)
    elapsed = time.perf_counter() - start
    print(f"quality: {len(queries)} queries over {len(pool)} articles (meaning indexed in {elapsed:.2f} s)")
    base = [not m for m in multi]
    splits = {
        "dev": ([q for q in queries if q["split"] == "dev"], base),
        "test": ([q for q in queries if q["split"] == "test"], base),
        "all": ([q for q in queries if q["split"] != "multi"], base),
        "multi": ([q for q in queries if q["split"] == "multi"], [True] * len(pool)),
    }
    chosen, keep = splits["all"]
    assert len(chosen) >= 30 and sum(keep) >= 300, "issue 13's figure: 30 queries over 300 articles at least"
    for name, (chosen, keep) in splits.items():
        for meaning in (False, True):
            p, r, tp, fp, fn = score(chosen, indexes, events, keep, meaning)
            label = "on " if meaning else "off"
            figure = "  <- issue 13's figure" if name == "all" else ""
            print(
                f"  {name:5} ({len(chosen)} queries, {sum(keep)} articles), meaning {label}: "
                f"precision {p:.3f} recall {r:.3f}  (tp {tp} fp {fp} fn {fn}){figure}"
            )
    shipped = topics.WORD_MATCH, topics.MEANING_MATCH
    print("  dev sweep: WORD_MATCH, MEANING_MATCH -> precision / recall")
    for word in WORD_SWEEP:
        cells = []
        for context in CONTEXT_SWEEP:
            topics.WORD_MATCH, topics.MEANING_MATCH = word, context
            p, r, *_ = score(splits["dev"][0], indexes, events, base, True)
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
