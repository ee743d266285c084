"""Bot latency under load: the whole bot against the fake Bot API and the fixture site, on loopback.

Phase 1: 50 users each send a different link, spread evenly over 10 seconds, while other users
send /start every 0.2 s. Prints p50/p95 link→digest time (targets ≤ 0.5 s and ≤ 1.5 s) and p95
/start answer time during the load (target ≤ 0.3 s).
Phase 2: 50 users send a link at the same instant: all must be answered within 5 s.
Flood limits of the fake server are on (30 messages/s overall, 1/s per chat with bursts).
Pages are the fixture articles grown to real pages' size, 50–500 KB (`tests/fullsize.py`).

Run from the repository root:  python3 benchmarks/bot_latency.py [--workers N] [--saved DIR]
(--saved DIR serves your own saved pages of 50–500 KB instead, e.g. the extraction eval's html/)
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.bot_plugin import BotRig, start_bot
from tests.fake_telegram.server import FakeTelegram
from tests.fullsize import full_size
from tests.webserver import WebSite

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
SOURCES = [
    "site/news/2025/03/harbour-bridge-reopens.html",
    "site/news/2025/03/council-approves-cycle-lanes.html",
    "pages/german.html",
    "pages/french.html",
    "pages/jsonld_newsarticle.html",
    "pages/microdata_byline.html",
    "pages/opengraph_only.html",
    "pages/aggregator.html",
    "pages/russian.html",
    "pages/reader_app_wall.html",
]
SIZES_KB = [50, 120, 180, 250, 350, 500]  # what news pages weigh: markup, inline scripts, state, furniture
PAGES: list[str] = []


def serve_saved(site: WebSite, folder: Path, low_kb: int, high_kb: int) -> list[int]:
    """Serve saved pages (.html or .html.gz) from `folder` whose size is within the range."""
    sizes = []
    for i, file in enumerate(sorted(folder.glob("*.htm*"))):
        raw = gzip.decompress(file.read_bytes()) if file.suffix == ".gz" else file.read_bytes()
        if low_kb * 1024 <= len(raw) <= high_kb * 1024:
            path = f"/saved/{i}.html"
            site.serve(path, raw)
            PAGES.append(path)
            sizes.append(len(raw) // 1024)
    return sizes


def serve_full_size(site: WebSite) -> list[int]:
    """Serve every source page grown to a real page's size; returns the sizes in KB."""
    sizes = []
    for i, source in enumerate(SOURCES):
        html = (FIXTURES / source).read_text(encoding="utf-8").replace("@BASE@", site.base)
        body = full_size(html, SIZES_KB[i % len(SIZES_KB)], seed=i)
        path = f"/full/{i}.html"
        site.serve(path, body)
        PAGES.append(path)
        sizes.append(len(body.encode()) // 1024)
    return sizes


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def answered_at(telegram: FakeTelegram, chat_id: int, marker: str) -> float | None:
    for event in telegram.transcript(chat_id):
        if event.from_bot and event.kind == "send" and marker in event.text:
            return event.time
    return None


def digest_at(telegram: FakeTelegram, chat_id: int) -> float | None:
    return answered_at(telegram, chat_id, "•")


async def phase_spread(bot: BotRig, users: range, spread: float) -> tuple[list[float], list[float]]:
    telegram = bot.telegram
    sent: dict[int, float] = {}
    starts: dict[int, float] = {}
    loop = asyncio.get_running_loop()
    begin = loop.time()
    step = spread / len(users)
    start_user = 900_000
    next_start = begin
    for i, user in enumerate(users):
        while loop.time() < begin + i * step:
            if loop.time() >= next_start:
                telegram.send_command(start_user, "/start")
                starts[start_user] = time.monotonic()
                start_user += 1
                next_start += 0.2
            await asyncio.sleep(0.01)
        url = bot.site.url(f"{PAGES[i % len(PAGES)]}?reader={user}")
        telegram.send_text(user, f"have a look {url}")
        sent[user] = time.monotonic()
    await telegram.wait_for(lambda: all(digest_at(telegram, u) for u in users), timeout=60)
    await telegram.wait_for(
        lambda: all(answered_at(telegram, u, "Send me a link") for u in starts), timeout=30
    )
    links = [digest_at(telegram, u) - sent[u] for u in users]
    greetings = [answered_at(telegram, u, "Send me a link") - starts[u] for u in starts]
    return links, greetings


async def phase_burst(bot: BotRig, users: range) -> float:
    telegram = bot.telegram
    t0 = time.monotonic()
    for i, user in enumerate(users):
        telegram.send_text(user, bot.site.url(f"{PAGES[i % len(PAGES)]}?burst={user}"))
    await telegram.wait_for(lambda: all(digest_at(telegram, u) for u in users), timeout=60)
    return max(digest_at(telegram, u) for u in users) - t0


async def main(workers: int, saved: Path | None) -> None:
    telegram = FakeTelegram()
    await telegram.start()
    site = WebSite()
    await site.start()
    sizes = serve_saved(site, saved, *SIZES_KB[:: len(SIZES_KB) - 1]) if saved else serve_full_size(site)
    print(f"pages served: {len(sizes)} of {min(sizes)}-{max(sizes)} KB (mean {sum(sizes) // len(sizes)} KB)")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            async with start_bot(
                telegram, site, Path(tmp) / "bench.sqlite3", worker_processes=workers, links_per_minute=1000
            ) as bot:
                links, greetings = await phase_spread(bot, range(1000, 1050), 10.0)
                print(f"phase 1: 50 links over 10 s, {workers} worker processes")
                print(
                    f"  link→digest  p50 {statistics.median(links):.3f} s"
                    f"   p95 {percentile(links, 0.95):.3f} s"
                    f"   max {max(links):.3f} s   (targets 0.5 / 1.5 s)"
                )
                print(
                    f"  /start       p95 {percentile(greetings, 0.95):.3f} s   max {max(greetings):.3f} s"
                    f"   ({len(greetings)} greetings; target 0.3 s)"
                )
                burst = await phase_burst(bot, range(2000, 2050))
                print(f"phase 2: 50 links at once: all answered in {burst:.2f} s (target 5 s)")
                refused = telegram.errors()
                print(f"  pages fetched from the fixture site: {len(site.requests)}")
                print(
                    f"  Bot API calls refused: {len(refused)} "
                    f"({sum(1 for r in refused if r.status == 429)} of them 429)"
                )
    finally:
        await site.stop()
        await telegram.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--saved", type=Path, help="serve saved pages (.html, .html.gz) of 50-500 KB")
    args = parser.parse_args()
    asyncio.run(main(args.workers, args.saved))
