"""One instant alert per story survives a restart: the bot remembers in storage which stories it
alerted a user to, so another outlet's report of the same story after a restart stays quiet while a
new story still alerts."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from handlers.subscriptions.poller import KEY, PollStats, poller_of
from storage import sources, topics, users
from tests.bot_plugin import BotRig, start_bot
from tests.daily_support import Clock
from tests.fake_telegram.server import FakeTelegram
from tests.feed_support import poll_clock, rss
from tests.webserver import WebSite

TIMES = "/feeds/harbour-times.rss"
COURIER = "/feeds/coast-courier.rss"
CHAT = 81


def bridge_report(opening: str) -> str:
    """A report of the harbour bridge reopening, as any outlet might write it."""
    return (
        f"<p>{opening} The harbour bridge reopened to traffic on Tuesday morning after eleven weeks "
        "of repairs to its cables and expansion joints, the port authority said.</p>"
        "<p>Engineers replaced 42 suspension cables and six expansion joints, and the deck was "
        "resurfaced over its whole length of 800 metres.</p>"
        '<p>"We replaced everything we could reach and inspected everything we could not," chief '
        "engineer Lena Park told reporters at the bridge on Tuesday.</p>"
        "<p>Buses return to the bridge from Wednesday; lorries over 30 tonnes stay on the ring road "
        "until the final load test next month, the port authority said.</p>"
        "<p>The closure forced about 30,000 drivers a day onto the ring road, and ferry operators "
        "added two extra crossings each hour to carry commuters between the two banks of the harbour "
        "while the repairs went on.</p>"
        "<p>The repairs cost 48 million euros, four million more than planned, because corrosion "
        "inside two anchor chambers turned out to be worse than the first survey had shown.</p>"
    )


CYCLE_LANES = (
    "<p>The city council voted 31 to 12 on Monday evening to build protected cycle lanes along the "
    "whole of Station Road and Mill Street by the end of next year.</p>"
    "<p>The plan removes 140 parking spaces and adds planted kerbs between the lanes and the traffic; "
    "shop owners on Mill Street asked for loading bays, which the council agreed to keep.</p>"
    '<p>"People told us they would cycle if they felt safe, and now they will," councillor Omar '
    "Haddad said after the vote.</p>"
    "<p>Construction starts in the spring and the first section opens in September, the council said.</p>"
    "<p>Cycling groups, who had campaigned for the lanes for six years, gathered outside the town "
    "hall during the debate and cheered when the result was read out.</p>"
    "<p>The works will cost 12 million euros, two thirds of it paid by a national grant for safer "
    "streets; the rest comes from the city's transport budget over the next two years.</p>"
)


def serve(site: WebSite, path: str, title: str, items: list[dict[str, str]]) -> None:
    site.serve(path, rss(title, items), content_type="application/rss+xml")


def item(site: WebSite, guid: str, title: str, content: str) -> dict[str, str]:
    return {"guid": guid, "link": site.url(f"/stories/{guid}"), "title": title, "content": content}


async def poll(bot: BotRig, clock: Clock) -> PollStats:
    """One poll round driven by the test (the bot runs without its poll job: `unscheduled=(KEY,)`)."""
    poller = poller_of(bot.app)
    poller.clock = clock
    return await poller.poll_round()


async def test_another_outlets_report_after_a_restart_raises_no_second_alert(
    telegram: FakeTelegram, web_site: WebSite, tmp_path: Path
) -> None:
    database = tmp_path / "bot.sqlite3"
    settings = {"poll_tick_seconds": 3600.0, "feed_catalog_enabled": False}
    clock = poll_clock()
    site = web_site
    serve(site, TIMES, "Harbour Times", [item(site, "t-0", "Tides this week", "")])
    serve(site, COURIER, "Coast Courier", [item(site, "c-0", "Letters", "")])

    async with start_bot(telegram, site, database, unscheduled=(KEY,), **settings) as bot:
        telegram.open_chat(CHAT)
        db = bot.res.db
        user = await users.upsert_user(db, CHAT)
        await topics.add_topic(db, user.id, "harbour bridge", delivery="instant")
        await topics.add_topic(db, user.id, "cycle lanes", delivery="instant")
        for path in (TIMES, COURIER):
            source = await sources.add_source(db, site.url(path))
            await sources.subscribe(db, user.id, source.id)
        backlog = await poll(bot, clock)
        assert backlog.feeds == 2 and backlog.alerts == 0

        first = item(site, "t-1", "Harbour bridge reopens after repairs", bridge_report("By Ana Ruiz."))
        serve(site, TIMES, "Harbour Times", [first])
        clock.now += timedelta(hours=7)
        alerted = await poll(bot, clock)
        assert alerted.alerts == 1, alerted
        await telegram.wait_for_message(CHAT, "Harbour bridge reopens after repairs")

    async with start_bot(telegram, site, database, unscheduled=(KEY,), **settings) as bot:
        same_story = item(
            site, "c-1", "Harbour bridge open again after eleven weeks", bridge_report("From our reporter.")
        )
        new_story = item(site, "c-2", "Council approves cycle lanes on Station Road", CYCLE_LANES)
        serve(site, COURIER, "Coast Courier", [same_story, new_story])
        clock.now += timedelta(hours=7)
        after_restart = await poll(bot, clock)
        assert after_restart.digested == 2 and after_restart.alerts == 1, after_restart
        await telegram.wait_for_message(CHAT, "Council approves cycle lanes")
    alerts = [m.text for m in telegram.bot_messages(CHAT) if "New on your topic" in m.text]
    assert len(alerts) == 2 and not any("open again" in text for text in alerts)
