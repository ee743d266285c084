"""One full poll round over 1,000 feeds on loopback, a tenth of them changed since the last poll.

A feed server runs in its own process (so its CPU is not counted) on ten loopback addresses (ten
"hosts", so the per-host limit of 2 applies as it would on the web). Every feed has 10 entries and
was polled before: its ETag is stored and its entries are seen. Then 100 feeds each gain 2 entries,
one with full text in the feed, one whose page must be fetched and extracted. The round is measured
through the real Poller with the real storage, fetcher and process pool (2 workers).

Prints wall time, CPU time (this process plus the pool's workers), peak memory (this process's
peak RSS, and the PSS of it plus its workers), requests made, the share answered 304, and articles
digested per second.
Usage: python benchmarks/poller.py [--feeds 1000] [--changed 100] [--workers 2]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import multiprocessing
import resource
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

# run as a script, this file's folder comes first on sys.path and benchmarks/storage.py would hide
# the storage package
sys.path = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import psutil  # noqa: E402
from aiohttp import web  # noqa: E402
from telegram import Bot  # noqa: E402

from bot.config import Settings  # noqa: E402
from digest.web.fetch import open_session  # noqa: E402
from handlers.chats.membership import StorageChatEvents  # noqa: E402
from handlers.reading.limits import LinkLimiter  # noqa: E402
from handlers.reading.pastes import PasteJoiner  # noqa: E402
from handlers.reading.pool import EnginePool  # noqa: E402
from handlers.reading.reader import Reader  # noqa: E402
from handlers.subscriptions.poller import Poller  # noqa: E402
from handlers.telegram.context import Resources  # noqa: E402
from handlers.telegram.sending import Sender  # noqa: E402
from storage import articles, sources, topics, users  # noqa: E402
from storage.db import Database, open_database, utcnow  # noqa: E402

HOSTS = 10
ENTRIES = 10
PARAGRAPH = (
    "The harbour authority said on Tuesday that work on berth {n} would finish before the summer "
    "season, after engineers replaced {k} mooring posts and resurfaced the quay. \"We expect the "
    "first cruise ships in June,\" said the port director, Ana Ruiz, adding that cargo traffic had "
    "grown by {k} percent since the spring and that two new cranes would arrive in the autumn."
)


def story(n: int, paragraphs: int = 6) -> str:
    return "".join(f"<p>{PARAGRAPH.format(n=n, k=n % 17 + i)}</p>" for i in range(paragraphs))


def feed_xml(host: str, i: int, extra: int) -> bytes:
    items = []
    for j in range(ENTRIES + extra):
        full = j % 2 == 0
        content = f"<content:encoded><![CDATA[{story(i * 100 + j)}]]></content:encoded>" if full else ""
        items.append(
            f"<item><title>Berth {i}-{j} works finish early</title>"
            f"<link>http://{host}/article/{i}/{j}.html</link>"
            f"<guid isPermaLink='false'>feed-{i}-entry-{j}</guid>"
            f"<description>Quay works at berth {i}-{j}.</description>{content}</item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>Harbour Feed {i}</title><link>http://{host}/</link><ttl>30</ttl>{''.join(items)}"
        "</channel></rss>"
    ).encode()


def article_html(i: int, j: int) -> bytes:
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Berth {i}-{j} works finish "
        f"early</title></head><body><header><nav><a href='/'>Home</a></nav></header><main><article>"
        f"<h1>Berth {i}-{j} works finish early</h1>{story(i * 100 + j, 8)}</article></main>"
        "<footer>© Harbour Feed</footer></body></html>"
    ).encode()


def serve(port_queue: multiprocessing.Queue, changed: set[int]) -> None:
    """The feed server process: /feed/{i}.rss with ETags (changed feeds have 2 more entries)."""
    counts = {"requests": 0, "not_modified": 0}

    async def feed(request: web.Request) -> web.Response:
        counts["requests"] += 1
        i = int(request.match_info["i"])
        body = feed_xml(request.host, i, 2 if i in changed else 0)
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if request.headers.get("If-None-Match") == etag:
            counts["not_modified"] += 1
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(body=body, content_type="application/rss+xml", headers={"ETag": etag})

    async def page(request: web.Request) -> web.Response:
        counts["requests"] += 1
        body = article_html(int(request.match_info["i"]), int(request.match_info["j"]))
        return web.Response(body=body, content_type="text/html")

    async def stats(request: web.Request) -> web.Response:
        return web.json_response(counts)

    async def main() -> None:
        app = web.Application()
        app.router.add_get("/feed/{i}.rss", feed)
        app.router.add_get("/article/{i}/{j}.html", page)
        app.router.add_get("/stats", stats)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        first = web.TCPSite(runner, "127.0.0.1", 0)
        await first.start()
        port = runner.addresses[0][1]
        for h in range(2, HOSTS + 1):
            await web.TCPSite(runner, f"127.0.0.{h}", port).start()
        port_queue.put(port)
        await asyncio.Event().wait()

    asyncio.run(main())


def host_of(i: int, port: int) -> str:
    return f"127.0.0.{1 + i % HOSTS}:{port}"


async def prime(db: Database, feeds: int, port: int) -> None:
    """The state after an earlier poll: each feed's ETag stored and its 10 entries seen."""
    user = await users.upsert_user(db, 1)
    await topics.add_topic(db, user.id, "berth works")
    now = utcnow()
    for i in range(feeds):
        host = host_of(i, port)
        body = feed_xml(host, i, 0)
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        source = await sources.add_source(db, f"http://{host}/feed/{i}.rss", title=f"Harbour Feed {i}")
        await sources.subscribe(db, user.id, source.id)
        await articles.mark_entries_seen(db, source.id, [f"feed-{i}-entry-{j}" for j in range(ENTRIES)])
        await sources.record_poll_success(
            db, source.id, next_poll_at=now - timedelta(seconds=1), etag=etag, now=now - timedelta(hours=1)
        )


def _tree(exclude: int) -> list[psutil.Process]:
    me = psutil.Process()
    return [me, *(c for c in me.children(recursive=True) if c.pid != exclude)]


def tree_pss(exclude: int) -> int:
    """Proportional set size of this process and its workers (shared pages counted once)."""
    total = 0
    for process in _tree(exclude):
        try:
            total += process.memory_full_info().pss
        except psutil.NoSuchProcess:
            continue
    return total


def tree_cpu(exclude: int) -> float:
    """User + system CPU seconds of this process and its workers (not the feed server)."""
    total = 0.0
    for process in _tree(exclude):
        try:
            total += sum(process.cpu_times()[:2])
        except psutil.NoSuchProcess:
            continue
    return total


async def run(feeds: int, changed: int, workers: int) -> None:
    changed_set = set(range(0, feeds, max(1, feeds // changed)))
    spawn = multiprocessing.get_context("spawn")
    queue: multiprocessing.Queue = spawn.Queue()
    server = spawn.Process(target=serve, args=(queue, changed_set), daemon=True)
    server.start()
    port = queue.get(timeout=30)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            _env_file=None,
            database_path=Path(tmp) / "bench.sqlite3",
            fetch_allowed_networks="127.0.0.0/8",
            worker_processes=workers,
            feed_catalog_enabled=False,
        )
        db = await open_database(settings.database_path)
        await prime(db, feeds, port)
        pool = EnginePool(workers, settings.extract_timeout)
        await pool.warm_up()
        policy = settings.fetch_policy()
        http = open_session(policy)
        res = Resources(
            settings=settings,
            db=db,
            http=http,
            pool=pool,
            reader=Reader(db, http, pool, policy),
            sender=Sender(Bot("1:benchmark"), StorageChatEvents(db)),
            limiter=LinkLimiter(db, settings.links_per_minute),
            pastes=PasteJoiner(),
        )
        poller = Poller(res)
        cpu0, wall0 = tree_cpu(server.pid), time.perf_counter()
        stats = await poller.poll_round()
        wall, cpu = time.perf_counter() - wall0, tree_cpu(server.pid) - cpu0
        workers_pss = tree_pss(server.pid)
        async with http.get(f"http://127.0.0.1:{port}/stats") as response:
            served = await response.json()
        await http.close()
        await pool.close()
        await db.close()
    server.kill()
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    feed_requests = stats.requests
    print(f"feeds {feeds}, changed {len(changed_set)}, workers {workers}")
    print(f"wall {wall:.2f} s   cpu {cpu:.2f} s (this process + pool workers)")
    print(
        f"peak RSS {peak_self:.0f} MB (this process); PSS at the end {workers_pss / 2**20:.0f} MB "
        "(this process + pool workers, shared pages counted once)"
    )
    pages = served["requests"] - feed_requests
    print(
        f"requests {served['requests']} ({feed_requests} feeds + {pages} pages), "
        f"304 share of feed requests {stats.not_modified / max(1, feed_requests):.1%}"
    )
    print(
        f"new entries {stats.new_entries}, digested {stats.digested} "
        f"({stats.digested / wall:.1f} articles/s over the round), failed feeds {stats.failed}, "
        f"unreadable entries {stats.unreadable}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--changed", type=int, default=100)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    asyncio.run(run(args.feeds, args.changed, args.workers))


if __name__ == "__main__":
    main()
