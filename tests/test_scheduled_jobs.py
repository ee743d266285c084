"""Background jobs: one place schedules every one of them, and none is dropped when it starts late.

APScheduler (under PTB's JobQueue) silently skips a run that starts more than its misfire grace
(one second by default) after its time, e.g. behind a slow start-up.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

from telegram.ext import Application, ApplicationBuilder

from bot.app import build_application
from handlers import maintenance, registry
from handlers.daily import digests
from handlers.subscriptions import poller
from storage import open_database, sources, users
from tests.bot_plugin import bot_settings, lifecycle
from tests.fake_telegram.server import FakeTelegram
from tests.feed_support import full_text, rss
from tests.webserver import WebSite

APSCHEDULER_GRACE_SECONDS = 1.0
JOBS = {poller.KEY, digests.KEY, maintenance.KEY}


def scheduled(app: Application) -> dict[str, object]:
    return {job.name: job.job for job in app.job_queue.jobs()}


def test_register_schedules_every_job_and_none_can_be_dropped(telegram: FakeTelegram) -> None:
    app = ApplicationBuilder().token(telegram.token).build()
    registry.register(app)
    jobs = scheduled(app)
    assert set(jobs) == JOBS
    assert {name: job.misfire_grace_time for name, job in jobs.items()} == dict.fromkeys(JOBS)


async def test_a_start_up_slower_than_the_first_polls_delay_still_polls(
    telegram: FakeTelegram, web_site: WebSite, tmp_path: Path
) -> None:
    database = tmp_path / "bot.sqlite3"
    path = "/f/slow-start.rss"
    item = {"guid": "s-1", "link": web_site.url("/s/1"), "title": "Harbour", "content": full_text("port")}
    web_site.serve(path, rss("Slow start", [item]).encode(), content_type="application/rss+xml")
    db = await open_database(database)
    try:
        user = await users.upsert_user(db, 42)
        source = await sources.add_source(db, web_site.url(path))
        await sources.subscribe(db, user.id, source.id)
    finally:
        await db.close()
    app = build_application(bot_settings(telegram, database, feed_catalog_enabled=False))
    assert set(scheduled(app)) == JOBS, "build_application schedules nothing beyond register"
    first_poll = scheduled(app)[poller.KEY].trigger.run_date
    ready = app.post_init
    assert ready is not None

    async def slow_post_init(application: Application) -> None:
        await ready(application)
        behind = first_poll - datetime.now(UTC)
        await asyncio.sleep(behind.total_seconds() + APSCHEDULER_GRACE_SECONDS + 0.3)  # a slow start-up step

    app.post_init = slow_post_init
    async with lifecycle(app):
        await telegram.wait_for(lambda: path in web_site.requests, timeout=10)
