"""The composition root: `build_application(settings)` wires the bot; `run(settings)` runs it.

Resources are opened in post_init (database, one aiohttp session, the process pool, the story merge's
model and gazetteer) and closed in post_shutdown. On SIGTERM or SIGINT the bot stops taking updates,
gives the work in flight a few seconds, then abandons the rest (those users are told to send their
link again), so the whole shutdown fits in 10 seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Callable
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import Application, ApplicationBuilder, Defaults

from bot.config import Settings
from bot.polling import PollingLeader, PollingRun
from digest.stories.cluster import load_data
from digest.web.fetch import open_session
from handlers import i18n, registry
from handlers.chats.membership import StorageChatEvents
from handlers.daily.digests import worker_name
from handlers.ratelimit import SharedRateLimiter
from handlers.reading.limits import LinkLimiter
from handlers.reading.pastes import PasteJoiner
from handlers.reading.pool import EnginePool
from handlers.reading.reader import Reader
from handlers.start import DESCRIPTION, SHORT_DESCRIPTION, bot_commands
from handlers.telegram import context
from handlers.telegram.sending import Sender
from storage.db import open_database, utcnow

log = logging.getLogger(__name__)

DRAIN_SECONDS = 5.0


def build_application(
    settings: Settings,
    *,
    clock: Callable[[], datetime] = utcnow,
    rate_limiter: SharedRateLimiter | None = None,
) -> Application:
    """The Application with its defaults, rate limiter, lifecycle hooks and handlers.

    `clock` (aware UTC now) is what scheduled work such as the daily digest takes as the time;
    `rate_limiter` paces sends (Telegram's limits, shared through the database, by default).
    """

    async def post_init(app: Application) -> None:
        pool = EnginePool(settings.worker_processes, settings.extract_timeout)
        await pool.warm_up()
        await asyncio.to_thread(load_data)  # the merge's model and gazetteer, once, before any round
        db = await open_database(
            settings.database_target(),
            busy_timeout=settings.database_busy_timeout,
            pool_size=settings.database_pool_size,
        )
        policy = settings.fetch_policy()
        http = open_session(policy)
        rate_limiter.attach(db)
        context.install(
            app,
            context.Resources(
                settings=settings,
                db=db,
                http=http,
                pool=pool,
                reader=Reader(
                    db, http, pool, policy, paste_ttl=timedelta(days=settings.article_retention_days)
                ),
                sender=Sender(app.bot, StorageChatEvents(db, app.bot)),
                limiter=LinkLimiter(db, settings.links_per_minute),
                pastes=PasteJoiner(),
                clock=clock,
            ),
        )
        await set_command_menus(app)

    async def post_shutdown(app: Application) -> None:
        res = context.installed(app)
        if res is None:
            return
        await res.http.close()
        await res.pool.close()
        await res.db.close()

    rate_limiter = rate_limiter or SharedRateLimiter()
    defaults = Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True))
    app = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token)
        .base_url(settings.telegram_api_base_url)
        .base_file_url(settings.telegram_api_file_url)
        .defaults(defaults)
        .rate_limiter(rate_limiter)
        .concurrent_updates(True)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    registry.register(app)
    return app


async def set_command_menus(app: Application) -> None:
    """Telegram's command menu and the bot's descriptions in each interface language, then the
    default (English) command menu."""
    for locale in i18n.available():
        code = None if locale == i18n.DEFAULT else locale
        await app.bot.set_my_description(i18n.t(locale, DESCRIPTION), language_code=code)
        await app.bot.set_my_short_description(i18n.t(locale, SHORT_DESCRIPTION), language_code=code)
        if code is not None:
            await app.bot.set_my_commands(bot_commands(locale), language_code=code)
    await app.bot.set_my_commands(bot_commands(i18n.DEFAULT))


def _drain(app: Application) -> None:
    """Abandon engine work still running after the grace period, so shutdown completes."""
    res = context.installed(app)
    if res is not None:
        cancelled = res.reader.cancel_all()
        log.info("shutdown: abandoned %d page reads in flight", cancelled)


def run(settings: Settings) -> None:
    """Run until SIGTERM/SIGINT: long polling while this process holds the polling lease (one of
    several processes does; `bot.polling`), or a webhook server when WEBHOOK_URL is set."""
    app = build_application(settings)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    polling = None
    if not settings.webhook_url:
        leader = PollingLeader(app, worker_name(), allowed_updates=Update.ALL_TYPES)
        polling = PollingRun(app, leader, loop)

    def on_signal() -> None:
        log.info("stop signal received; finishing the work in flight")
        loop.call_later(DRAIN_SECONDS, _drain, app)
        if polling is not None:
            polling.stop()
            return
        with contextlib.suppress(RuntimeError):
            app.stop_running()

    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, on_signal)
    if polling is not None:
        polling.run()
    else:
        app.run_webhook(
            listen=settings.webhook_listen,
            port=settings.webhook_port,
            url_path=urlsplit(settings.webhook_url).path.lstrip("/"),
            webhook_url=settings.webhook_url,
            secret_token=settings.webhook_secret or None,
            allowed_updates=Update.ALL_TYPES,
            stop_signals=None,
            close_loop=True,
        )
