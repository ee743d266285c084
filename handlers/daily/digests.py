"""The daily digest: a one-minute tick (and one at start-up) that sends each due user one digest.

A round (`DailyDigests.run_round`):
1. Takes over claims whose lease ran out (their worker died, stalled, or released them to retry
   later): exactly one worker wins each, with a new fencing token. Parts recorded as handed to
   Telegram are never resent (recorded uncertain when their fate is unknown); every part not yet
   sent is sent now, later parts included (unless it is too late).
2. Finds the due users (storage keeps each user's next digest instant, DST-safe). The digest due
   is the latest local slot at or before now; if that is `digest_late_hours` late or more (the bot
   was down), it is skipped and the user rescheduled, so two days down means one digest, not two.
3. Loads the round's articles (and every feed carrying each) once, indexes and clusters them
   once (`handlers.daily.selection`), reading each article's meaning vector as stored at ingest;
   the vectors the round had to compute (rows stored before vectors were kept) are written back.
4. For each user: claims the (user, local date) delivery row *before* anything is sent (only the
   claimer sends: overlapping ticks and other bot processes get nothing), selects, renders and
   stores the rendered parts with the claim. A user who chose silence on days with nothing new
   gets no message: the claimed day is recorded as sent with no messages, so it is not retried.
5. One sender loop paces messages under Telegram's overall limit. Each part is recorded as
   'sending' (renewing the lease, checked against the fencing token: a worker whose claim moved on
   stops here) before the call and 'sent' after. A 429 is waited out only while the lease is
   renewed to cover the wait; a longer one, or an error after which the message surely never left
   (`handlers.telegram.sending.never_sent`), releases the claim to be retried later the same day. The
   delivery ends sent, failed (the chat blocked the bot, or Telegram refused) or uncertain (a call
   timed out: it may have arrived).

Claims are made just ahead of the sender, so a crash leaves only a few claimed-but-unsent rows,
which step 1 of a later round (on any process) completes once their lease runs out.
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from aiolimiter import AsyncLimiter
from telegram import InlineKeyboardMarkup
from telegram.error import NetworkError, RetryAfter, TelegramError
from telegram.ext import Application, ContextTypes

from bot.config import Settings
from handlers import jobs
from handlers.chats import membership
from handlers.daily.layout import NO_TOPICS, PREVIEW_NO_TOPICS, daily_keyboard, render_daily
from handlers.daily.selection import Profile, RoundIndex, load_profile, load_sources
from handlers.telegram.context import installed
from handlers.telegram.sending import ChatEvents, Sender, never_sent, retry_seconds
from storage import articles, deliveries, schedule, users
from storage.articles import StoredArticle
from storage.db import Database, utcnow
from storage.deliveries import Delivery
from storage.errors import StorageError

log = logging.getLogger(__name__)

KEY = "daily"
DUE_PER_ROUND = 10_000
STALE_PER_ROUND = 1_000
ROUND_ARTICLES = 50_000
PREPARED_AHEAD = 8
MAX_LOOKBACK = timedelta(days=3)
ABANDONED = "the bot stopped while sending this digest; not resent in case it arrived"
PART_ABANDONED = "the bot stopped while sending this part; not resent in case it arrived"
TOO_LATE = "missed while the bot was down, and too late to send"
GAVE_UP = "Telegram kept failing; given up for today"
MAX_ATTEMPTS = 8
RETRY_BASE = timedelta(minutes=1)
RETRY_CAP = timedelta(hours=1)


def worker_name() -> str:
    """Who holds a claim: host, process id and a random suffix (a restarted process is another)."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


def retry_delay(attempts: int) -> timedelta:
    """How long a released claim waits before its next try: 1, 2, 4 … minutes, at most an hour."""
    return min(RETRY_CAP, RETRY_BASE * 2 ** min(attempts, 10))


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
    deferred: int = 0
    lost: int = 0


@dataclass
class _Job:
    user_id: int
    chat_id: int
    day: date
    since: datetime
    delivery_id: int | None = None
    token: int = deliveries.FIRST_TOKEN
    attempts: int = 0
    plan: dict | None = None
    done: frozenset[int] = frozenset()
    uncertain: bool = False
    chat_type: str = "private"


@dataclass
class _Outgoing:
    job: _Job
    delivery_id: int
    texts: list[str]
    keyboard: InlineKeyboardMarkup | None
    topic: int | None = None

    @property
    def token(self) -> int:
        return self.job.token


@dataclass
class _Outcome:
    """The sender's chat events for one delivery: remembered here, then passed on to storage."""

    inner: ChatEvents
    was_blocked: bool = False
    was_uncertain: bool = False
    topic_gone_from: int | None = None

    async def blocked(self, chat_id: int) -> None:
        self.was_blocked = True
        await self.inner.blocked(chat_id)

    async def migrated(self, old_chat_id: int, new_chat_id: int) -> None:
        await self.inner.migrated(old_chat_id, new_chat_id)

    async def uncertain(self, chat_id: int, text: str) -> None:
        self.was_uncertain = True
        await self.inner.uncertain(chat_id, text)

    async def topic_gone(self, chat_id: int, topic: int) -> None:
        self.topic_gone_from = topic
        await self.inner.topic_gone(chat_id, topic)


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
    locale = membership.locale_of(await users.get_user(db, user_id))
    profile: Profile = await load_profile(db, user_id, prefs)
    items = index.select(profile, since, now)
    if not items and prefs.skip_empty and not preview:
        return [], daily_keyboard(items, locale)
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
        locale=locale,
        **note,
    )
    return texts, daily_keyboard(items, locale)


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
    index = await asyncio.to_thread(RoundIndex, fresh, info, carriers)
    try:
        await articles.keep_meanings(db, index.embedded)
    except StorageError as err:  # only saves the next round some work: the round goes on
        log.warning("meaning vectors of %d articles not written back: %s", len(index.embedded), err)
    return index


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
        self.owner = worker_name()
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
            since = since_for(last, now, self.timing.first_lookback)
            jobs.append(_Job(due.user_id, due.chat_id, day, since, chat_type=due.chat_type))
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
        """Claims whose lease ran out: taken over (one worker wins each), then finished or resumed."""
        jobs = []
        for claim in await deliveries.stale_claims(self.db, now, limit=STALE_PER_ROUND):
            token = await deliveries.reclaim(
                self.db, claim, owner=self.owner, lease=self.timing.claim_timeout, now=self.clock()
            )
            if token is None:
                continue
            job = await self._recoverable(claim, token, now)
            if job is not None:
                stats.recovered += 1
                jobs.append(job)
        return jobs

    async def _recoverable(self, claim: Delivery, token: int, now: datetime) -> _Job | None:
        """The job that completes a taken-over claim, or None when it is finished here instead."""
        messages = await deliveries.list_messages(self.db, claim.id)
        user = await users.get_user(self.db, claim.user_id)
        prefs = await users.get_preferences(self.db, claim.user_id)
        instant = schedule.slot(prefs.digest_time, prefs.timezone, claim.local_date)
        if user is None or not user.active or now - instant >= self.timing.late:
            finish = deliveries.mark_uncertain if messages else deliveries.mark_failed
            await finish(self.db, claim.id, TOO_LATE, token=token, now=now)
            return None
        if claim.plan is None and messages:
            await deliveries.mark_uncertain(self.db, claim.id, ABANDONED, token=token, now=now)
            return None
        done, uncertain = set(), False
        for message in messages:
            done.add(message.part)
            if message.state == "sending":
                await deliveries.update_message(
                    self.db, message.id, "uncertain", error=PART_ABANDONED, token=token, now=now
                )
            uncertain = uncertain or message.state in ("sending", "uncertain")
        since = since_for(None, now, self.timing.first_lookback)
        return _Job(
            user.id,
            user.chat_id,
            claim.local_date,
            since,
            delivery_id=claim.id,
            token=token,
            attempts=claim.attempts,
            plan=claim.plan,
            done=frozenset(done),
            uncertain=uncertain,
            chat_type=user.chat_type,
        )

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
                outgoing = await self._prepare(job, index, now, stats)
                if outgoing is not None:
                    await queue.put(outgoing)
        finally:
            await queue.put(None)

    async def _prepare(
        self, job: _Job, index: RoundIndex, now: datetime, stats: RoundStats
    ) -> _Outgoing | None:
        """Claim (unless taken over already), then compose and store the parts; None if nothing to send."""
        if job.delivery_id is None:
            job.delivery_id = await deliveries.claim_delivery(
                self.db,
                job.user_id,
                job.day,
                owner=self.owner,
                lease=self.timing.claim_timeout,
                now=self.clock(),
            )
            if job.delivery_id is None:
                stats.already_claimed += 1
                return None
            stats.claimed += 1
        if job.plan is not None:
            keyboard = InlineKeyboardMarkup.de_json(job.plan["keyboard"], None)
            return await self._outgoing(job, job.delivery_id, list(job.plan["texts"]), keyboard)
        try:
            texts, keyboard = await compose(
                self.db, index, job.user_id, day=job.day, since=job.since, now=now
            )
        except Exception as err:
            log.exception("could not compose the digest of user %s", job.user_id)
            await deliveries.mark_failed(
                self.db, job.delivery_id, f"could not compose: {err}", token=job.token
            )
            stats.failed += 1
            return None
        if not texts:
            await deliveries.mark_sent(self.db, job.delivery_id, token=job.token, now=self.clock())
            stats.quiet += 1
            return None
        plan = {"texts": texts, "keyboard": keyboard.to_dict()}
        if not await deliveries.save_plan(self.db, job.delivery_id, job.token, plan):
            stats.lost += 1
            return None
        return await self._outgoing(job, job.delivery_id, texts, keyboard)

    async def _outgoing(
        self, job: _Job, delivery_id: int, texts: list[str], keyboard: InlineKeyboardMarkup
    ) -> _Outgoing:
        """Where the digest goes: a channel's without buttons (its readers cannot use them), a forum
        group's in the topic its admins chose."""
        if job.chat_type == "channel":
            return _Outgoing(job, delivery_id, texts, None)
        topic = None
        if job.chat_type == "supergroup":
            topic = (await users.get_preferences(self.db, job.user_id)).digest_thread_id
        return _Outgoing(job, delivery_id, texts, keyboard, topic)

    async def _deliver(self, out: _Outgoing, stats: RoundStats) -> None:
        """Send the digest's parts not yet handed to Telegram, in order, and record what happened."""
        outcome = _Outcome(self.sender.events)
        sender = Sender(self.sender.bot, outcome, retry_later=True)
        uncertain = out.job.uncertain
        last = len(out.texts) - 1
        for part, text in enumerate(out.texts):
            if part in out.job.done:
                continue
            sent = await self._send_part(out, sender, outcome, part, text, part == last, stats)
            if sent is False:
                return
            if sent is None and outcome.was_uncertain:
                outcome.was_uncertain = False
                uncertain = True
                continue
            if sent is None:
                await self._finish(out, "failed", "the chat blocked the bot")
                stats.blocked += 1
                return
        if uncertain:
            if await self._finish(out, "uncertain", "a send timed out; it may have arrived"):
                stats.uncertain += 1
        elif await deliveries.mark_sent(self.db, out.delivery_id, token=out.token, now=self.clock()):
            stats.sent += 1
        else:
            stats.lost += 1

    async def _send_part(
        self,
        out: _Outgoing,
        sender: Sender,
        outcome: _Outcome,
        part: int,
        text: str,
        final: bool,
        stats: RoundStats,
    ) -> object:
        """One part: its Message when sent; None when the sender gave up on it (blocked, or
        uncertain, recorded); False when the delivery stops here (lost, released, failed)."""
        lease = self.timing.claim_timeout
        while True:
            await self.pace.acquire()
            message_id = await deliveries.record_message(
                self.db,
                out.job.user_id,
                delivery_id=out.delivery_id,
                part=part,
                token=out.token,
                lease=lease,
                now=self.clock(),
            )
            if message_id is None:
                log.warning(
                    "digest to chat %s: claim taken over by another worker; stopping", out.job.chat_id
                )
                stats.lost += 1
                return False
            try:
                keyboard = out.keyboard if final else None
                sent = await sender.send(out.job.chat_id, text, reply_markup=keyboard, topic=out.topic)
            except RetryAfter as err:
                await deliveries.drop_message(self.db, message_id, out.token)
                wait = retry_seconds(err)
                if wait > lease.total_seconds() / 2:
                    return await self._retry_later(
                        out, f"flood control: retry after {wait:.0f} s", stats, wait
                    )
                renewed = await deliveries.renew(
                    self.db,
                    out.delivery_id,
                    out.token,
                    lease=lease + timedelta(seconds=wait),
                    now=self.clock(),
                )
                if not renewed:
                    stats.lost += 1
                    return False
                await asyncio.sleep(wait)
                continue
            except NetworkError as err:
                if not never_sent(err):
                    await self._record(out, message_id, "uncertain", f"{type(err).__name__}: {err}")
                    if await self._finish(out, "uncertain", str(err)):
                        stats.uncertain += 1
                    return False
                await deliveries.drop_message(self.db, message_id, out.token)
                return await self._retry_later(out, f"{type(err).__name__}: {err}", stats)
            except TelegramError as err:
                log.warning("digest to chat %s failed: %s", out.job.chat_id, err)
                await self._record(out, message_id, "failed", str(err))
                await self._finish(out, "failed", str(err))
                stats.failed += 1
                return False
            except Exception as err:
                await self._record(out, message_id, "uncertain", f"{type(err).__name__}: {err}")
                await self._finish(out, "uncertain", f"{type(err).__name__}: {err}")
                stats.uncertain += 1
                raise
            if sent is None:
                state = "uncertain" if outcome.was_uncertain else "failed"
                error = "the send timed out; it may have arrived" if state == "uncertain" else "blocked"
                await self._record(out, message_id, state, error)
                return None
            if not await deliveries.update_message(
                self.db,
                message_id,
                "sent",
                telegram_message_id=sent.message_id,
                token=out.token,
                now=self.clock(),
            ):
                stats.lost += 1
                return False
            stats.messages += 1
            if outcome.topic_gone_from is not None:
                out.topic = None
            return sent

    async def _retry_later(self, out: _Outgoing, error: str, stats: RoundStats, wait: float = 0.0) -> bool:
        """Release the claim for a later try (any worker), or give up after MAX_ATTEMPTS; False."""
        now = self.clock()
        if out.job.attempts + 1 >= MAX_ATTEMPTS:
            await self._finish(out, "failed", f"{GAVE_UP}: {error}")
            stats.failed += 1
            return False
        until = now + max(retry_delay(out.job.attempts), timedelta(seconds=wait))
        log.info("digest to chat %s deferred until %s: %s", out.job.chat_id, until, error)
        if await deliveries.release(self.db, out.delivery_id, out.token, until=until, error=error, now=now):
            stats.deferred += 1
        else:
            stats.lost += 1
        return False

    async def _record(self, out: _Outgoing, message_id: int, state: str, error: str) -> None:
        await deliveries.update_message(
            self.db, message_id, state, error=error, token=out.token, now=self.clock()
        )

    async def _finish(self, out: _Outgoing, state: str, error: str) -> bool:
        """End the delivery as failed or uncertain (fenced); False when the claim had moved on."""
        now = self.clock()
        if state == "uncertain":
            return await deliveries.mark_uncertain(self.db, out.delivery_id, error, token=out.token, now=now)
        return await deliveries.mark_failed(self.db, out.delivery_id, error, token=out.token, now=now)


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
