"""Topic matching and feed parsing speed: articles indexed per second, (article, topic) matches per
second, and the time to parse a large feed. Run: python3 benchmarks/topics.py
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from digest.feeds import parse_feed  # noqa: E402
from digest.models import Article  # noqa: E402
from digest.topics import index_article, match_topic, parse_query  # noqa: E402

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
    for path in sorted((ROOT / "tests" / "fixtures" / "stories").glob("*.json")):
        rows += json.loads(path.read_text(encoding="utf-8"))
    out = []
    for row in rows:
        row.pop("event")
        row["text"] = (row["text"] + " ") * 12  # about 600 words, a typical article
        out.append(Article(**row))
    return out


def main() -> None:
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
