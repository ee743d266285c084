"""Daily storage upkeep: forget old articles (unless someone saved them) and old delivery history.

A JobQueue job runs `FIRST_RUN_SECONDS` after start-up, clear of the start-up work, then once a
day. Articles fetched more than ARTICLE_RETENTION_DAYS ago go (saved ones stay); delivery, message
and alert records go after `HISTORY_DAYS`; expired pending state (pasted texts, offered choices)
goes. Storage works in small transactions, so users are never kept waiting; the time is the
application's clock, so tests can move it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from telegram.ext import Application, ContextTypes

from handlers import jobs
from handlers.telegram.context import installed
from storage import Database, StorageError, articles, budget, deliveries, leases, pending

log = logging.getLogger(__name__)

KEY = "maintenance"
FIRST_RUN_SECONDS = 120.0
INTERVAL = timedelta(days=1)
HISTORY_DAYS = 90


@dataclass(frozen=True)
class Purged:
    """What one run removed."""

    articles: int
    deliveries: int


async def purge(db: Database, *, retention_days: int, now: datetime) -> Purged:
    """Drop articles older than `retention_days` nobody saved, and delivery history past HISTORY_DAYS."""
    gone = await articles.purge_articles(db, retention_days=retention_days, now=now)
    history = await deliveries.purge_history(db, keep_days=max(HISTORY_DAYS, retention_days), now=now)
    await pending.purge_expired(db, now=now)
    await budget.purge(db, before=now.timestamp() - 3600)
    await leases.forget_updates(db, before=now - timedelta(days=2))
    return Purged(gone, history)


async def maintenance_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """The JobQueue callback: one purge at the application's current time."""
    res = installed(context.application)
    if res is None:
        return
    try:
        purged = await purge(res.db, retention_days=res.settings.article_retention_days, now=res.clock())
    except StorageError as err:
        log.warning("storage upkeep skipped until tomorrow: %s", err)
        return
    log.info("storage upkeep: %d old articles, %d old deliveries removed", purged.articles, purged.deliveries)


def schedule(app: Application) -> None:
    """Run the upkeep shortly after start-up, then once a day (a late run still runs)."""
    jobs.repeating(app.job_queue, maintenance_job, INTERVAL, first=FIRST_RUN_SECONDS, name=KEY)
