"""Articles and their computed digests, shared by every user, found by any URL that led to them.

A digest is computed once: `store_article` keeps `Digest.to_dict()` as JSON beside searchable
columns, its description (the lead a story round reads before the text's opening; NULL for rows
stored before it was kept) and its meaning vector (`Article.meaning`, computed at ingest so a story
round does not embed it again; NULL for rows stored before it was kept, until a round writes it back
with `keep_meanings`), and records every URL that led to it (requested, final after redirects,
canonical) so `get_by_url` finds it from any of them. Feed entries seen per source
are remembered so the poller never fetches an entry twice; they also link an article to every feed
that carried it. `purge_articles` drops old articles nobody saved.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from digest.models import Article, Digest
from storage.db import Database, from_epoch, to_epoch, utcnow

DEFAULT_RETENTION_DAYS = 30


@dataclass(frozen=True)
class StoredArticle:
    id: int
    canonical_url: str
    title: str
    outlet: str | None
    language: str | None
    published: str | None
    fetched_at: datetime
    source_id: int | None
    digest: Digest


def row_to_article(row: sqlite3.Row) -> StoredArticle:
    digest = Digest.from_dict(json.loads(row["digest"]))
    meaning = row["meaning"]
    digest.article.meaning = None if meaning is None else bytes(meaning)
    digest.article.description = row["description"]
    return StoredArticle(
        id=row["id"],
        canonical_url=row["canonical_url"],
        title=row["title"],
        outlet=row["outlet"],
        language=row["language"],
        published=row["published"],
        fetched_at=from_epoch(row["fetched_at"]),
        source_id=row["source_id"],
        digest=digest,
    )


def as_stored(digest: Digest) -> Article:
    """The digest's article as the store gives it back (`row_to_article`, what a story round reads):
    its meaning vector is computed on this form, so a round reads the vector it would have computed."""
    article = Digest.from_dict(digest.to_dict()).article
    article.meaning = digest.article.meaning
    article.description = digest.article.description
    return article


async def store_article(
    db: Database,
    digest: Digest,
    *,
    urls: Iterable[str] = (),
    fetched_at: datetime | None = None,
    source_id: int | None = None,
    entry_guid: str | None = None,
) -> StoredArticle:
    """Store (or refresh) an article and its digest under its canonical URL.

    `urls` are the other addresses that led to it (the requested URL, the final URL). With
    `source_id` and `entry_guid`, the feed entry is recorded as pointing to this article. The
    article's meaning vector is kept as it is (None when it could not be computed: a round embeds
    that article then).
    """
    article = digest.article
    canonical = article.canonical_url or article.url
    fetched = to_epoch(fetched_at or utcnow())
    payload = json.dumps(digest.to_dict(), ensure_ascii=False)
    async with db.transaction():
        row = await db.fetchone(
            "INSERT INTO articles (canonical_url, title, outlet, language, published, fetched_at,"
            " source_id, digest, meaning, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (canonical_url) DO UPDATE SET title = excluded.title,"
            " outlet = excluded.outlet, language = excluded.language, published = excluded.published,"
            " fetched_at = excluded.fetched_at, digest = excluded.digest, meaning = excluded.meaning,"
            " description = excluded.description,"
            " source_id = COALESCE(excluded.source_id, articles.source_id) RETURNING *",
            (canonical, article.title, article.outlet, article.language, article.published, fetched,
             source_id, payload, article.meaning, article.description),
        )
        aliases = dict.fromkeys([canonical, article.url, *urls])
        await db.executemany(
            "INSERT INTO article_urls (url, article_id) VALUES (?, ?)"
            " ON CONFLICT (url) DO UPDATE SET article_id = excluded.article_id",
            [(url, row["id"]) for url in aliases if url],
        )
        if source_id is not None and entry_guid is not None:
            await db.execute(
                "INSERT INTO feed_entries (source_id, guid, article_id, seen_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (source_id, guid) DO UPDATE SET article_id = excluded.article_id",
                (source_id, entry_guid, row["id"], fetched),
            )
    return row_to_article(row)


async def get_by_url(db: Database, url: str) -> StoredArticle | None:
    """The stored article any of whose known URLs is exactly `url`."""
    row = await db.fetchone(
        "SELECT a.* FROM article_urls AS u JOIN articles AS a ON a.id = u.article_id WHERE u.url = ?",
        (url,),
    )
    return row_to_article(row) if row else None


async def get_article(db: Database, article_id: int) -> StoredArticle | None:
    row = await db.fetchone("SELECT * FROM articles WHERE id = ?", (article_id,))
    return row_to_article(row) if row else None


async def list_since(
    db: Database, since: datetime, *, source_ids: Iterable[int] | None = None, limit: int = 1000
) -> list[StoredArticle]:
    """Articles fetched at or after `since`, oldest first (optionally only from some sources).

    An article is from a source when the source is credited with it (`source_id`) or one of the
    source's feed entries points to it: a story carried by two feeds is listed for either.
    """
    sql = "SELECT * FROM articles AS a WHERE a.fetched_at >= ?"
    params: list[object] = [to_epoch(since)]
    if source_ids is not None:
        ids = list(dict.fromkeys(source_ids))
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))
        sql += (
            f" AND (a.source_id IN ({marks}) OR EXISTS (SELECT 1 FROM feed_entries AS f"
            f" WHERE f.article_id = a.id AND f.source_id IN ({marks})))"
        )
        params.extend(ids + ids)
    sql += " ORDER BY a.fetched_at, a.id LIMIT ?"
    params.append(limit)
    return [row_to_article(row) for row in await db.fetchall(sql, params)]


async def keep_meanings(db: Database, stored: Iterable[StoredArticle], *, batch: int = 500) -> None:
    """Write back the meaning vectors a round computed for these articles (rows stored before vectors
    were kept, or by another model), in transactions of `batch` rows so other writers never wait
    long. A row stored again since it was read (its `fetched_at` moved) keeps the vector its new
    digest came with."""
    rows = [
        (a.digest.article.meaning, a.id, to_epoch(a.fetched_at)) for a in stored if a.digest.article.meaning
    ]
    for start in range(0, len(rows), batch):
        await db.executemany(
            "UPDATE articles SET meaning = ? WHERE id = ? AND fetched_at = ?", rows[start : start + batch]
        )


async def carriers_since(db: Database, since: datetime) -> dict[int, frozenset[int]]:
    """For each article fetched at or after `since`, every source that carries it: the one credited
    with it and every source whose feed entries point to it (one query for the whole range)."""
    stamp = to_epoch(since)
    rows = await db.fetchall(
        "SELECT a.id, a.source_id FROM articles AS a WHERE a.fetched_at >= ? AND a.source_id IS NOT NULL"
        " UNION SELECT f.article_id, f.source_id FROM feed_entries AS f"
        " JOIN articles AS a ON a.id = f.article_id WHERE a.fetched_at >= ?",
        (stamp, stamp),
    )
    found: dict[int, set[int]] = {}
    for article_id, source_id in rows:
        found.setdefault(article_id, set()).add(source_id)
    return {article_id: frozenset(ids) for article_id, ids in found.items()}


async def known_entries(db: Database, source_id: int, guids: Iterable[str]) -> set[str]:
    """Which of these feed entry ids were already seen for the source."""
    wanted = list(dict.fromkeys(guids))
    seen: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        rows = await db.fetchall(
            f"SELECT guid FROM feed_entries WHERE source_id = ? AND guid IN ({', '.join('?' * len(chunk))})",
            (source_id, *chunk),
        )
        seen.update(row["guid"] for row in rows)
    return seen


async def mark_entries_seen(
    db: Database, source_id: int, guids: Iterable[str], *, now: datetime | None = None
) -> None:
    """Remember feed entries that produced no article (not an article, a paywall, …)."""
    seen_at = to_epoch(now or utcnow())
    await db.executemany(
        "INSERT INTO feed_entries (source_id, guid, seen_at) VALUES (?, ?, ?)"
        " ON CONFLICT (source_id, guid) DO NOTHING",
        [(source_id, guid, seen_at) for guid in dict.fromkeys(guids)],
    )


async def purge_articles(
    db: Database,
    *,
    retention_days: int = DEFAULT_RETENTION_DAYS,
    now: datetime | None = None,
    batch: int = 1000,
) -> int:
    """Delete articles fetched more than `retention_days` ago unless someone saved them; returns
    how many went. Feed entries older than that with no article left are forgotten too. Works in
    transactions of `batch` articles so other writers never wait long."""
    cutoff = to_epoch((now or utcnow()) - timedelta(days=retention_days))
    total = 0
    while True:
        deleted = await db.execute(
            "DELETE FROM articles WHERE id IN (SELECT id FROM articles WHERE fetched_at < ?"
            " AND NOT EXISTS (SELECT 1 FROM saved WHERE saved.article_id = articles.id) LIMIT ?)",
            (cutoff, batch),
        )
        total += deleted
        if deleted < batch:
            break
    await db.execute("DELETE FROM feed_entries WHERE seen_at < ? AND article_id IS NULL", (cutoff,))
    return total


async def add_urls(db: Database, article_id: int, urls: Iterable[str]) -> None:
    """Record more addresses that lead to a stored article (a short link, a redirect's start)."""
    await db.executemany(
        "INSERT INTO article_urls (url, article_id) VALUES (?, ?)"
        " ON CONFLICT (url) DO UPDATE SET article_id = excluded.article_id",
        [(url, article_id) for url in dict.fromkeys(urls) if url],
    )
