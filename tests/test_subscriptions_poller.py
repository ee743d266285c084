"""The poller against the loopback feed server: feed kinds, conditional GETs, limits, failures.

Rounds are driven by the tests (the job's own schedule is removed) with an injectable clock, so a
day of failures takes milliseconds. Notices go through the real Sender to the fake Bot API.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from aiohttp import web

from digest.stories import cluster, embed
from handlers.daily import digests
from handlers.subscriptions.poller import CLAIM, KEY, Poller, poller_of
from storage import articles, open_database, sources, topics, users
from storage.sources import Source
from tests.bot_plugin import BotRig, start_bot
from tests.daily_support import Clock
from tests.fake_telegram.server import FakeTelegram
from tests.feed_support import catalog_file, full_text, poll_clock, rss
from tests.webserver import FIXTURES, WebSite

FEEDS = FIXTURES / "feeds"
CATALOG_FEED = "/catalog/wire.rss"


@pytest.fixture
def bot_changes(web_site: WebSite, tmp_path: Path) -> dict[str, Any]:
    return {
        "feed_catalog_path": str(catalog_file(tmp_path, web_site.url(CATALOG_FEED))),
        "poll_tick_seconds": 3600.0,
        "poll_new_entries_max": 5,
        "fetch_total_timeout": 1.0,
        "extract_timeout": 30.0,  # a loaded CI machine parses the 2,000-entry feed below slowly
    }


@pytest.fixture
def clock() -> Clock:
    return poll_clock()


@pytest.fixture
def poller(bot: BotRig, clock: Clock) -> Poller:
    for job in bot.app.job_queue.get_jobs_by_name(KEY):
        job.schedule_removal()
    made = poller_of(bot.app)
    made.clock = clock
    return made


def serve_fixture(site: WebSite, name: str, path: str, content_type: str = "application/rss+xml") -> str:
    body = (FEEDS / name).read_bytes().replace(b"@BASE@", site.base.encode())
    site.serve(path, body, content_type=content_type)
    return site.url(path)


async def follower(bot: BotRig, chat_id: int, *feed_urls: str) -> tuple[int, list[Source]]:
    bot.telegram.open_chat(chat_id)
    user = await users.upsert_user(bot.res.db, chat_id)
    subscribed = []
    for url in feed_urls:
        source = await sources.add_source(bot.res.db, url)
        await sources.subscribe(bot.res.db, user.id, source.id)
        subscribed.append(source)
    return user.id, subscribed


async def source_articles(bot: BotRig, source_id: int) -> list[articles.StoredArticle]:
    """The articles the source's entries led to (an article two feeds share counts for both)."""
    rows = await bot.res.db.fetchall(
        "SELECT a.* FROM feed_entries AS e JOIN articles AS a ON a.id = e.article_id"
        " WHERE e.source_id = ? ORDER BY a.id",
        (source_id,),
    )
    return [articles.row_to_article(row) for row in rows]


def assert_meanings_as_a_round_computes(stored: list[articles.StoredArticle]) -> None:
    """Each article was stored with its meaning vector: the one a round computes from it as stored."""
    assert stored
    for article in stored:
        again = articles.as_stored(article.digest)
        again.meaning = None
        cluster.add_meanings([again])
        kept = embed.unpack(article.digest.article.meaning)
        assert kept is not None, article.canonical_url
        assert np.allclose(kept, embed.unpack(again.meaning), atol=1e-6), article.canonical_url


async def test_rss_atom_rdf_malformed_relative_links_each_article_digested_once(
    bot: BotRig, poller: Poller
) -> None:
    urls = [
        serve_fixture(bot.site, "loop_rss.xml", "/f/evening.rss"),
        serve_fixture(bot.site, "loop_atom.xml", "/f/courier.atom", "application/atom+xml"),
        serve_fixture(bot.site, "loop_rdf.xml", "/f/europa.rdf", "application/rdf+xml"),
        serve_fixture(bot.site, "loop_malformed.xml", "/f/broken.xml", "text/xml"),
    ]
    _, (rss_source, atom_source, rdf_source, broken_source) = await follower(bot, 21, *urls)
    await follower(bot, 22, *urls)  # a second subscriber changes nothing: one fetch per feed

    stats = await poller.poll_round()
    assert stats.feeds == 4 and stats.requests == 4 and stats.failed == 0, stats
    assert [bot.fetches(p) for p in ("/f/evening.rss", "/f/courier.atom", "/f/europa.rdf")] == [1, 1, 1]
    # Each page is fetched once although two feeds (and two GUIDs) point to it.
    assert bot.fetches("/news/2025/03/harbour-bridge-reopens.html") == 1
    assert bot.fetches("/news/2025/03/council-approves-cycle-lanes.html") == 1
    titles = [a.title for a in await source_articles(bot, rss_source.id)]
    assert any(t.startswith("Harbour bridge reopens") for t in titles)
    assert [a.canonical_url for a in await source_articles(bot, atom_source.id)] == [
        bot.site.url("/news/2025/03/council-approves-cycle-lanes.html")
    ]
    rdf = await source_articles(bot, rdf_source.id)
    assert [a.canonical_url for a in rdf] == [bot.site.url("/pages/german.html")]  # gone.html: 404, skipped
    assert len(await source_articles(bot, broken_source.id)) >= 1  # read leniently
    assert stats.unreadable >= 1
    for source in (rss_source, atom_source, rdf_source):  # read through the Reader, one at a time
        assert_meanings_as_a_round_computes(await source_articles(bot, source.id))

    again = await poller.poll_round()
    assert again.requests == 0  # nothing is due yet

    poller.clock.now += timedelta(hours=7)
    later = await poller.poll_round()
    assert later.requests == 4 and later.not_modified == 4 and later.new_entries == 0, later
    assert bot.fetches("/pages/gone.html") == 1  # a dead entry is not retried


async def test_wrong_declared_encoding_and_huge_feed(bot: BotRig, poller: Poller) -> None:
    russian = rss(
        "Вечерние новости",
        [
            {
                "guid": "ru-1",
                "link": bot.site.url("/ru/1"),
                "title": "Мэр открыл новый мост",
                "content": full_text("новый мост"),
            }
        ],
    ).replace('encoding="UTF-8"', 'encoding="windows-1251"')
    bot.site.serve("/f/ru.rss", russian.encode("cp1251"), content_type="application/rss+xml; charset=utf-8")
    story = full_text("port", 3)
    items = [
        {"guid": f"big-{i}", "link": bot.site.url(f"/big/{i}"), "title": f"Item {i}", "content": story}
        for i in range(2000)
    ]
    bot.site.serve("/f/huge.rss", rss("Huge", items), content_type="application/rss+xml")
    _, (ru, huge) = await follower(bot, 23, bot.site.url("/f/ru.rss"), bot.site.url("/f/huge.rss"))
    # the fixture's 1 s fetch budget is for the timeout tests; a loaded CI machine reads this feed slower
    poller.policy = replace(poller.policy, read_timeout=30.0, total_timeout=30.0)

    stats = await poller.poll_round()
    assert stats.failed == 0, stats
    (article,) = await source_articles(bot, ru.id)
    assert article.title == "Мэр открыл новый мост"
    assert article.digest.sentences and "мост" in " ".join(article.digest.sentences)
    assert len(await source_articles(bot, huge.id)) == 5  # POLL_NEW_ENTRIES_MAX; the rest marked seen
    assert_meanings_as_a_round_computes([article, *await source_articles(bot, huge.id)])  # batches
    seen = await articles.known_entries(bot.res.db, huge.id, [f"big-{i}" for i in range(2000)])
    assert len(seen) == 500  # parse_feed reads the first 500 entries of a feed


async def test_an_embedding_failure_stores_the_articles_without_a_meaning_and_the_round_embeds_them(
    bot: BotRig, poller: Poller, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    heads = [("Dock cranes idle as crews walk out", "dock cranes"), ("Night market opens", "night market")]
    items = [
        {"guid": f"dock-{i}", "link": bot.site.url(f"/dock/{i}"), "title": title, "content": full_text(words)}
        for i, (title, words) in enumerate(heads)
    ]
    bot.site.serve("/f/dock.rss", rss("Dock News", items), content_type="application/rss+xml")
    _, (dock,) = await follower(bot, 24, bot.site.url("/f/dock.rss"))

    def broken(found: object) -> None:  # the model failing inside (a fault injected: it never does here)
        raise RuntimeError("embedding model failed")

    monkeypatch.setattr(cluster, "add_meanings", broken)
    stats = await poller.poll_round()
    assert stats.failed == 0 and stats.digested == 2, stats
    stored = await source_articles(bot, dock.id)
    assert len(stored) == 2 and all(a.digest.article.meaning is None for a in stored)
    assert "meaning vectors not computed" in caplog.text

    monkeypatch.undo()
    index = await digests.build_index(bot.res.db, poller.clock.now - timedelta(hours=1))
    assert sorted(a.id for a in index.embedded) == [a.id for a in stored]
    assert_meanings_as_a_round_computes(await source_articles(bot, dock.id))  # written back


def _page(title: str, subject: str, head: str = "") -> str:
    return (
        f"<html><head><title>{title}</title>{head}</head><body><article><h1>{title}</h1>"
        f"{full_text(subject)}</article></body></html>"
    )


async def test_a_feed_entrys_summary_is_kept_as_the_description_the_round_clusters_on(
    bot: BotRig, poller: Poller
) -> None:
    teaser = "Growers in the Valemoor hills lost half their apple blossom to two nights of frost."
    own = "The page's own summary of the cider mill's reopening, written by its editors."
    bot.site.serve("/frost/page.html", _page("Frost takes the Valemoor blossom", "orchard frost"))
    head = f'<meta name="description" content="{own}">'
    bot.site.serve("/mill/page.html", _page("Cider mill reopens", "cider mill", head))
    items = [
        {"guid": "frost", "link": bot.site.url("/frost/page.html"), "title": "Frost", "description": teaser},
        {"guid": "mill", "link": bot.site.url("/mill/page.html"), "title": "Mill", "description": "Teaser."},
        {
            "guid": "ferry",
            "link": bot.site.url("/ferry/full"),
            "title": "Ferry pier rebuilt",
            "description": "The Valemoor ferry pier is rebuilt.",
            "content": full_text("ferry pier"),
        },
    ]
    bot.site.serve("/f/valemoor.rss", rss("Valemoor Post", items), content_type="application/rss+xml")
    _, (valemoor,) = await follower(bot, 26, bot.site.url("/f/valemoor.rss"))

    stats = await poller.poll_round()
    assert stats.failed == 0 and stats.digested == 3, stats
    stored = {a.canonical_url.rsplit("/", 2)[-2]: a for a in await source_articles(bot, valemoor.id)}
    assert stored["frost"].digest.article.description == teaser  # the page gave none: the feed's
    assert stored["mill"].digest.article.description == own  # near miss: the page's own stays
    assert stored["ferry"].digest.article.description == "The Valemoor ferry pier is rebuilt."
    assert_meanings_as_a_round_computes(list(stored.values()))  # computed with the description


async def test_a_round_cut_short_keeps_the_articles_it_finished_and_never_digests_them_again(
    bot: BotRig, poller: Poller, clock: Clock
) -> None:
    arrived, release = asyncio.Event(), asyncio.Event()

    async def late(request: web.Request) -> web.Response:
        arrived.set()
        await release.wait()
        return web.Response(text=_page("Harbour crane toppled", "harbour crane"), content_type="text/html")

    bot.site.route("/late/crane.html", late)
    done = [("quarry", "Quarry road reopens"), ("library", "Library wing opens")]
    items = [  # two entries with their full text, digested at once; one page read through the Reader
        {"guid": name, "link": bot.site.url(f"/done/{name}"), "title": title, "content": full_text(name)}
        for name, title in done
    ] + [{"guid": "crane", "link": bot.site.url("/late/crane.html"), "title": "Crane"}]
    bot.site.serve("/f/cut.rss", rss("Cut Short", items), content_type="application/rss+xml")
    _, (cut,) = await follower(bot, 27, bot.site.url("/f/cut.rss"))
    waiting = replace(poller.policy, read_timeout=3600.0, total_timeout=3600.0)
    poller.policy = bot.res.reader.policy = waiting  # the late page is waited for, not timed out

    cut_short = asyncio.create_task(poller.poll_round())
    async with asyncio.timeout(30):
        await arrived.wait()
        while len(await source_articles(bot, cut.id)) < 2:  # stored while the late page is read
            await asyncio.sleep(0.02)
    cut_short.cancel()  # the bot stops mid-feed
    await asyncio.gather(cut_short, return_exceptions=True)
    stored = await source_articles(bot, cut.id)
    assert sorted(a.canonical_url for a in stored) == sorted(bot.site.url(f"/done/{n}") for n, _ in done)
    assert_meanings_as_a_round_computes(stored)

    release.set()
    clock.now += CLAIM  # the stopped round's claim runs out: the feed is polled again
    again = await poller.poll_round()
    assert again.new_entries == 1 and again.digested + again.linked == 1, again  # only the late one
    assert bot.fetches("/late/crane.html") == 1
    assert len(await source_articles(bot, cut.id)) == 3


async def test_etag_then_last_modified_conditional_requests(
    bot: BotRig, poller: Poller, clock: Clock
) -> None:
    headers_seen: list[dict[str, str]] = []
    body = rss("Dated only", []).encode()
    stamp = "Mon, 03 Mar 2025 08:00:00 GMT"

    async def dated(request: web.Request) -> web.Response:
        headers_seen.append(dict(request.headers))
        if request.headers.get("If-Modified-Since") == stamp:
            return web.Response(status=304)
        return web.Response(body=body, content_type="application/rss+xml", headers={"Last-Modified": stamp})

    bot.site.route("/f/dated.rss", dated)
    serve_fixture(bot.site, "loop_atom.xml", "/f/tagged.atom", "application/atom+xml")
    await follower(bot, 24, bot.site.url("/f/dated.rss"), bot.site.url("/f/tagged.atom"))

    first = await poller.poll_round()
    assert first.not_modified == 0 and first.requests == 2
    clock.now += timedelta(hours=7)
    second = await poller.poll_round()
    assert second.requests == 2 and second.not_modified == 2, second
    assert headers_seen[1].get("If-Modified-Since") == stamp and "If-None-Match" not in headers_seen[1]


async def test_at_most_two_requests_at_a_time_to_one_host(bot: BotRig, poller: Poller) -> None:
    poller.policy = replace(poller.policy, read_timeout=30.0, total_timeout=30.0)  # requests wait for a pair
    in_flight = peak = 0
    pair = asyncio.Event()

    async def slow(request: web.Request) -> web.Response:
        """Each request is held until two are in flight (so the peak of 2 is certain), then a moment
        longer, in which a third would arrive if the per-host limit let one through."""
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        if in_flight == 2:
            pair.set()
        try:
            async with asyncio.timeout(30):
                await pair.wait()
            await asyncio.sleep(0.1)
        finally:
            in_flight -= 1
        return web.Response(body=rss("Slow", []).encode(), content_type="application/rss+xml")

    paths = [f"/f/slow-{i}.rss" for i in range(6)]
    for path in paths:
        bot.site.route(path, slow)
    await follower(bot, 25, *(bot.site.url(p) for p in paths))
    stats = await poller.poll_round()
    assert stats.requests == 6 and stats.failed == 0
    assert peak == 2


async def test_timeouts_and_non_feeds_are_failures_with_backoff(
    bot: BotRig, poller: Poller, clock: Clock
) -> None:
    async def stuck(request: web.Request) -> web.Response:
        await asyncio.sleep(3)
        return web.Response(text="late")

    bot.site.route("/f/stuck.rss", stuck)
    bot.site.serve("/f/page.html", "<html><body><p>Not a feed at all.</p></body></html>")
    _, (slow, page) = await follower(bot, 26, bot.site.url("/f/stuck.rss"), bot.site.url("/f/page.html"))
    stats = await poller.poll_round()
    assert stats.failed == 2
    slow_now = await sources.get_source(bot.res.db, slow.id)
    page_now = await sources.get_source(bot.res.db, page.id)
    assert "too slow" in slow_now.last_error and page_now.last_error == "That link is not a feed I can read."
    assert slow_now.failure_count == 1
    assert slow_now.next_poll_at >= clock.now + timedelta(minutes=15, seconds=-1)


async def run_until(
    poller: Poller, clock: Clock, source_id: int, until: datetime, on_round: Callable[[], Any]
) -> None:
    """Advance the clock from one due time to the next and poll, until `until`."""
    db = poller.db
    while clock.now < until:
        source = await sources.get_source(db, source_id)
        clock.now = max(clock.now, source.next_poll_at) + timedelta(seconds=1)
        await poller.poll_round()
        on_round()


async def test_a_feed_failing_for_a_day_is_backed_off_and_told_once(
    bot: BotRig, poller: Poller, clock: Clock
) -> None:
    """RELIABILITY case 38."""
    path = "/f/flaky.rss"
    bot.site.serve(path, rss("Flaky Times", []), content_type="application/rss+xml")
    chat_a, chat_b = 27, 28
    _, (source,) = await follower(bot, chat_a, bot.site.url(path))
    await follower(bot, chat_b, bot.site.url(path))
    await poller.poll_round()
    start = clock.now

    bot.site.serve(path, "<h1>Internal Server Error</h1>", status=500)
    notices_at: list[timedelta] = []

    def notices() -> int:
        return len([m for m in bot.telegram.bot_messages(chat_a) if "for a day" in m.text])

    def note() -> None:
        if notices() > len(notices_at):
            notices_at.append(clock.now - start)

    before = bot.fetches(path)
    await run_until(poller, clock, source.id, start + timedelta(hours=30), note)
    polls = bot.fetches(path) - before
    assert 6 <= polls <= 14, polls  # every 15 minutes would be 120
    await bot.telegram.wait_for(lambda: notices() == 1)
    assert len(notices_at) == 1 and notices_at[0] >= timedelta(hours=24)
    (notice,) = [m for m in bot.telegram.bot_messages(chat_b) if "for a day" in m.text]
    assert "Flaky Times" in notice.text and "HTTP 500" in notice.text and "/sources" in notice.text

    bot.site.serve(path, rss("Flaky Times", []), content_type="application/rss+xml")
    await run_until(poller, clock, source.id, clock.now + timedelta(hours=7), lambda: None)
    recovered = await sources.get_source(bot.res.db, source.id)
    assert recovered.failure_count == 0 and recovered.failure_notified_at is None

    bot.site.serve(path, "<h1>Bad Gateway</h1>", status=502)
    await run_until(poller, clock, source.id, clock.now + timedelta(hours=26), lambda: None)
    await bot.telegram.wait_for(lambda: notices() == 2)
    assert not bot.telegram.errors()


async def test_catalog_feeds_serve_topics_and_instant_alerts(
    bot: BotRig, poller: Poller, clock: Clock
) -> None:
    story = {
        "guid": "wire-1",
        "link": bot.site.url("/wire/1"),
        "title": "Ferry strike ends at dawn",
        "content": full_text("ferry terminal"),
    }
    bot.site.serve(CATALOG_FEED, rss("Loopback Wire", [story]), content_type="application/rss+xml")
    nobody = await poller.poll_round()
    assert nobody.requests == 0 and bot.fetches(CATALOG_FEED) == 0  # no topics: the catalog is left alone

    bot.telegram.open_chat(29)
    user = await users.upsert_user(bot.res.db, 29)
    await topics.add_topic(bot.res.db, user.id, "ferry strike", delivery="instant")
    first = await poller.poll_round()
    assert first.requests == 1 and first.digested == 1 and first.alerts == 0  # a first poll is backlog

    fresh = {**story, "guid": "wire-2", "link": bot.site.url("/wire/2"), "title": "Ferry strike: new talks"}
    second_story = {
        "guid": "wire-3",
        "link": bot.site.url("/wire/3"),
        "title": "Ferry strike ends at dawn, unions say",
        "content": full_text("ferry terminal"),
    }
    updated = rss("Loopback Wire", [fresh, second_story, story])
    bot.site.serve(CATALOG_FEED, updated, content_type="application/rss+xml")
    clock.now += timedelta(hours=7)
    second = await poller.poll_round()
    assert second.digested == 2 and second.alerts == 1, second  # two reports of one story: one alert
    alert = await bot.telegram.wait_for_message(29, "New on your topic")
    assert "Ferry strike" in alert.text

    await users.update_preferences(bot.res.db, user.id, use_catalog=False)
    clock.now += timedelta(hours=7)
    off = await poller.poll_round()
    assert off.requests == 0


async def test_stopping_the_bot_cancels_a_round_stuck_on_a_slow_feed(
    telegram: FakeTelegram, web_site: WebSite, tmp_path: Path
) -> None:
    held = 120.0  # a round that is waited out, not cancelled, takes at least this long to stop
    arrived = asyncio.Event()

    async def stuck(request: web.Request) -> web.Response:
        arrived.set()
        await asyncio.sleep(held)
        return web.Response(text="too late")

    web_site.route("/f/stuck.rss", stuck)
    changes = {"poll_tick_seconds": 1.0, "feed_catalog_enabled": False}
    async with start_bot(telegram, web_site, tmp_path / "stop.sqlite3", **changes) as rig:
        poller = poller_of(rig.app)
        poller.policy = replace(poller.policy, read_timeout=2 * held, total_timeout=2 * held)
        await follower(rig, 41, web_site.url("/f/stuck.rss"))
        async with asyncio.timeout(30):
            await arrived.wait()  # a round of the job is waiting on the feed
        stopping = time.monotonic()
    assert time.monotonic() - stopping < held / 6  # cancelled: ~1.6 s unloaded, 20 s for a busy CI box


# --- RELIABILITY case 42: several workers (pollers on connections of their own), one due feed ----

SHARED_FEED = "/feeds/shared.rss"


@pytest.fixture
async def pollers(bot: BotRig, poller: Poller, clock: Clock) -> AsyncIterator[list[Poller]]:
    """The bot's own poller and two more on connections of their own, all on one clock."""
    others = [await open_database(bot.settings.database_path) for _ in range(2)]
    made = [poller]
    for db in others:
        extra = Poller(replace(bot.res, db=db))
        extra.clock = clock
        made.append(extra)
    yield made
    for db in others:
        await db.close()


async def test_three_workers_fetch_a_due_feed_once_per_interval(
    bot: BotRig, pollers: list[Poller], clock: Clock
) -> None:
    bot.site.serve(SHARED_FEED, rss("Shared", []), content_type="application/rss+xml")
    await follower(bot, 31, bot.site.url(SHARED_FEED))
    rounds = await asyncio.gather(*(p.poll_round() for p in pollers))
    assert sorted(r.feeds for r in rounds) == [0, 0, 1]
    assert bot.fetches(SHARED_FEED) == 1
    clock.now += timedelta(minutes=1)
    await asyncio.gather(*(p.poll_round() for p in pollers))
    assert bot.fetches(SHARED_FEED) == 1, "polled again before its interval"


async def test_a_worker_killed_mid_fetch_leaves_the_feed_to_another_after_the_claim(
    bot: BotRig, pollers: list[Poller], clock: Clock
) -> None:
    arrived = asyncio.Event()
    hang = True

    async def feed(request: web.Request) -> web.Response:
        if hang:
            arrived.set()
            await asyncio.sleep(3600)
        return web.Response(body=rss("Shared", []).encode(), content_type="application/rss+xml")

    bot.site.route(SHARED_FEED, feed)
    await follower(bot, 32, bot.site.url(SHARED_FEED))
    first, second, third = pollers
    first.policy = replace(first.policy, read_timeout=3600.0, total_timeout=3600.0)
    killed = asyncio.create_task(first.poll_round())
    await asyncio.wait_for(arrived.wait(), 30)
    killed.cancel()  # the worker dies mid-fetch, holding the claim
    await asyncio.gather(killed, return_exceptions=True)
    hang = False

    assert (await second.poll_round()).feeds == 0, "the claim still holds"
    clock.now += CLAIM - timedelta(seconds=1)
    assert (await third.poll_round()).feeds == 0
    clock.now += timedelta(seconds=1)
    rounds = await asyncio.gather(second.poll_round(), third.poll_round())
    assert sorted(r.feeds for r in rounds) == [0, 1]
    assert bot.fetches(SHARED_FEED) == 2  # the killed worker's and the one after its claim expired
