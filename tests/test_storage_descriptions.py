"""An article's description (its page's or its feed's summary) kept with it, on both databases: a
story round reads it as the lead it clusters on, as `digestbot stories` reads one given; an old
database (rows without one) migrates and its rows come back without a description, as before."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from digest.models import Article, Digest
from storage import Database, articles, sources
from storage.db import connect, to_epoch
from storage.migrate import load_migrations, migrate_database

pytestmark = pytest.mark.both_databases

NOW = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)
SINCE = NOW - timedelta(days=1)
URL = "https://valemoorpost.example/orchard-frost"
LEAD = "Growers in the Valemoor hills lost half their apple blossom to two nights of frost, their union said."


def _digest(description: str | None) -> Digest:
    text = (
        "The frost came after the warmest March on record had brought the trees into flower early. "
        "Several growers lit fires between the rows, which saved some blossom on the lower slopes."
    )
    article = Article(
        url=URL,
        canonical_url=URL,
        title="Frost takes half the Valemoor apple blossom",
        outlet="Valemoor Post",
        language="en",
        published="2026-05-04T08:00:00+00:00",
        description=description,
        text=text,
    )
    return Digest(article, sentences=[text])


async def test_a_stored_description_comes_back_and_a_refresh_replaces_it(db: Database) -> None:
    feed = await sources.add_source(db, "https://valemoorpost.example/rss")
    digest = _digest(LEAD)
    assert articles.as_stored(digest).description == LEAD  # the form the ingest's meaning vector reads
    stored = await articles.store_article(db, digest, fetched_at=NOW, source_id=feed.id)
    assert stored.digest.article.description == LEAD
    assert (await articles.get_by_url(db, URL)).digest.article.description == LEAD
    assert (await articles.get_article(db, stored.id)).digest.article.description == LEAD
    (listed,) = await articles.list_since(db, SINCE, source_ids=[feed.id])
    assert listed.digest.article.description == LEAD

    later = NOW + timedelta(hours=1)
    again = await articles.store_article(db, _digest(None), fetched_at=later)  # read again without one
    assert again.digest.article.description is None  # no stale lead beside the new digest


async def test_an_old_database_migrates_and_its_rows_have_no_description(db_target: str) -> None:
    db = await connect(db_target)
    try:
        steps = load_migrations(db.dialect)
        version = next(m.version for m in steps if m.name == "article_description")
        await migrate_database(db, steps[: version - 1])
        digest = _digest(LEAD)
        article = digest.article
        await db.execute(  # a row as the digestbot before this migration wrote it
            "INSERT INTO articles (canonical_url, title, outlet, language, published, fetched_at, digest)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (URL, article.title, article.outlet, article.language, article.published, to_epoch(NOW),
             json.dumps(digest.to_dict())),
        )
        assert await migrate_database(db) == (version - 1, len(steps))
        (old,) = await articles.list_since(db, SINCE)
        assert old.digest.article.description is None
        assert old.digest.article.text == article.text
    finally:
        await db.close()
