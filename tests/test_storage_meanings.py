"""An article's meaning vector kept with it, on both databases: stored at ingest and given back to
the daily round; an old database (rows without one) migrates, clusters as before and gets the
vectors the round computed written back."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from digest.models import Article, Digest
from digest.stories import cluster, embed
from handlers.daily import digests
from storage import Database, articles, sources
from storage.db import connect, to_epoch
from storage.migrate import load_migrations, migrate_database

pytestmark = pytest.mark.both_databases

NOW = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)
SINCE = NOW - timedelta(days=1)
REPORTS = [
    (
        "https://coastcourier.example/kelmouth-ferry",
        "Coast Courier",
        "Ferry to the Kelmouth islands sails again after storm repairs",
        "The ferry linking Kelmouth to the outer islands sailed again on Tuesday after a week of "
        "repairs to the storm-damaged pier, the operator said.",
    ),
    (
        "https://harbourtimes.example/ferry-back",
        "Harbour Times",
        "Kelmouth island ferry back in service after pier repairs",
        "Ferries between Kelmouth and the outer islands restarted on Tuesday, a week after a storm "
        "damaged the pier, the operator said.",
    ),
    (
        "https://harbourtimes.example/science-wing",
        "Harbour Times",
        "Brenwick school opens a new science wing",
        "Pupils at Brenwick secondary school moved into a new science wing with six laboratories on "
        "Monday, the head teacher said.",
    ),
]


def _digest(url: str, outlet: str, title: str, text: str) -> Digest:
    article = Article(
        url=url,
        canonical_url=url,
        title=title,
        outlet=outlet,
        language="en",
        published="2026-05-04T08:00:00+00:00",
        text=text,
    )
    return Digest(article, sentences=[text])


def _stories(found: list[articles.StoredArticle]) -> list[list[str]]:
    return sorted(
        sorted(a.canonical_url for a in story.articles)
        for story in cluster.cluster_stories([a.digest.article for a in found])
    )


async def test_a_stored_meaning_comes_back_and_a_refresh_replaces_it(db: Database) -> None:
    feed = await sources.add_source(db, "https://harbourtimes.example/rss")
    digest = _digest(*REPORTS[1])
    cluster.add_meanings([digest.article])
    meaning = digest.article.meaning
    assert meaning is not None and embed.unpack(meaning) is not None
    stored = await articles.store_article(db, digest, fetched_at=NOW, source_id=feed.id)
    assert stored.digest.article.meaning == meaning
    assert (await articles.get_by_url(db, REPORTS[1][0])).digest.article.meaning == meaning
    assert (await articles.get_article(db, stored.id)).digest.article.meaning == meaning
    (listed,) = await articles.list_since(db, SINCE, source_ids=[feed.id])
    assert listed.digest.article.meaning == meaning

    odd = embed.MODEL_TAG + bytes(range(256)) + b"'\\\x00"  # any bytes come back exactly
    digest.article.meaning = odd
    later = NOW + timedelta(hours=1)
    assert (await articles.store_article(db, digest, fetched_at=later)).digest.article.meaning == odd
    digest.article.meaning = None  # stored again without one (embedding failed): no stale vector
    again = await articles.store_article(db, digest, fetched_at=later)
    assert again.digest.article.meaning is None

    again.digest.article.meaning = meaning
    await articles.keep_meanings(db, [again])
    assert (await articles.get_article(db, stored.id)).digest.article.meaning == meaning
    stale = dataclasses.replace(again, fetched_at=NOW)  # read before the article was stored again
    stale.digest.article.meaning = odd
    await articles.keep_meanings(db, [stale])
    assert (await articles.get_article(db, stored.id)).digest.article.meaning == meaning


async def test_an_old_database_migrates_clusters_as_before_and_gets_its_vectors_back(
    db_target: str,
) -> None:
    db = await connect(db_target)
    try:
        steps = load_migrations(db.dialect)
        version = next(m.version for m in steps if m.name == "article_meaning")
        await migrate_database(db, steps[: version - 1])
        feeds = {
            outlet: (await sources.add_source(db, f"https://{host}.example/rss")).id
            for outlet, host in (("Coast Courier", "coastcourier"), ("Harbour Times", "harbourtimes"))
        }
        for n, report in enumerate(REPORTS):  # rows as the digestbot before this migration wrote them
            article = _digest(*report).article
            await db.execute(
                "INSERT INTO articles (canonical_url, title, outlet, language, published, fetched_at,"
                " source_id, digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (article.url, article.title, article.outlet, article.language, article.published,
                 to_epoch(NOW - timedelta(minutes=n)), feeds[report[1]],
                 json.dumps(_digest(*report).to_dict())),
            )
        assert await migrate_database(db) == (version - 1, len(steps))

        old = await articles.list_since(db, SINCE)
        assert [a.digest.article.meaning for a in old] == [None, None, None]
        index = await digests.build_index(db, SINCE)  # the round embeds them and writes them back
        assert sorted(a.id for a in index.embedded) == sorted(a.id for a in old)
        kept = await articles.list_since(db, SINCE)
        for article in kept:
            computed = articles.as_stored(article.digest)
            computed.meaning = None
            cluster.add_meanings([computed])
            assert article.digest.article.meaning == computed.meaning
            assert np.any(embed.unpack(computed.meaning))
        assert _stories(kept) == _stories(old) == [
            [REPORTS[0][0], REPORTS[1][0]],
            [REPORTS[2][0]],
        ]
        assert (await digests.build_index(db, SINCE)).embedded == []  # read, not computed, from now on
    finally:
        await db.close()
