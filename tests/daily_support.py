"""Helpers for the daily-digest tests: users, sources and articles written through the real storage
repositories, a settable clock, and a digest runner talking to the fake Bot API."""

from __future__ import annotations

import asyncio
import itertools
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from telegram import Bot
from telegram.ext import Application

from digest.models import Article, Digest, Quote
from handlers.chats.membership import StorageChatEvents
from handlers.daily.digests import DailyDigests, DigestTiming, RoundStats, digests_of
from handlers.telegram.sending import Sender
from storage import Database, articles, open_database, sources, topics, users
from tests.bot_plugin import bot_env
from tests.fake_telegram.server import FakeTelegram

_numbers = itertools.count(1)
ROOT = Path(__file__).resolve().parent.parent


@contextmanager
def bot_process(
    telegram: FakeTelegram, database: str | Path, log: Path, **settings: str
) -> Iterator[subprocess.Popen[bytes]]:
    """A real `digestbot run` process against the fake Bot API, ticking every second; killed at exit.

    `database` is a SQLite file or a postgresql:// URL (given as DATABASE_URL); `settings` are
    extra environment settings (e.g. DIGEST_CLAIM_TIMEOUT_SECONDS="2").
    """
    env = bot_env(
        telegram,
        database,
        WORKER_PROCESSES="1",
        DIGEST_TICK_SECONDS="1",
        FEED_CATALOG_ENABLED="false",
        **settings,
    )
    with log.open("ab") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "run"], cwd=ROOT, env=env, stdout=out, stderr=out
        )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)


def digests(telegram: FakeTelegram, chat_id: int) -> list[str]:
    """The texts of the daily digests the fake Bot API has delivered to `chat_id`."""
    return [m.text for m in telegram.sent(chat_id) if "daily digest" in m.text]


def digest_count(telegram: FakeTelegram, chat_id: int) -> int:
    """How many daily digests the fake Bot API has delivered to `chat_id`."""
    return len(digests(telegram, chat_id))


@dataclass
class Clock:
    """A clock the test moves by hand (aware UTC)."""

    now: datetime

    def __call__(self) -> datetime:
        return self.now

    def set(self, moment: datetime) -> None:
        self.now = moment.astimezone(UTC)

    def advance(self, delta: timedelta) -> None:
        self.now += delta


def runner(db: Database, bot: Bot, clock: Clock, **timing: object) -> DailyDigests:
    """A digest runner as the bot builds it, with a generous pace so tests are not slowed."""
    values: dict[str, object] = {"messages_per_second": 30.0, **timing}
    return DailyDigests(db, Sender(bot, StorageChatEvents(db)), timing=DigestTiming(**values), clock=clock)


async def add_user(
    db: Database,
    chat_id: int,
    *,
    at: str = "09:00",
    zone: str = "UTC",
    follows: tuple[str, ...] = (),
    now: datetime,
    **prefs: object,
) -> int:
    """A user created at `now`, with a digest time, timezone, topics and other preferences."""
    user = await users.upsert_user(db, chat_id, now=now)
    await users.update_preferences(db, user.id, digest_time=at, timezone=zone, now=now, **prefs)
    for query in follows:
        await topics.add_topic(db, user.id, query, now=now)
    return user.id


async def add_due_chats(
    telegram: FakeTelegram, database: str | Path, chats: list[int], now: datetime
) -> None:
    """Open `chats` at the fake Bot API and store each as a user whose digest fell due a minute
    before `now` (created two minutes before that), on a connection of its own."""
    db = await open_database(database)
    try:
        due = f"{(now - timedelta(minutes=1)):%H:%M}"
        for chat in chats:
            telegram.open_chat(chat)
            await add_user(db, chat, at=due, now=now - timedelta(minutes=3))
    finally:
        await db.close()


async def add_source(db: Database, name: str, *, catalog: bool = False) -> int:
    source = await sources.add_source(db, f"https://{name}.example/feed.xml", title=name, catalog=catalog)
    return source.id


async def add_article(
    db: Database,
    source_id: int | None,
    *,
    title: str,
    text: str = "",
    outlet: str = "The Daily Ledger",
    url: str | None = None,
    fetched_at: datetime,
    language: str | None = "en",
    sentences: tuple[str, ...] = (),
    quotes: tuple[Quote, ...] = (),
    description: str | None = None,
) -> int:
    """Store an article with its digest, as the poller would."""
    number = next(_numbers)
    article = Article(
        url=url or f"https://{outlet.lower().replace(' ', '')}.example/news/{number}",
        title=title,
        outlet=outlet,
        published=fetched_at.isoformat(),
        language=language,
        description=description,
        text=text or title,
    )
    digest = Digest(article=article, sentences=list(sentences or (text or title,)), quotes=list(quotes))
    stored = await articles.store_article(db, digest, fetched_at=fetched_at, source_id=source_id)
    return stored.id


async def harbour_story(db: Database, fetched_at: datetime) -> int:
    """A catalog feed ("wire") carrying one story, "Harbour cranes restart", fetched at `fetched_at`;
    the feed's id."""
    feed = await add_source(db, "wire", catalog=True)
    await add_article(db, feed, title="Harbour cranes restart", fetched_at=fetched_at)
    return feed


async def next_round(app: Application, timeout: float = 10.0) -> RoundStats:
    """Run a digest round once the one in progress (the start-up tick's, say) has finished."""
    runner = digests_of(app)
    async with asyncio.timeout(timeout):
        while (stats := await runner.run_round()) is None:
            await asyncio.sleep(0.01)
    return stats


def utc(text: str) -> datetime:
    """'2025-03-30T00:00' as an aware UTC datetime."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)
