"""Storage speed at scale on SQLite and PostgreSQL side by side: who is due for a digest in a given
minute, and storing one article.

Builds a temporary database with 100,000 users and 1,000,000 articles (bulk-loaded in one
transaction; on PostgreSQL the same rows are loaded with COPY into a durable server the script
starts itself, fsync on, unless --postgres-url names an empty database), then times through the
public repository functions on the durable connection:
- `users.users_due` minute by minute over two hours around 09:00 UTC (a fifth of the users keep the
  default 09:00 UTC, so one minute is a crowd served in pages of `--page` users);
- `articles.store_article` for new articles with a realistic 6 KB text, two alias URLs and a feed entry;
- `deliveries.claim_delivery`, for scale, and claims from 3 processes at once (write transactions
  take the database's one write lock in turn on both backends, so this is the write capacity).
Usage: python benchmarks/storage.py [--database sqlite|postgres|both] [--postgres-url URL]
       [--users N] [--articles N] [--page N]
Both timings of issue 3 must stay under 10 ms. Wall times on a shared machine vary with its load:
`min` shows the cost itself, `median` / `p95` what a busy box adds; a commit waits for one fsync.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

# run as a script, this file's folder comes first on sys.path and its name would hide the package
sys.path = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for the tests' PostgreSQL launcher

from digest.models import Article, Digest, Quote  # noqa: E402
from storage import Database, articles, deliveries, open_database, schedule, users  # noqa: E402
from storage.db import to_epoch  # noqa: E402
from tests.postgres_server import PostgresServer  # noqa: E402

# what the PostgreSQL bulk load copies from the built SQLite file, in this order
LOADED = {
    "users": ("id", "chat_id", "telegram_user_id", "language", "created_at", "last_seen_at"),
    "preferences": ("user_id", "digest_time", "timezone", "next_due_at"),
    "sources": ("id", "feed_url", "next_poll_at", "created_at"),
    "articles": ("id", "canonical_url", "title", "outlet", "language", "fetched_at", "source_id", "digest"),
    "article_urls": ("url", "article_id"),
}

START = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)
ZONES = [
    "UTC", "Europe/London", "Europe/Berlin", "Europe/Moscow", "Asia/Kolkata", "Asia/Tokyo",
    "Australia/Sydney", "America/New_York", "America/Chicago", "America/Los_Angeles",
    "America/Sao_Paulo", "Africa/Lagos", "Asia/Shanghai", "Asia/Dubai", "Pacific/Auckland",
]
PARAGRAPH = (
    "The city council voted on Tuesday to reopen the harbour after a week of repairs, officials said. "
    "\u201cWe are open again,\u201d said Mayor Ana Ruiz, adding that ferries would run on a reduced "
    "timetable. "
)


def _url(n: int) -> str:
    return f"https://news{n % 500}.example/{n // 500}/story-{n}"


def _digest(n: int, text: str) -> Digest:
    url = _url(n)
    article = Article(
        url=url + "?utm_source=feed", canonical_url=url, title=f"Harbour reopens, story {n}",
        outlet=f"News {n % 500}", language="en", published="2026-05-31T08:00:00+00:00", text=text,
    )
    return Digest(article, sentences=[PARAGRAPH[:96]], quotes=[Quote("We are open again", "Ana Ruiz")])


def build(path: Path, n_users: int, n_articles: int) -> None:
    """Bulk-load the (already migrated) file with plain sqlite3, journal off: setup, not measured."""
    rng = random.Random(3)
    now = to_epoch(START)
    payload = json.dumps(_digest(0, PARAGRAPH).to_dict(), ensure_ascii=False)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    for uid in range(1, n_users + 1):
        if rng.random() < 0.2:
            zone, local = "UTC", "09:00"
        else:
            zone, local = rng.choice(ZONES), f"{rng.randint(6, 22):02d}:{rng.choice((0, 15, 30, 45)):02d}"
        due, _ = schedule.next_slot(local, zone, START)
        conn.execute(
            "INSERT INTO users (id, chat_id, telegram_user_id, language, created_at, last_seen_at)"
            " VALUES (?, ?, ?, 'en', ?, ?)",
            (uid, 10_000_000 + uid, uid, now, now),
        )
        conn.execute(
            "INSERT INTO preferences (user_id, digest_time, timezone, next_due_at) VALUES (?, ?, ?, ?)",
            (uid, local, zone, to_epoch(due)),
        )
    conn.execute(
        "INSERT INTO sources (id, feed_url, next_poll_at, created_at) VALUES (1, ?, ?, ?)",
        ("https://feeds.example/bulk.xml", now, now),
    )
    conn.executemany(
        "INSERT INTO articles (id, canonical_url, title, outlet, language, fetched_at, source_id, digest)"
        " VALUES (?, ?, ?, ?, 'en', ?, 1, ?)",
        ((n, _url(n), f"Story {n}", f"News {n % 500}", now - (n_articles - n) * 2, payload)
         for n in range(1, n_articles + 1)),
    )
    conn.executemany(
        "INSERT INTO article_urls (url, article_id) VALUES (?, ?)",
        ((_url(n), n) for n in range(1, n_articles + 1)),
    )
    conn.execute("COMMIT")
    conn.close()


async def load_postgres(sqlite_path: Path, url: str) -> None:
    """Copy the built rows into the (migrated, empty) PostgreSQL database with COPY: setup."""
    import asyncpg

    source = sqlite3.connect(sqlite_path)
    conn = await asyncpg.connect(url)
    try:
        for table, columns in LOADED.items():
            cursor = source.execute(f"SELECT {', '.join(columns)} FROM {table}")
            while batch := cursor.fetchmany(50_000):
                await conn.copy_records_to_table(table, records=batch, columns=list(columns))
        await conn.execute("ANALYZE")
    finally:
        await conn.close()
        source.close()
    db = await open_database(url)
    try:
        await db.sync_row_ids()
    finally:
        await db.close()


def _summary(label: str, samples_ms: list[float], medians: dict[str, float]) -> str:
    ordered = sorted(samples_ms)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    medians[label] = statistics.median(ordered)
    return (f"{label}: min {ordered[0]:.2f} ms, median {statistics.median(ordered):.2f} ms, "
            f"p95 {p95:.2f} ms, max {ordered[-1]:.2f} ms over {len(ordered)} calls")


async def _timed(call: Any) -> float:
    t0 = time.perf_counter()
    await call
    return (time.perf_counter() - t0) * 1000


async def measure(dbs: dict[str, Database], page: int) -> dict[str, dict[str, float]]:
    """Time each operation on every database, call by call in turn (so the machine's load weighs
    on both alike); prints the details and returns each operation's median per database, in ms."""
    medians: dict[str, dict[str, float]] = {name: {} for name in dbs}
    samples: dict[str, dict[str, list[float]]] = {name: {} for name in dbs}

    def add(name: str, label: str, ms: float) -> None:
        samples[name].setdefault(label, []).append(ms)

    due_label = "users_due per minute (best of 5 runs each)"
    busiest = {name: (0.0, 0, START) for name in dbs}
    minute = START
    while minute < START + timedelta(hours=2):
        for name, db in dbs.items():
            runs = []
            for _ in range(5):
                t0 = time.perf_counter()
                due = await users.users_due(db, minute, limit=page)
                runs.append((time.perf_counter() - t0) * 1000)
            add(name, due_label, min(runs))
            if min(runs) > busiest[name][0]:
                busiest[name] = (min(runs), len(due), minute)
            # stand in for the digest job: everyone due now has been served, next one tomorrow
            await db.execute(
                "UPDATE preferences SET next_due_at = next_due_at + 86400 WHERE next_due_at <= ?",
                (to_epoch(minute),),
            )
        minute += timedelta(minutes=1)

    text = "\n".join([PARAGRAPH] * 30)
    store_label = f"store_article ({len(text)} chars of text)"
    for n in range(300):
        digest = _digest(5_000_000 + n, text)
        for name, db in dbs.items():
            add(name, store_label, await _timed(articles.store_article(
                db, digest, urls=[digest.article.url, f"https://t.example/{n}"], fetched_at=START,
                source_id=1, entry_guid=f"guid-{n}",
            )))
    for n in range(300):
        for name, db in dbs.items():
            add(name, "get_by_url (alias)", await _timed(articles.get_by_url(db, f"https://t.example/{n}")))
    for uid in range(1, 301):
        for name, db in dbs.items():
            claim = deliveries.claim_delivery(db, uid, date(2026, 6, 2), now=START + timedelta(days=1))
            add(name, "claim_delivery", await _timed(claim))

    for name in dbs:
        print(f"== {name} ==")
        for label, values in samples[name].items():
            print(_summary(label, values, medians[name]))
            if label == due_label:
                ms, count, when = busiest[name]
                print(f"  slowest minute {when:%H:%M} UTC: {ms:.2f} ms for {count} users (page limit {page})")
    return medians


CLAIMER = """
import asyncio, sys, time
from datetime import UTC, date, datetime
from storage import deliveries, open_database

async def main(target, first, count):
    db = await open_database(target)
    now = datetime(2026, 6, 3, 9, 0, tzinfo=UTC)
    print("ready", flush=True)
    sys.stdin.readline()
    for uid in range(first, first + count):
        await deliveries.claim_delivery(db, uid, date(2026, 6, 3), now=now)
    await db.close()

asyncio.run(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
"""


async def concurrent_claims(target: str | Path, processes: int, each: int) -> float:
    """Claims per second from several processes claiming different users' digests at once (each
    claim a write transaction: on both databases they take the one write lock in turn)."""
    root = Path(__file__).resolve().parent.parent
    workers = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", CLAIMER, str(target), str(1 + n * each), str(each),
            cwd=root, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        )
        for n in range(processes)
    ]
    for worker in workers:  # every process connected before the clock starts
        assert await worker.stdout.readline() == b"ready\n"  # type: ignore[union-attr]
    t0 = time.perf_counter()
    await asyncio.gather(*(worker.communicate(b"go\n") for worker in workers))
    return processes * each / (time.perf_counter() - t0)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--postgres-url", default="", help="empty PostgreSQL database (default: start one)")
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--page", type=int, default=1000, help="users_due limit (a page of due users)")
    args = parser.parse_args()
    targets: dict[str, str | Path] = {}
    server = None
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite3"
        await (await open_database(path)).close()
        t0 = time.perf_counter()
        build(path, args.users, args.articles)
        print(f"built {args.users:,} users and {args.articles:,} articles in "
              f"{time.perf_counter() - t0:.1f} s ({path.stat().st_size / 1e6:.0f} MB)")
        if args.database in ("sqlite", "both"):
            targets["sqlite"] = path
        try:
            if args.database in ("postgres", "both"):
                server = None if args.postgres_url else PostgresServer(durable=True)
                url = args.postgres_url or await server.new_database()  # type: ignore[union-attr]
                await (await open_database(url)).close()
                t0 = time.perf_counter()
                await load_postgres(path, url)
                print(f"loaded the same rows into PostgreSQL in {time.perf_counter() - t0:.1f} s")
                targets["postgres"] = url
            os.sync()  # let the bulk loads reach the disk so they do not slow the timed commits
            dbs = {name: await open_database(target) for name, target in targets.items()}
            try:
                results = await measure(dbs, args.page)
            finally:
                for db in dbs.values():
                    await db.close()
            for name, target in targets.items():
                rate = await concurrent_claims(target, 3, 500)
                print(f"{name}: claim_delivery from 3 processes at once: {rate:.0f} claims/s in total")
        finally:
            if server is not None:
                server.close()
    if len(results) == 2:
        print("\nmedian ms, measured in turn   sqlite   postgres   ratio")
        for label, value in results["sqlite"].items():
            other = results["postgres"][label]
            print(f"{label.split(' (')[0]:<28} {value:7.2f}   {other:8.2f}   {other / value:5.1f}x")


if __name__ == "__main__":
    asyncio.run(main())
