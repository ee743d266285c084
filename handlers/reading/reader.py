"""From a link (or pasted text) to a digest: the storage cache, one fetch per URL at a time, the pool.

`read_url` answers from storage when any known URL of the article matches; otherwise it fetches the
page once however many chats ask for it at the same moment (single flight per requested URL),
digests it in the process pool and stores the article under its requested, final and canonical URLs,
with its meaning vector (`compute_meanings`, which the poller uses too: computed once, at ingest, so
the daily round does not embed the article again). Nothing is stored when no article is found. A
pasted text's article is stored for the chat that pasted it only (`storage.pending`, under a random
token that expires after `paste_ttl`): its More/Less buttons work after a restart and on any bot
process, and never for another chat.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import timedelta

import aiohttp

from digest.models import Article, Digest, DigestOptions, FetchPolicy
from digest.pipeline import digest_article, digest_html, digest_text
from digest.stories import cluster
from digest.web.fetch import fetch_page
from handlers.reading.pool import EnginePool
from storage import articles, pending
from storage.db import Database

log = logging.getLogger(__name__)

DEFAULT_OPTIONS = DigestOptions()


async def compute_meanings(digests: Sequence[Digest]) -> None:
    """Set the meaning vector of each digest's article that has none, before it is stored
    (`digest.stories.cluster.add_meanings`: one batch, in a thread, with the model this process loaded
    at start-up), computed on the article as the store gives it back, so the daily round reads the
    vector it would have computed. It never fails a store: an error is logged and the articles are
    stored without a vector (the round embeds them then)."""
    if not digests:
        return
    try:
        readback = await asyncio.to_thread(_embedded_as_stored, digests)
    except Exception:
        log.exception("meaning vectors not computed; %d articles stored without", len(digests))
        return
    for digest, article in zip(digests, readback, strict=True):
        digest.article.meaning = article.meaning


def _embedded_as_stored(digests: Sequence[Digest]) -> list[Article]:
    """Each digest's article as the store gives it back, with its meaning vector (in a worker thread:
    the round trip through the stored form and the embedding are CPU work)."""
    readback = [articles.as_stored(digest) for digest in digests]
    cluster.add_meanings(readback)
    return readback


@dataclass(frozen=True)
class Reading:
    """A digest and how to find its article again: `ref` is "a<id>" (stored) or "p<token>" (a paste)."""

    digest: Digest
    ref: str
    cached: bool = False

    @property
    def article_id(self) -> int | None:
        return int(self.ref[1:]) if self.ref.startswith("a") else None


class Reader:
    """Turns links and texts into digests, sharing work between chats."""

    def __init__(
        self,
        db: Database,
        http: aiohttp.ClientSession,
        pool: EnginePool,
        policy: FetchPolicy,
        *,
        paste_ttl: timedelta = timedelta(days=30),
    ) -> None:
        self.db = db
        self.http = http
        self.pool = pool
        self.policy = policy
        self.fetches = 0
        self._flights: dict[str, asyncio.Task[Reading]] = {}
        self.paste_ttl = paste_ttl

    async def read_url(self, url: str) -> Reading:
        """The digest of the page at `url`; raises DigestError or WorkFailed with a user sentence."""
        flight = self._flights.get(url)
        if flight is None:
            flight = asyncio.create_task(self._read(url))
            self._flights[url] = flight
            flight.add_done_callback(lambda done: self._land(url, done))
        return await asyncio.shield(flight)

    def _land(self, url: str, flight: asyncio.Task[Reading]) -> None:
        if self._flights.get(url) is flight:
            del self._flights[url]

    async def _read(self, url: str) -> Reading:
        stored = await articles.get_by_url(self.db, url)
        if stored is not None:
            return Reading(stored.digest, f"a{stored.id}", cached=True)
        self.fetches += 1
        page = await fetch_page(url, self.policy, self.http)
        if page.url != url:
            stored = await articles.get_by_url(self.db, page.url)
            if stored is not None:
                await articles.add_urls(self.db, stored.id, [url])
                return Reading(stored.digest, f"a{stored.id}", cached=True)
        digest = await self.pool.run(digest_html, page.text, page.url, DEFAULT_OPTIONS)
        await compute_meanings([digest])
        stored = await articles.store_article(self.db, digest, urls=[url, page.url])
        return Reading(digest, f"a{stored.id}")

    async def read_text(self, text: str, owner: int) -> Reading:
        """The digest of text pasted in the chat `owner` (users.id); raises ExtractionError or WorkFailed."""
        digest = await self.pool.run(digest_text, text, DEFAULT_OPTIONS)
        token = await pending.put(self.db, "paste", owner, asdict(digest.article), self.paste_ttl)
        return Reading(digest, f"p{token}")

    async def redigest(self, ref: str, options: DigestOptions, owner: int) -> Digest | None:
        """The article behind `ref` digested with other options, for the chat `owner` (users.id).

        None when it is no longer known, or when `ref` is a paste made in another chat.
        """
        kind, key = ref[:1], ref[1:]
        if kind == "a" and key.isdigit():
            stored = await articles.get_article(self.db, int(key))
            article = stored.digest.article if stored else None
        elif kind == "p" and key:
            fields = await pending.get(self.db, "paste", key, owner)
            article = Article(**fields) if isinstance(fields, dict) else None
        else:
            return None
        if article is None:
            return None
        return await self.pool.run(digest_article, article, options)

    def cancel_all(self) -> int:
        """Abandon every fetch in flight (shutting down); returns how many were cancelled."""
        flights = [f for f in self._flights.values() if not f.done()]
        for flight in flights:
            flight.cancel()
        return len(flights)
