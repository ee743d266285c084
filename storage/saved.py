"""The read-later list: articles a user saved, kept past the retention period while saved."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from storage.articles import StoredArticle, row_to_article
from storage.db import Database, from_epoch, to_epoch, utcnow


@dataclass(frozen=True)
class SavedArticle:
    article: StoredArticle
    saved_at: datetime


async def save(db: Database, user_id: int, article_id: int, *, now: datetime | None = None) -> bool:
    """Add an article to the user's list; False if it was already there."""
    changed = await db.execute(
        "INSERT INTO saved (user_id, article_id, saved_at) VALUES (?, ?, ?)"
        " ON CONFLICT (user_id, article_id) DO NOTHING",
        (user_id, article_id, to_epoch(now or utcnow())),
    )
    return changed > 0


async def list_saved(db: Database, user_id: int, *, limit: int = 100, offset: int = 0) -> list[SavedArticle]:
    """The user's saved articles, most recently saved first."""
    rows = await db.fetchall(
        "SELECT a.*, s.saved_at AS saved_at FROM saved AS s JOIN articles AS a ON a.id = s.article_id"
        " WHERE s.user_id = ? ORDER BY s.saved_at DESC, a.id DESC LIMIT ? OFFSET ?",
        (user_id, limit, offset),
    )
    return [SavedArticle(row_to_article(row), from_epoch(row["saved_at"])) for row in rows]


async def count_saved(db: Database, user_id: int) -> int:
    return int(await db.fetchval("SELECT COUNT(*) FROM saved WHERE user_id = ?", (user_id,)))


async def remove(db: Database, user_id: int, article_id: int) -> bool:
    """Take an article off the user's list; False if it was not there."""
    changed = await db.execute(
        "DELETE FROM saved WHERE user_id = ? AND article_id = ?", (user_id, article_id)
    )
    return changed > 0
