"""Storage upkeep in the running bot: the daily job purges old articles (saved ones stay) and old
delivery history, at the time of the application's injected clock."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from bot.app import build_application
from handlers import maintenance
from storage import articles, deliveries, open_database, saved
from tests.bot_plugin import bot_settings, lifecycle
from tests.daily_support import Clock, add_article, add_source, add_user, utc
from tests.fake_telegram.server import FakeTelegram

NOW = utc("2025-06-10T03:00")


async def prepare(database: Path) -> dict[str, int]:
    db = await open_database(database)
    try:
        feed = await add_source(db, "wire")
        user = await add_user(db, 42, now=NOW - timedelta(days=200))
        ids = {
            "old": await add_article(db, feed, title="Old and unread", fetched_at=NOW - timedelta(days=31)),
            "kept": await add_article(db, feed, title="Old but saved", fetched_at=NOW - timedelta(days=40)),
            "fresh": await add_article(db, feed, title="From yesterday", fetched_at=NOW - timedelta(days=1)),
            "user": user,
        }
        await saved.save(db, user, ids["kept"], now=NOW - timedelta(days=39))
        for days in (120, 1):
            then = NOW - timedelta(days=days)
            await deliveries.claim_delivery(db, user, then.date(), now=then)
        return ids
    finally:
        await db.close()


async def test_daily_job_purges_old_articles_but_keeps_saved_ones(
    telegram: FakeTelegram, tmp_path: Path
) -> None:
    database = tmp_path / "bot.sqlite3"
    ids = await prepare(database)
    clock = Clock(NOW)
    settings = bot_settings(telegram, database, article_retention_days=30, feed_catalog_enabled=False)
    app = build_application(settings, clock=clock)
    async with lifecycle(app):
        [job] = app.job_queue.get_jobs_by_name(maintenance.KEY)
        assert job.job.trigger.interval == timedelta(days=1)
        db = app.bot_data["resources"].db

        await job.run(app)
        assert await articles.get_article(db, ids["old"]) is None
        assert await articles.get_article(db, ids["kept"]) is not None
        assert await articles.get_article(db, ids["fresh"]) is not None
        assert await db.fetchval("SELECT count(*) FROM deliveries") == 1

        clock.advance(timedelta(days=30))
        await job.run(app)
        assert await articles.get_article(db, ids["fresh"]) is None
        assert await articles.get_article(db, ids["kept"]) is not None
        assert [s.article.id for s in await saved.list_saved(db, ids["user"])] == [ids["kept"]]
