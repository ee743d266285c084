"""The daily digest: a one-minute tick (and one at start-up) that sends each due user one digest.

A round (`DailyDigests.run_round`):
1. Takes over abandoned claims: a delivery still 'claimed' after `digest_claim_timeout_seconds`
   belonged to a bot that died. If any of its messages was handed to Telegram it is recorded as
   uncertain and never resent; otherwise it is sent now (unless it is too late).
2. Finds the due users (storage keeps each user's next digest instant, DST-safe). The digest due
   is the latest local slot at or before now; if that is `digest_late_hours` late or more (the bot
   was down), it is skipped and the user rescheduled, so two days down means one digest, not two.
3. Loads the round's articles (and every feed carrying each) once, indexes and clusters them
   once (`handlers.selection`).
4. For each user: claims the (user, local date) delivery row *before* anything is sent (only the
   claimer sends: overlapping ticks and other bot processes get nothing), selects and renders. A
   user who chose silence on days with nothing new gets no message: the claimed day is recorded as
   sent with no messages, so it is not retried.
5. One sender loop paces messages under Telegram's overall limit, records each message as
   'sending' before the call and 'sent' after, and records the delivery as sent, failed (the chat
   blocked the bot, or Telegram refused) or uncertain (the call timed out: it may have arrived).

Claims are made just ahead of the sender, so a crash leaves only a few claimed-but-unsent rows,
which step 1 of a later round completes.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from aiolimiter import AsyncLimiter
from telegram import InlineKeyboardMarkup
from telegram.error import TelegramError
from telegram.ext import Application, ContextTypes

from bot.config import Settings
from handlers import jobs
from handlers.context import installed
from handlers.daily_render import NO_TOPICS, PREVIEW_NO_TOPICS, daily_keyboard, render_daily
from handlers.selection import Profile, RoundIndex, load_profile, load_sources
from handlers.sending import ChatEvents, Sender
from storage import articles, deliveries, schedule, users
from storage.articles import StoredArticle
from storage.db import Database, utcnow
from storage.deliveries import Delivery

log = logging.getLogger(__name__)

KEY = "daily"
DUE_PER_ROUND = 10_000
STALE_PER_ROUND = 1_000
ROUND_ARTICLES = 50_000
PREPARED_AHEAD = 8
MAX_LOOKBACK = timedelta(days=3)
ABANDONED = "the bot stopped while sending this digest; not resent in case it arrived"
TOO_LATE = "missed while the bot was down, and too late to send"


@dataclass
class RoundStats:
    """What one round did."""

    due: int = 0
    skipped_late: int = 0
    claimed: int = 0
    already_claimed: int = 0
    recovered: int = 0
    sent: int = 0
    messages: int = 0
    failed: int = 0
    blocked: int = 0
    uncertain: int = 0
    quiet: int = 0
    articles: int = 0


@dataclass
class _Job:
    user_id: int
    chat_id: int
    day: date
    since: datetime
    delivery_id: int | None = None


@dataclass
class _Outgoing:
    job: _Job
    delivery_id: int
    texts: list[str]
    keyboard: InlineKeyboardMarkup


@dataclass
class _Outcome:
    """The sender's chat events for one delivery: remembered here, then passed on to storage."""

    inner: ChatEvents
    was_blocked: bool = False
    was_uncertain: bool = False

    async def blocked(self, chat_id: int) -> None:
        self.was_blocked = True
        await self.inner.blocked(chat_id)

    async def migrated(self, old_chat_id: int, new_chat_id: int) -> None:
        await self.inner.migrated(old_chat_id, new_chat_id)

    async def uncertain(self, chat_id: int, text: str) -> None:
        self.was_uncertain = True
        await self.inner.uncertain(chat_id, text)


@dataclass(frozen=True)
class DigestTiming:
    """The digest settings a round needs (see the DIGEST_* settings in .env.example)."""

    late: timedelta = timedelta(hours=12)
    claim_timeout: timedelta = timedelta(minutes=5)
    first_lookback: timedelta = timedelta(hours=24)
    messages_per_second: float = 29.0

    @classmethod
    def from_settings(cls, settings: Settings) -> DigestTiming:
        return cls(
            late=timedelta(hours=settings.digest_late_hours),
            claim_timeout=timedelta(seconds=settings.digest_claim_timeout_seconds),
            first_lookback=timedelta(hours=settings.digest_first_lookback_hours),
            messages_per_second=settings.digest_messages_per_second,
        )


async def compose(
    db: Database,
    index: RoundIndex,
    user_id: int,
    *,
    day: date,
    since: datetime,
    now: datetime,
    preview: bool = False,
) -> tuple[list[str], InlineKeyboardMarkup]:
    """One user's digest from the round's shared index: the messages and the buttons for the last.

    No messages at all when nothing is new and the user chose silence on such days (a preview
    always says something)."""
    prefs = await users.get_preferences(db, user_id)
    profile: Profile = await load_profile(db, user_id, prefs)
    items = index.select(profile, since, now)
    if not items and prefs.skip_empty and not preview:
        return [], daily_keyboard(items)
    note = {} if profile.topics or profile.subscriptions else {"empty_note": NO_TOPICS}
    if preview and note:
        note["empty_note"] = PREVIEW_NO_TOPICS
    texts = render_daily(
        items,
        day=day,
        topics=profile.topics,
        sentences=prefs.sentences,
        quotes=prefs.quotes,
        preview=preview,
        **note,
    )
    return texts, daily_keyboard(items)


async def last_digest_at(db: Database, user_id: int, last_date: date | None) -> datetime | None:
    """When the user's last digest was claimed, if they had one."""
    if last_date is None:
        return None
    delivery = await deliveries.get_delivery(db, user_id, last_date)
    return delivery.claimed_at if delivery else None


def since_for(last: datetime | None, now: datetime, first_lookback: timedelta) -> datetime:
    """Where a digest's stories start: the last digest, but never more than MAX_LOOKBACK ago."""
    return max(last, now - MAX_LOOKBACK) if last else now - first_lookback


Carriers = dict[int, frozenset[int]]


async def round_articles(db: Database, since: datetime) -> tuple[list[StoredArticle], Carriers]:
    """The articles stored since `since` and, for each, every source carrying it (two queries)."""
    fresh = await articles.list_since(db, since, limit=ROUND_ARTICLES)
    return fresh, await articles.carriers_since(db, since)


async def build_index(db: Database, since: datetime) -> RoundIndex:
    """The articles stored since `since`, indexed and clustered once for a round (in a thread, so
    the bot keeps answering meanwhile)."""
    return await _index(db, *await round_articles(db, since))


async def _index(db: Database, fresh: list[StoredArticle], carriers: Carriers) -> RoundIndex:
    info = await load_sources(db, fresh, carriers)
    return await asyncio.to_thread(RoundIndex, fresh, info, carriers)


class DailyDigests:
    """Runs digest rounds for one bot process; safe beside other processes on the same database."""

    def __init__(
        self,
        db: Database,
        sender: Sender,
        *,
        timing: DigestTiming | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.db = db
        self.sender = sender
        self.timing = timing or DigestTiming()
        self.clock = clock
        self.pace = AsyncLimiter(self.timing.messages_per_second, 1)
        self._running = asyncio.Lock()
        self._index: tuple[object, RoundIndex] | None = None

    async def shared_index(self, since: datetime) -> RoundIndex:
        """The round index of the articles since the hour `since` falls in, rebuilt only when those
        articles, or the feeds carrying them, changed since the last round (quiet minutes reuse the
        last one)."""
        floor = since.replace(minute=0, second=0, microsecond=0)
        fresh, carriers = await round_articles(self.db, floor)
        key = (tuple((a.id, a.fetched_at) for a in fresh), sorted(carriers.items()))
        if self._index is None or self._index[0] != key:
            self._index = (key, await _index(self.db, fresh, carriers))
        return self._index[1]

    async def run_round(self) -> RoundStats | None:
        """One round; None if this process is already running one (the next tick catches up)."""
        if self._running.locked():
            log.info("digest round still running; this tick is skipped")
            return None
        async with self._running:
            return await self._round(self.clock())

    async def _round(self, now: datetime) -> RoundStats:
        stats = RoundStats()
        jobs = await self._recover(now, stats)
        for due in await users.users_due(self.db, now, limit=DUE_PER_ROUND):
            stats.due += 1
            instant, day = schedule.latest_slot(due.digest_time, due.timezone, now)
            if now - instant >= self.timing.late:
                stats.skipped_late += 1
                await users.reschedule(self.db, due.user_id, after=now)
                continue
            last = await last_digest_at(self.db, due.user_id, due.last_digest_date)
            jobs.append(_Job(due.user_id, due.chat_id, day, since_for(last, now, self.timing.first_lookback)))
        if not jobs:
            return stats
        index = await self.shared_index(min(job.since for job in jobs))
        stats.articles = len(index)
        queue: asyncio.Queue[_Outgoing | None] = asyncio.Queue(maxsize=PREPARED_AHEAD)
        producer = asyncio.create_task(self._produce(jobs, index, now, queue, stats))
        try:
            while (outgoing := await queue.get()) is not None:
                try:
                    await self._deliver(outgoing, stats)
                except Exception:
                    log.exception("digest to chat %s failed unexpectedly", outgoing.job.chat_id)
        finally:
            producer.cancel()
            await asyncio.gather(producer, return_exceptions=True)
        return stats

    async def _recover(self, now: datetime, stats: RoundStats) -> list[_Job]:
        """Abandoned claims: uncertain if anything was handed to Telegram, else sent again in time."""
        jobs = []
        for claim in await deliveries.stale_claims(
            self.db, now - self.timing.claim_timeout, limit=STALE_PER_ROUND
        ):
            job = await self._recoverable(claim, now)
            if job is not None and await deliveries.reclaim(self.db, claim, now=self.clock()):
                stats.recovered += 1
                jobs.append(job)
        return jobs

    async def _recoverable(self, claim: Delivery, now: datetime) -> _Job | None:
        if await deliveries.list_messages(self.db, claim.id):
            await deliveries.mark_uncertain(self.db, claim.id, ABANDONED, now=now)
            return None
        user = await users.get_user(self.db, claim.user_id)
        prefs = await users.get_preferences(self.db, claim.user_id)
        instant = schedule.slot(prefs.digest_time, prefs.timezone, claim.local_date)
        if user is None or not user.active or now - instant >= self.timing.late:
            await deliveries.mark_failed(self.db, claim.id, TOO_LATE, now=now)
            return None
        since = since_for(None, now, self.timing.first_lookback)
        return _Job(user.id, user.chat_id, claim.local_date, since, delivery_id=claim.id)

    async def _produce(
        self,
        jobs: list[_Job],
        index: RoundIndex,
        now: datetime,
        queue: asyncio.Queue[_Outgoing | None],
        stats: RoundStats,
    ) -> None:
        try:
            for job in jobs:
                delivery_id = job.delivery_id
                if delivery_id is None:
                    delivery_id = await deliveries.claim_delivery(
                        self.db, job.user_id, job.day, now=self.clock()
                    )
                    if delivery_id is None:
                        stats.already_claimed += 1
                        continue
                    stats.claimed += 1
                try:
                    texts, keyboard = await compose(
                        self.db, index, job.user_id, day=job.day, since=job.since, now=now
                    )
                except Exception as err:
                    log.exception("could not compose the digest of user %s", job.user_id)
                    await deliveries.mark_failed(self.db, delivery_id, f"could not compose: {err}")
                    stats.failed += 1
                    continue
                if not texts:
                    await deliveries.mark_sent(self.db, delivery_id, now=self.clock())
                    stats.quiet += 1
                    continue
                await queue.put(_Outgoing(job, delivery_id, texts, keyboard))
        finally:
            await queue.put(None)

    async def _deliver(self, out: _Outgoing, stats: RoundStats) -> None:
        """Send one digest's messages in order and record what happened to it."""
        outcome = _Outcome(self.sender.events)
        sender = Sender(self.sender.bot, outcome)
        last = len(out.texts) - 1
        for part, text in enumerate(out.texts):
            await self.pace.acquire()
            message_id = await deliveries.record_message(
                self.db, out.job.user_id, delivery_id=out.delivery_id, part=part, now=self.clock()
            )
            try:
                sent = await sender.send(
                    out.job.chat_id, text, reply_markup=out.keyboard if part == last else None
                )
            except TelegramError as err:
                log.warning("digest to chat %s failed: %s", out.job.chat_id, err)
                await self._finish(out, message_id, "failed", str(err))
                stats.failed += 1
                return
            except Exception as err:
                await self._finish(out, message_id, "uncertain", f"{type(err).__name__}: {err}")
                stats.uncertain += 1
                raise
            if sent is None and outcome.was_uncertain:
                await self._finish(out, message_id, "uncertain", "the send timed out; it may have arrived")
                stats.uncertain += 1
                return
            if sent is None:
                await self._finish(out, message_id, "failed", "the chat blocked the bot")
                stats.blocked += 1
                return
            stats.messages += 1
            await deliveries.update_message(
                self.db, message_id, "sent", telegram_message_id=sent.message_id, now=self.clock()
            )
        await deliveries.mark_sent(self.db, out.delivery_id, now=self.clock())
        stats.sent += 1

    async def _finish(self, out: _Outgoing, message_id: int, state: str, error: str) -> None:
        now = self.clock()
        await deliveries.update_message(self.db, message_id, state, error=error, now=now)
        if state == "uncertain":
            await deliveries.mark_uncertain(self.db, out.delivery_id, error, now=now)
        else:
            await deliveries.mark_failed(self.db, out.delivery_id, error, now=now)


def digests_of(app: Application) -> DailyDigests:
    """The application's digest runner, made on first use from its resources."""
    runner = app.bot_data.get(KEY)
    if runner is None:
        res = installed(app)
        if res is None:
            raise RuntimeError("the daily digest needs the resources post_init installs")
        runner = app.bot_data[KEY] = DailyDigests(
            res.db, res.sender, timing=DigestTiming.from_settings(res.settings), clock=res.clock
        )
    return runner


async def tick_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """The JobQueue callback: one round, then the next tick DIGEST_TICK_SECONDS after this one
    started (at once if the round took longer)."""
    app = context.application
    started = time.monotonic()
    try:
        if installed(app) is not None:
            stats = await digests_of(app).run_round()
            if stats is not None and (stats.claimed or stats.recovered or stats.skipped_late):
                log.info("digest round: %s", stats)
    finally:
        res = installed(app)
        tick = res.settings.digest_tick_seconds if res is not None else 60.0
        delay = max(0.0, tick - (time.monotonic() - started))
        jobs.once(context.job_queue, tick_job, delay, name=KEY)


def schedule_ticks(app: Application) -> None:
    """The first tick right after start-up (it sends digests missed while the bot was down)."""
    jobs.once(app.job_queue, tick_job, 0, name=KEY)
