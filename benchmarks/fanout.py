"""Daily-digest fan-out at scale: many users due in the same minute, against Telegram's 30 messages/s.

Builds a temporary database through the storage repositories: `--users` users (default 3,000) due
at 09:00 UTC, each following `--topics` topics (default 3) drawn from a pool of realistic queries
(single words, two-word queries, "exact phrases", OR and -exclusions), a fifth also subscribed to
one outlet; and `--articles` fresh articles (default 2,000): news events told by one to six of 40
catalog outlets, each stored with its digest and meaning vector as the poller would. Then
`--workers` processes (default 1) each run digest rounds exactly as the bot does
(`handlers.daily.digests.DailyDigests`, PTB's `ExtBot` with the bot's
`handlers.ratelimit.SharedRateLimiter` on the shared database) until nobody is due, against
the fake Bot API in a child process, enforcing 30 messages/s overall and 1/s per chat. The database
is a SQLite file, or with `--database postgres` a PostgreSQL server started for the run (the test
suite's, from the pgserver wheel).

Prints: messages per second (at the fake server, first to last digest message, and over the whole
fan-out), 429s received, duplicates and misses (digests per chat ≠ 1), CPU seconds of the bot
processes per 1,000 digests (each loads the story model and gazetteer first, as the bot does at start-up:
that once-per-process CPU is printed apart), the largest peak memory of one, and the index preparation time.
Usage: python benchmarks/fanout.py [--users N] [--articles N] [--topics N] [--seed N]
                                   [--workers N] [--database sqlite|postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import itertools
import logging
import multiprocessing
import random
import resource
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

# run as a script, this file's folder comes first on sys.path and its name would hide the package
ROOT = Path(__file__).resolve().parent.parent
sys.path = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(ROOT))

from telegram.ext import ExtBot  # noqa: E402

from digest.models import Article, Digest, Quote  # noqa: E402
from digest.stories.cluster import load_data  # noqa: E402
from handlers.chats.membership import StorageChatEvents  # noqa: E402
from handlers.daily import digests  # noqa: E402
from handlers.daily.digests import DailyDigests, RoundStats  # noqa: E402
from handlers.ratelimit import SharedRateLimiter  # noqa: E402
from handlers.reading.reader import compute_meanings  # noqa: E402
from handlers.telegram.sending import Sender  # noqa: E402
from storage import Database, articles, open_database, sources, topics, users  # noqa: E402

NINE = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
FIRST_CHAT = 100_000
PLACES = """Lisbon Porto Madrid Seville Lyon Marseille Antwerp Rotterdam Hamburg Bremen Gdansk Riga Tallinn
    Helsinki Oslo Bergen Aarhus Malmo Dublin Cork Glasgow Leeds Bristol Naples Genoa Trieste Split
    Athens Izmir Odesa Kherson Varna Constanta Haifa Alexandria Tunis Casablanca Dakar Lagos Mombasa
    Durban Karachi Mumbai Chennai Colombo Jakarta Manila Busan Osaka Vancouver Halifax Boston
    Baltimore Houston Veracruz Santos Valparaiso Callao Montevideo""".split()  # noqa: SIM905
SUBJECTS = """tariffs wildfire election vaccine strike flooding drought earthquake refinery shipyard pipeline
    blackout heatwave protest budget pension housing rents tram metro airport ferry bridge hospital
    nurses teachers farmers fishermen dockworkers miners startups chipmaker battery solar wind
    hydrogen lithium cobalt grain wheat coffee cocoa sugar tourism museum festival orchestra stadium
    marathon cyclists derby championship referendum coalition senate minister mayor court verdict
    smuggling cyberattack outage recall""".split()  # noqa: SIM905
DETAILS = """cranes containers tolls dredging lighthouse pilots warehouses inspectors permits quotas subsidies
    contracts investors regulators unions lawyers auditors engineers architects volunteers residents
    commuters tourists students patients doctors judges police firefighters""".split()  # noqa: SIM905
VERBS = ["halts", "expands", "faces", "delays", "approves", "rejects", "reopens", "plans", "cuts", "boosts"]
FILLER = """the a of to and in on for with after before as by from over under about into against during
    officials said spokesperson statement week month year plan project local regional national
    government company council agency report data figures analysts market prices costs workers
    people city port region country service network system group board members share rise fall""".split()  # noqa: SIM905
NAMES = ["Ana Ruiz", "Tomas Berg", "Mira Okafor", "Jonas Weber", "Leila Haddad", "Kenji Mori", "Sara Costa"]


def outlet_name(number: int) -> str:
    return f"Outlet {number:02d} News"


SYLLABLES = "ka lo mi ren dor sa ve tu lin bar cos ne ri mo tal fen gu dra pel von ar is el um".split()  # noqa: SIM905


def vocabulary(rng: random.Random, size: int = 20_000) -> list[str]:
    """Made-up words, used with Zipf-like frequencies as the general vocabulary of news text."""
    words = {"".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))) for _ in range(size * 2)}
    return sorted(words)[:size]


@functools.cache
def zipf(size: int) -> list[float]:
    """Cumulative Zipf weights over `size` ranks."""
    return list(itertools.accumulate(1 / (rank + 1) for rank in range(size)))


@dataclass(frozen=True)
class Event:
    """One news event: where, what, who, and the figures every outlet repeats."""

    place: str
    subject: str
    detail: str
    verb: str
    person: str
    figure: str
    words: tuple[str, ...]


def make_event(rng: random.Random, vocab: list[str]) -> Event:
    person = f"{rng.choice(NAMES).split()[0]} {rng.choice(vocab).capitalize()}"
    return Event(
        rng.choice(PLACES),
        rng.choice(SUBJECTS),
        rng.choice(DETAILS),
        rng.choice(VERBS),
        person,
        f"{rng.randint(2, 900)} {rng.choice(['million', 'tonnes', 'jobs', 'ships', 'homes'])}",
        tuple(rng.choice(vocab) for _ in range(6)),
    )


def make_article(
    rng: random.Random, event: Event, vocab: list[str], outlet: int, fetched: datetime
) -> Digest:
    """One outlet's telling of the event: its own title and sentences around the shared facts."""
    title = rng.choice(
        [
            f"{event.place} {event.subject} {event.verb} as {event.detail} protest",
            f"{event.subject.capitalize()} in {event.place}: {event.person} warns of {event.figure} cost",
            f"{event.place} {event.verb} {event.subject} plan, {event.detail} say",
        ]
    )
    sentences = []
    for _ in range(8):
        words = rng.choices(vocab, cum_weights=zipf(len(vocab)), k=10) + rng.sample(FILLER, 4)
        words += rng.sample([event.place, event.subject, event.detail, event.figure, *event.words], 3)
        rng.shuffle(words)
        sentences.append(" ".join(words).capitalize() + ".")
    quote = f"We will keep the {event.subject} talks in {event.place} open for the {event.detail}"
    sentences.insert(3, f'"{quote}," said {event.person}.')
    url = f"https://outlet{outlet:02d}.example/{event.place.lower()}/{event.subject}-{rng.randrange(10**9)}"
    article = Article(
        url=url,
        title=title,
        outlet=outlet_name(outlet),
        published=fetched.isoformat(),
        language="en",
        canonical_url=url,
        description=sentences[0],
        text="\n".join(sentences),
    )
    return Digest(article=article, sentences=sentences[:3], quotes=[Quote(quote, event.person)])


def topic_pool(rng: random.Random) -> list[str]:
    pool = [p for p in PLACES] + [s for s in SUBJECTS]
    pool += [f"{rng.choice(PLACES)} {rng.choice(SUBJECTS)}" for _ in range(60)]
    pool += [f'"{rng.choice(SUBJECTS)} {rng.choice(["plan", "talks", "protest"])}"' for _ in range(20)]
    pool += [f"{rng.choice(SUBJECTS)} OR {rng.choice(SUBJECTS)}" for _ in range(30)]
    pool += [f"{rng.choice(SUBJECTS)} -{rng.choice(PLACES)}" for _ in range(30)]
    return list(dict.fromkeys(pool))


async def populate(db: Database, args: argparse.Namespace) -> None:
    rng = random.Random(args.seed)
    feeds = [
        (
            await sources.add_source(
                db, f"https://outlet{n:02d}.example/feed.xml", title=outlet_name(n), catalog=True
            )
        ).id
        for n in range(40)
    ]
    vocab = vocabulary(rng)
    stored = 0
    while stored < args.articles:
        event = make_event(rng, vocab)
        first = NINE - timedelta(minutes=rng.randrange(60, 20 * 60))
        for outlet in rng.sample(range(40), min(rng.randint(1, 6), args.articles - stored)):
            fetched = first + timedelta(minutes=rng.randrange(0, 60))
            digest = make_article(rng, event, vocab, outlet, fetched)
            await compute_meanings([digest])
            await articles.store_article(db, digest, fetched_at=fetched, source_id=feeds[outlet])
            stored += 1
    pool = topic_pool(rng)
    created = NINE - timedelta(hours=2)
    for start in range(0, args.users, 500):
        async with db.transaction():  # one commit per 500 users, not one per statement
            for number in range(start, min(start + 500, args.users)):
                user = await users.upsert_user(db, FIRST_CHAT + number, now=created)
                await users.update_preferences(db, user.id, digest_time="09:00", timezone="UTC", now=created)
                for query in rng.sample(pool, args.topics):
                    await topics.add_topic(db, user.id, query, now=created)
                if rng.random() < 0.2:
                    await sources.subscribe(db, user.id, rng.choice(feeds), now=created)


def serve_fake_telegram(conn: multiprocessing.connection.Connection, chats: int) -> None:
    """Child process: the fake Bot API with Telegram's default limits; reports on request."""
    from tests.fake_telegram.server import FakeTelegram

    async def main() -> None:
        server = FakeTelegram()
        await server.start()
        for number in range(chats):
            server.open_chat(FIRST_CHAT + number)
        conn.send((server.token, server.base_url, server.file_url))
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, conn.recv)
        sends = [r for r in server.requests if r.method.lower() == "sendmessage"]
        ok = [r.time for r in sends if r.status == 200]
        per_chat = Counter()
        for number in range(chats):
            per_chat[FIRST_CHAT + number] = sum(
                "daily digest" in m.text for m in server.sent(FIRST_CHAT + number)
            )
        conn.send(
            {
                "sends": len(sends),
                "ok": len(ok),
                "429": sum(r.status == 429 for r in sends),
                "first": min(ok, default=0.0),
                "last": max(ok, default=0.0),
                "per_chat": dict(per_chat),
            }
        )
        await server.close()

    asyncio.run(main())


COUNTED = ("sent", "messages", "claimed", "recovered", "failed", "uncertain", "lost", "deferred")


def fan_out(
    target: str, api: tuple[str, str, str], origin: float, conn: multiprocessing.connection.Connection
) -> None:
    """Child process: one bot worker running digest rounds until nobody is due; reports its stats."""

    logging.getLogger("httpx").setLevel(logging.WARNING)

    async def main() -> dict[str, float]:
        token, base_url, file_url = api
        db = await open_database(target)
        limiter = SharedRateLimiter()
        limiter.attach(db)
        bot = ExtBot(token, base_url=base_url, base_file_url=file_url, rate_limiter=limiter)
        await bot.initialize()
        runner = DailyDigests(
            db,
            Sender(bot, StorageChatEvents(db)),
            clock=lambda: NINE + timedelta(seconds=time.time() - origin),
        )
        load0 = time.process_time()
        load_data()  # as the bot does at start-up, before any round
        loading = time.process_time() - load0
        total = RoundStats()
        cpu0 = time.process_time()
        while True:
            stats = await runner.run_round()
            for name in COUNTED:
                setattr(total, name, getattr(total, name) + getattr(stats, name))
            if stats.due == 0 and stats.recovered == 0:
                break
        cpu = time.process_time() - cpu0
        await bot.shutdown()
        await db.close()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        stats = {name: getattr(total, name) for name in COUNTED}
        return {**stats, "cpu": cpu, "loading_cpu": loading, "peak_mb": peak}

    conn.send(asyncio.run(main()))


@contextlib.contextmanager
def database_target(kind: str, folder: Path) -> Iterator[str]:
    """A SQLite file in `folder`, or a fresh database on a PostgreSQL server started for the run."""
    if kind == "sqlite":
        yield str(folder / "fanout.sqlite3")
        return
    from tests.postgres_server import PostgresServer

    server = PostgresServer()
    try:
        yield asyncio.run(server.new_database())
    finally:
        server.close()


async def prepare(target: str, args: argparse.Namespace) -> None:
    """Populate the database and time one round's index preparation."""
    db = await open_database(target)
    try:
        loading = time.perf_counter()
        load_data()  # first: populating computes each article's meaning vector with its model
        loaded = time.perf_counter() - loading
        started = time.perf_counter()
        await populate(db, args)
        print(
            f"built {args.users} users x {args.topics} topics and {args.articles} articles "
            f"in {time.perf_counter() - started:.1f} s ({args.database})"
        )
        print(f"story model and gazetteer loaded (once per process, at start-up): {loaded:.2f} s")
        built = time.perf_counter()
        index = await digests.build_index(db, NINE - timedelta(hours=24))
        prepared = time.perf_counter() - built
        print(f"index of {len(index)} articles (indexing + clustering, once per round): {prepared:.2f} s")
    finally:
        await db.close()


def run(args: argparse.Namespace) -> None:
    folder = Path(tempfile.mkdtemp(prefix="fanout-"))
    context = multiprocessing.get_context("spawn")
    with database_target(args.database, folder) as target:
        asyncio.run(prepare(target, args))
        parent, child = context.Pipe()
        server = context.Process(target=serve_fake_telegram, args=(child, args.users), daemon=True)
        server.start()
        api = parent.recv()
        origin = time.time()
        pipes, workers = [], []
        wall0 = time.perf_counter()
        for _ in range(args.workers):
            mine, theirs = context.Pipe()
            worker = context.Process(target=fan_out, args=(target, api, origin, theirs), daemon=True)
            worker.start()
            pipes.append(mine)
            workers.append(worker)
        results = [pipe.recv() for pipe in pipes]
        wall = time.perf_counter() - wall0
        for worker in workers:
            worker.join(timeout=30)
        parent.send("report")
        report = parent.recv()
        server.join(timeout=30)

    counts = Counter(report["per_chat"].values())
    sent = report["ok"]
    digests = sum(r["sent"] for r in results)
    steady = (sent - 1) / (report["last"] - report["first"]) if sent > 1 else 0.0
    print(f"workers: {args.workers} on {args.database}; digests sent by each: {[r['sent'] for r in results]}")
    lost, deferred = sum(r["lost"] for r in results), sum(r["deferred"] for r in results)
    print(f"claims lost to another worker: {lost}; deferred for a later try: {deferred}")
    print(f"messages delivered: {sent} in {wall:.1f} s")
    print(f"messages/s at the fake Bot API, first to last: {steady:.2f} (target >= 28)")
    print(f"messages/s over the whole fan-out (incl. worker start-up): {sent / wall:.2f}")
    print(f"429 answers received: {report['429']} (target 0)")
    print(f"duplicates (users with >1 digest): {sum(n for c, n in counts.items() if c > 1)} (target 0)")
    print(f"misses (users with no digest): {counts.get(0, 0)} (target 0)")
    cpu = sum(r["cpu"] for r in results)
    print(f"CPU seconds of the bot processes per 1,000 digests: {cpu / max(digests, 1) * 1000:.2f}")
    loading = max(r["loading_cpu"] for r in results)
    print(f"CPU seconds of one bot process loading the story model and gazetteer at start-up: {loading:.2f}")
    print(f"peak memory of the largest bot process (max RSS): {max(r['peak_mb'] for r in results):.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=3000)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--topics", type=int, default=3)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--workers", type=int, default=1, help="bot processes sharing the fan-out")
    parser.add_argument("--database", choices=("sqlite", "postgres"), default="sqlite")
    run(parser.parse_args())


if __name__ == "__main__":
    main()
