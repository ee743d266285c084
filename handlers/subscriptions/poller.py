"""The feed poller: a JobQueue job that fetches each due feed once for all its subscribers.

Each round takes the sources that are due (and the built-in catalog's feeds while someone's topics
use the catalog), fetches them with ETag / Last-Modified (at most `poll_per_host` requests at a time
to one host and `poll_concurrency` overall), and sets each feed's next poll from its own hints (TTL,
Cache-Control, cadence) within bounds. A failing feed backs off exponentially; once it has failed
for `feed_failure_notice_hours`, its subscribers get one message (storage claims the right to send
it, so repeated failures, rounds or processes never repeat it).

Several bot processes share the work: each due feed is claimed in storage before it is fetched
(`storage.sources.claim_poll`), so it is fetched once per interval across all of them; a claim
expires after `CLAIM` (a worker killed mid-fetch), and the feed is then polled again.

New entries are those whose GUID the source has not seen and whose URL is not a stored article
already; feeds with full content are digested as they are, others through the Reader (the same path
as a shared link). Every article is digested once and stored as soon as it is, with its meaning vector
(off the event loop: `handlers.reading.reader.compute_meanings`), so a story round reads it instead
of embedding it and a round cut short keeps what it finished; then instant topics are matched
(`handlers.subscriptions.alerts`). A source's first poll only fills the store: its backlog raises no alerts.
"""

from __future__ import annotations

import asyncio
import html
import json
import logging
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from urllib.parse import urlsplit

from telegram.ext import Application, ContextTypes

from digest.errors import DigestError
from digest.feeds.catalog import CatalogFeed, load_catalog
from digest.feeds.parse import backoff, entry_article, has_full_text, parse_feed, poll_interval
from digest.models import Digest, Feed, FeedEntry, Page
from digest.pipeline import digest_article
from digest.web.fetch import fetch_page
from handlers import i18n, jobs
from handlers.failures import localize
from handlers.reading.pool import WorkFailed
from handlers.reading.reader import DEFAULT_OPTIONS, compute_meanings
from handlers.subscriptions.alerts import Alerts
from handlers.telegram.context import Resources, installed
from storage import articles, sources, topics, users
from storage.articles import StoredArticle
from storage.db import utcnow
from storage.sources import Source

log = logging.getLogger(__name__)

KEY = "poller"
FIRST_ROUND_SECONDS = 1.0
STOP_CHECK_SECONDS = 0.5
DUE_PER_ROUND = 10_000
CLAIM = timedelta(minutes=10)


@dataclass
class PollStats:
    """What one round (or one source) did."""

    feeds: int = 0
    requests: int = 0
    not_modified: int = 0
    failed: int = 0
    new_entries: int = 0
    digested: int = 0
    linked: int = 0
    unreadable: int = 0
    alerts: int = 0
    notices: int = 0


def failing_notice(source: Source, failing_for: timedelta, locale: str | None = None) -> str:
    """The one message subscribers get about a feed that keeps failing, in their language."""
    name = html.escape(source.title or source.feed_url, quote=False)
    error = localize(source.last_error, locale) if source.last_error else i18n.t(locale, "It did not answer.")
    hours = round(failing_for.total_seconds() / 3600)
    if hours == 24:
        span = i18n.t(locale, "a day")
    elif hours < 48:
        span = i18n.nt(locale, "{n} hour", "{n} hours", hours)
    else:
        span = i18n.nt(locale, "{n} day", "{n} days", hours // 24)
    return i18n.t(
        locale,
        "I haven't been able to read <b>{name}</b> for {span}: {reason} I'll keep trying less often; "
        "send /sources to pause or remove it.",
        name=name,
        span=span,
        reason=html.escape(error, quote=False),
    )


def read_catalog(path: str) -> list[CatalogFeed]:
    """The catalog at `path` (a JSON list of catalog rows), or the built-in one when `path` is empty."""
    if not path:
        return list(load_catalog())
    rows = json.loads(Path(path).read_text(encoding="utf-8"))
    return [CatalogFeed(**row) for row in rows]


class Poller:
    """Polls feeds politely and turns their new entries into stored, matched articles."""

    def __init__(self, res: Resources, *, clock: Callable[[], datetime] = utcnow) -> None:
        settings = res.settings
        self.res = res
        self.db = res.db
        self.clock = clock
        self.policy = res.reader.policy
        self.minimum = timedelta(minutes=settings.poll_min_minutes)
        self.maximum = max(self.minimum, timedelta(minutes=settings.poll_max_minutes))
        self.notice_after = timedelta(hours=settings.feed_failure_notice_hours)
        self.max_new = settings.poll_new_entries_max
        self.per_host = settings.poll_per_host
        self.alerts = Alerts(res)
        self._global = asyncio.Semaphore(settings.poll_concurrency)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._round = asyncio.Lock()
        self._busy: set[int] = set()
        self._catalog: dict[int, CatalogFeed] | None = None

    # --- a round -------------------------------------------------------------------------------

    async def poll_round(self) -> PollStats:
        """Poll every due feed once (after the round in progress, if any, has finished)."""
        stats = PollStats()
        async with self._round:
            now = self.clock()
            await self._load_catalog(now)
            languages = await self._catalog_languages()
            due = [
                source
                for source in await sources.sources_due(self.db, now, limit=DUE_PER_ROUND)
                if not source.catalog
                or self._wanted(source, languages)
                or await sources.subscribers(self.db, source.id)
            ]
            self.alerts.refresh()
            await asyncio.gather(*(self._poll(source, now, stats) for source in due))
        return stats

    async def _load_catalog(self, now: datetime) -> None:
        """Make sure the catalog's feeds are sources flagged as catalog feeds (once per process)."""
        if self._catalog is not None or not self.res.settings.feed_catalog_enabled:
            return
        self._catalog = {}
        for feed in read_catalog(self.res.settings.feed_catalog_path):
            source = await sources.add_source(self.db, feed.url, title=feed.outlet, catalog=True, now=now)
            self._catalog[source.id] = feed

    def _wanted(self, source: Source, languages: set[str] | None) -> bool:
        """A catalog feed (of this process's catalog) is polled in the languages someone's topics
        read (all of them when anyone takes every language); subscribers are checked apart."""
        feed = (self._catalog or {}).get(source.id)
        if feed is None or languages is None:
            return False
        return not languages or feed.language in languages

    async def _catalog_languages(self) -> set[str] | None:
        """None when no one's topics use the catalog; else the languages wanted (empty: all)."""
        wanted: set[str] = set()
        anyone = False
        for user_id in dict.fromkeys(t.user_id for t in await topics.active_topics(self.db)):
            prefs = await users.get_preferences(self.db, user_id)
            if not prefs.use_catalog:
                continue
            if not prefs.languages:
                return set()
            anyone = True
            wanted.update(prefs.languages)
        return wanted if anyone else None

    # --- one source ----------------------------------------------------------------------------

    @asynccontextmanager
    async def slot(self, url: str) -> AsyncIterator[None]:
        """A request slot: at most `poll_per_host` to one host and `poll_concurrency` overall."""
        host = (urlsplit(url).hostname or "").lower()
        limit = self._hosts.setdefault(host, asyncio.Semaphore(self.per_host))
        async with limit, self._global:
            yield

    async def _poll(self, source: Source, now: datetime, stats: PollStats) -> None:
        if source.id in self._busy:
            return
        self._busy.add(source.id)
        try:
            if not await sources.claim_poll(self.db, source, until=now + CLAIM, now=now):
                return  # another process (or an earlier round) polls it
            stats.feeds += 1
            await self._fetch_and_ingest(source, now, stats)
        except Exception:  # one broken feed must not stop the round
            log.exception("polling %s failed", source.feed_url)
        finally:
            self._busy.discard(source.id)

    async def _fetch_and_ingest(self, source: Source, now: datetime, stats: PollStats) -> None:
        try:
            async with self.slot(source.feed_url):
                stats.requests += 1
                page = await fetch_page(
                    source.feed_url,
                    self.policy,
                    self.res.http,
                    kind="feed",
                    etag=source.etag,
                    last_modified=source.last_modified,
                )
            if page.status == 304:
                stats.not_modified += 1
                await sources.record_poll_success(
                    self.db,
                    source.id,
                    next_poll_at=now + self._same_interval(source, page),
                    etag=page.etag,
                    last_modified=page.last_modified,
                    now=now,
                )
                return
            feed = await self.res.pool.run(parse_feed, page.raw or page.text, page.url)
        except (DigestError, WorkFailed) as err:
            stats.failed += 1
            await self._failed(source, str(err), now, stats)
            return
        await self.ingest(source, feed, stats, now=now)
        await self._polled(source, feed, page, now)

    async def _polled(self, source: Source, feed: Feed, page: Page, now: datetime) -> None:
        interval = poll_interval(feed, page.cache_control, minimum=self.minimum, maximum=self.maximum)
        await sources.record_poll_success(
            self.db,
            source.id,
            next_poll_at=now + interval,
            etag=page.etag,
            last_modified=page.last_modified,
            title=feed.title,
            site_url=feed.site_url,
            poll_interval=int(interval.total_seconds()),
            now=now,
        )

    def _same_interval(self, source: Source, page: Page) -> timedelta:
        """After a 304: the response's max-age if it gives one, else the feed's last known interval."""
        if page.cache_control and "max-age" in page.cache_control.lower():
            feed = Feed(url=source.feed_url)
            return poll_interval(feed, page.cache_control, minimum=self.minimum, maximum=self.maximum)
        return max(self.minimum, min(self.maximum, timedelta(seconds=source.poll_interval)))

    async def _failed(self, source: Source, error: str, now: datetime, stats: PollStats) -> None:
        wait = max(self.minimum, backoff(source.failure_count + 1, maximum=self.maximum))
        updated = await sources.record_poll_failure(
            self.db, source.id, error, next_poll_at=now + wait, now=now
        )
        if updated is None or updated.first_failure_at is None:
            return
        if now - updated.first_failure_at < self.notice_after:
            return
        if await sources.mark_failure_notified(self.db, source.id, now=now):
            stats.notices += 1
            for user_id in await sources.subscribers(self.db, source.id):
                await self.alerts.tell(user_id, partial(failing_notice, updated, self.notice_after))

    # --- entries -------------------------------------------------------------------------------

    async def ingest(
        self, source: Source, feed: Feed, stats: PollStats | None = None, *, now: datetime | None = None
    ) -> list[StoredArticle]:
        """Digest and store the feed's entries new to this source, each as soon as it is done, and match
        instant topics."""
        stats = stats or PollStats()
        now = now or self.clock()
        backlog = source.last_polled_at is None
        known = await articles.known_entries(self.db, source.id, [e.guid for e in feed.entries])
        fresh: list[FeedEntry] = []
        skipped: list[str] = []
        urls: set[str] = set()
        for entry in newest_first(e for e in feed.entries if e.guid not in known):
            if len(fresh) >= self.max_new or entry.url in urls:
                skipped.append(entry.guid)
                continue
            urls.add(entry.url)
            fresh.append(entry)
        if skipped:
            await articles.mark_entries_seen(self.db, source.id, skipped, now=now)
        stats.new_entries += len(fresh)
        alerting = None if backlog else asyncio.Lock()
        found = await asyncio.gather(
            *(self._ingest_entry(source, feed, entry, stats, now, alerting) for entry in fresh)
        )
        return [article for article in found if article is not None]

    async def _ingest_entry(
        self,
        source: Source,
        feed: Feed,
        entry: FeedEntry,
        stats: PollStats,
        now: datetime,
        alerting: asyncio.Lock | None,
    ) -> StoredArticle | None:
        """Digest one entry and store it at once, with its meaning vector, so a round cancelled or a
        process stopped mid-feed keeps what is done (its entries are then known: never fetched again);
        then match instant topics, one article at a time (`alerting`: None for a backlog), so a second
        report of a story sees the alert of the first."""
        item = await self._entry(source, feed, entry, stats, now)
        if item is None:
            return None
        digest, fetched_at = item
        await compute_meanings([digest])
        article = await self._store(digest, source, entry, fetched_at=fetched_at)
        if alerting is not None:
            async with alerting:
                stats.alerts += await self.alerts.match(article, source, now=now)
        return article

    async def _entry(
        self, source: Source, feed: Feed, entry: FeedEntry, stats: PollStats, now: datetime
    ) -> tuple[Digest, datetime] | None:
        """The entry's digest (completed from the entry) and its fetch time, to be stored; None when
        it gave no article."""
        try:
            existing = await articles.get_by_url(self.db, entry.url)
            if existing is not None:
                stats.linked += 1
                return completed(existing.digest, entry), existing.fetched_at
            if has_full_text(entry):
                digest = await self.res.pool.run(digest_article, entry_article(entry, feed), DEFAULT_OPTIONS)
            else:
                async with self.slot(entry.url):
                    digest = (await self.res.reader.read_url(entry.url)).digest
            stats.digested += 1
            return completed(digest, entry), now
        except (DigestError, WorkFailed) as err:
            log.info("feed entry %s gave no article: %s", entry.url, err)
            stats.unreadable += 1
            await articles.mark_entries_seen(self.db, source.id, [entry.guid], now=now)
            return None

    async def _store(
        self, digest: Digest, source: Source, entry: FeedEntry, *, fetched_at: datetime
    ) -> StoredArticle:
        return await articles.store_article(
            self.db,
            digest,
            urls=[entry.url],
            fetched_at=fetched_at,
            source_id=source.id,
            entry_guid=entry.guid,
        )

    def ingest_soon(self, app: Application, source: Source, feed: Feed, page: Page) -> None:
        """Read a just-added feed (already fetched as `page`) in the background, as a poll would."""
        app.create_task(self._ingest_once(source, feed, page), name=f"ingest-{source.id}")

    async def _ingest_once(self, source: Source, feed: Feed, page: Page) -> None:
        if source.id in self._busy:
            return
        self._busy.add(source.id)
        try:
            now = self.clock()
            await self.ingest(source, feed, now=now)
            await self._polled(source, feed, page, now)
        except Exception:
            log.exception("first read of %s failed", source.feed_url)
        finally:
            self._busy.discard(source.id)


def completed(digest: Digest, entry: FeedEntry) -> Digest:
    """The digest with what its page lacked taken from the feed entry (its summary as the description:
    the lead a story round reads); a title or description taken so drops a meaning vector computed
    without it (`compute_meanings` computes it again before the article is stored)."""
    article = digest.article
    if not article.title and entry.title:
        article.title = entry.title
        article.meaning = None
    if not article.description and entry.summary and entry.summary != entry.content:
        article.description = entry.summary
        article.meaning = None
    article.published = article.published or entry.published
    article.author = article.author or entry.author
    return digest


def newest_first(entries: Iterable[FeedEntry]) -> list[FeedEntry]:
    """Entries by publication date, newest first; undated ones keep their feed order, last."""
    listed = list(entries)
    dated = sorted((e for e in listed if e.published), key=lambda e: e.published or "", reverse=True)
    return dated + [e for e in listed if not e.published]


def poller_of(app: Application) -> Poller:
    """The application's poller, made on first use from its resources."""
    poller = app.bot_data.get(KEY)
    if poller is None:
        res = installed(app)
        if res is None:
            raise RuntimeError("the poller needs the resources post_init installs")
        poller = app.bot_data[KEY] = Poller(res)
    return poller


async def poll_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """The JobQueue callback: one round, then the next one scheduled after POLL_TICK_SECONDS.

    When the application starts stopping, a round in progress is cancelled (what it stored stays;
    the rest is polled after the restart), so shutdown never waits for slow feeds.
    """
    app = context.application
    res = installed(app)
    if res is None or not app.running:
        return
    round_task = asyncio.create_task(poller_of(app).poll_round())
    try:
        while not round_task.done():
            await asyncio.wait({round_task}, timeout=STOP_CHECK_SECONDS)
            if not app.running:
                round_task.cancel()
                log.info("stopping: poll round cancelled")
                return
        stats = round_task.result()
        if stats.feeds:
            log.info("poll round: %s", stats)
    finally:
        if app.running:
            jobs.once(context.job_queue, poll_job, res.settings.poll_tick_seconds, name=KEY)


def schedule(app: Application) -> None:
    """Start polling shortly after the application starts (even if start-up takes longer)."""
    jobs.once(app.job_queue, poll_job, FIRST_ROUND_SECONDS, name=KEY)
