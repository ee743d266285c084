"""Channels and lost chats through the whole bot (RELIABILITY case 49): a channel connected from a
private chat gets its own topics and time and its digest posted there; when the bot is demoted in the
channel or kicked from a group, that chat's digests pause, the owner is told once, other chats are
served, and adding the bot back resumes the chat with its settings."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from digest.feeds.opml import OpmlFeed, build_opml, parse_opml
from handlers.chats.channels import CANNOT_SEE, NOT_ADMIN
from handlers.chats.rights import ADMINS_ONLY
from handlers.subscriptions.opml import NOTHING_TO_EXPORT_THERE
from handlers.subscriptions.poller import poller_of
from storage import articles, sources, topics, users
from tests.bot_plugin import BotRig, said
from tests.chats_plugin import GROUP, OWNER, START, Rig, chat_row, due_at, group_added_by_owner
from tests.daily_support import add_article, add_source, harbour_story, next_round
from tests.fake_telegram.server import FakeTelegram

STRANGER = 32
CHANNEL = -1007001
OTHER_CHANNEL = -1007002
FOLLOWING = (
    "Following “{topic}”. Matching articles go into your daily digest; in /topics you can switch it to "
    "instant alerts or remove it."
)
LANGUAGE_OF = (
    "<b>Language of {name}</b>\nIts daily digests are written in {language}. Pick another language "
    "for them; here I keep speaking your language with you."
)
CHANNEL_NOW_IN = "From now on the daily digests of <b>{name}</b> are written in {language}."


async def until_active(bot: BotRig, chat_id: int, timeout: float = 30.0) -> None:
    async with asyncio.timeout(timeout):
        while not (await chat_row(bot, chat_id)).active:
            await asyncio.sleep(0.02)


def posts(telegram: FakeTelegram, chat_id: int, text: str) -> int:
    return sum(1 for m in telegram.sent(chat_id) if text in m.text)


async def connect_channel(bot: BotRig) -> None:
    telegram = bot.telegram
    telegram.open_channel(CHANNEL, title="Harbour Wire", username="harbourwire")
    telegram.make_admin(CHANNEL, OWNER, creator=True)
    telegram.add_bot(CHANNEL, OWNER, admin=True)
    await bot.command(OWNER, "/start", contains="Hi!")
    await bot.command(OWNER, "/channel", contains="forward me any post")
    post = {"id": CHANNEL, "title": "Harbour Wire"}
    reply = await bot.say(OWNER, "Cranes are back", forward_from_chat=post)
    assert "Connected Harbour Wire" in reply.text, reply.text


async def test_a_channel_is_connected_set_up_from_private_and_gets_its_digest(rig: Rig) -> None:
    bot, clock = rig
    telegram = bot.telegram
    await connect_channel(bot)
    telegram.open_channel(OTHER_CHANNEL, title="Not mine", username="notmine")
    assert (await bot.command(STRANGER, "/channel @harbourwire", contains="")).text == NOT_ADMIN
    assert (await bot.command(OWNER, "/channel @notmine", contains="")).text == CANNOT_SEE

    await bot.command(OWNER, "/follow harbour cranes", contains="Following")
    await bot.command(OWNER, "/time 10:00", contains="Digest time: 10:00")
    await bot.command(OWNER, "/timezone", contains="Tap your timezone")
    await bot.say(OWNER, "Kyiv", contains="Timezone:")
    channel = await chat_row(bot, CHANNEL)
    private = await chat_row(bot, OWNER)
    assert (await users.get_preferences(bot.res.db, channel.id)).timezone == "Europe/Kyiv"
    assert (await users.get_preferences(bot.res.db, private.id)).timezone == "UTC"
    assert [t.query for t in await topics.list_topics(bot.res.db, channel.id)] == ["harbour cranes"]
    assert await topics.list_topics(bot.res.db, private.id) == []
    assert (await users.get_preferences(bot.res.db, channel.id)).digest_time == "10:00"
    assert (await users.get_preferences(bot.res.db, private.id)).digest_time == "09:00"

    due = await due_at(bot, CHANNEL)
    await harbour_story(bot.res.db, due - timedelta(hours=1))
    clock.set(due + timedelta(minutes=1))
    await next_round(bot.app)
    [digest] = [m for m in telegram.sent(CHANNEL) if "daily digest" in m.text]
    assert "Harbour cranes restart" in digest.text and digest.buttons == []  # readers can't use buttons

    chooser = await bot.command(OWNER, "/channel", contains="act on")
    telegram.press_button(OWNER, chooser.message_id, chooser.button("This private chat").callback_data)
    await telegram.wait_for(lambda: "act on this private chat" in chooser.text)
    await bot.command(OWNER, "/follow lighthouse", contains="Following")
    assert [t.query for t in await topics.list_topics(bot.res.db, private.id)] == ["lighthouse"]


async def test_demoted_in_a_channel_pauses_it_tells_the_owner_once_and_resumes_when_readded(
    rig: Rig,
) -> None:
    bot, clock = rig
    telegram = bot.telegram
    await bot.command(OWNER, "/time 10:00", contains="Digest time: 10:00")  # the private chat's
    await connect_channel(bot)
    await bot.command(OWNER, "/time 10:00", contains="Digest time: 10:00")  # the channel's
    due = await due_at(bot, CHANNEL)
    assert due == await due_at(bot, OWNER)
    feed = await harbour_story(bot.res.db, due - timedelta(hours=1))

    telegram.demote_bot(CHANNEL, OWNER, tell=False)  # nobody told the bot: the post itself fails
    clock.set(due + timedelta(minutes=1))
    stats = await next_round(bot.app)
    assert stats.blocked == 1 and stats.sent == 1, stats  # the private chat is still served
    notice = await telegram.wait_for_message(OWNER, "can no longer post in Harbour Wire")
    assert "paused" in notice.text
    channel = await chat_row(bot, CHANNEL)
    assert channel.status == "blocked"
    assert (await users.get_preferences(bot.res.db, channel.id)).next_due_at is None

    telegram.demote_bot(CHANNEL, OWNER)  # the late my_chat_member update: no second notice
    await telegram.wait_for(lambda: bot.app.update_processor.current_concurrent_updates == 0)
    clock.set(due + timedelta(days=1, minutes=1))
    await next_round(bot.app)
    assert posts(telegram, CHANNEL, "daily digest") == 0
    assert posts(telegram, OWNER, "can no longer post") == 1

    telegram.add_bot(CHANNEL, OWNER, admin=True)
    await until_active(bot, CHANNEL)
    prefs = await users.get_preferences(bot.res.db, channel.id)
    assert prefs.digest_time == "10:00" and prefs.next_due_at is not None
    clock.set(due + timedelta(days=2, minutes=1))
    fresh = clock() - timedelta(hours=1)
    await add_article(bot.res.db, feed, title="Ferry timetable changes", fetched_at=fresh)
    await next_round(bot.app)
    assert posts(telegram, CHANNEL, "daily digest") == 1


async def test_kicked_from_a_group_pauses_it_and_tells_who_added_the_bot_once(rig: Rig) -> None:
    bot, clock = rig
    telegram = bot.telegram
    await group_added_by_owner(bot)
    group = await chat_row(bot, GROUP)
    assert group.owner_telegram_id == OWNER and group.title == "Harbour readers"

    due = await due_at(bot, GROUP)
    before = len(telegram.sent(GROUP))
    telegram.kick_bot(GROUP, OWNER)
    notice = await telegram.wait_for_message(OWNER, "can no longer post in Harbour readers")
    assert "add me back and they resume" in notice.text
    assert (await chat_row(bot, GROUP)).status == "blocked"
    clock.set(due + timedelta(minutes=1))
    stats = await next_round(bot.app)
    assert stats.blocked == 0 and len(telegram.sent(GROUP)) == before
    assert posts(telegram, OWNER, "can no longer post") == 1

    telegram.add_bot(GROUP, OWNER)
    await bot.command(OWNER, "/time", chat_id=GROUP, contains="10:00")
    assert (await chat_row(bot, GROUP)).active


async def test_a_kick_noticed_only_by_a_send_pauses_the_group_once(rig: Rig) -> None:
    bot, clock = rig
    telegram = bot.telegram
    await group_added_by_owner(bot)
    await bot.command(OWNER, "/time 10:00", contains="Digest time: 10:00")
    due = await due_at(bot, GROUP)
    telegram.kick_bot(GROUP, OWNER, tell=False)
    clock.set(due + timedelta(minutes=1))
    stats = await next_round(bot.app)
    assert stats.blocked == 1 and stats.sent == 1, stats
    assert any(r.description == "Forbidden: bot was kicked from the group chat" for r in telegram.errors())
    await telegram.wait_for_message(OWNER, "can no longer post in Harbour readers")


async def test_a_channels_instant_alert_carries_only_the_articles_link(rig: Rig) -> None:
    bot, _ = rig
    telegram = bot.telegram
    await connect_channel(bot)
    await bot.command(OWNER, "/follow harbour cranes", contains="Following")
    listing = await bot.command(OWNER, "/topics", contains="harbour cranes")
    telegram.press_button(OWNER, listing.message_id, listing.button("→ instant").callback_data)
    await telegram.wait_for(lambda: "instant" in listing.text)
    feed = await add_source(bot.res.db, "wire", catalog=True)
    source = await sources.get_source(bot.res.db, feed)
    article = await add_article(bot.res.db, feed, title="Harbour cranes restart", fetched_at=START)
    stored = await articles.get_article(bot.res.db, article)
    assert await poller_of(bot.app).alerts.match(stored, source) == 1
    alert = await telegram.wait_for_message(CHANNEL, "New on your topic")
    assert [b.url is not None for b in alert.flat_buttons] == [True]  # "Open the original" only
    assert not any("New on your topic" in m.text for m in telegram.sent(OWNER))


async def test_a_channels_feed_notice_goes_to_its_managers_not_its_readers(rig: Rig) -> None:
    bot, _ = rig
    await connect_channel(bot)
    channel = await chat_row(bot, CHANNEL)
    notice = "I haven't been able to read <b>Wire</b> for a day."
    await poller_of(bot.app).alerts.tell(channel.id, lambda locale: notice)
    told = await bot.telegram.wait_for_message(OWNER, "haven't been able to read")
    assert told.text.startswith("Harbour Wire: ")
    assert not any("haven't been able" in m.text for m in bot.telegram.sent(CHANNEL))


async def test_the_private_chat_speaks_the_persons_language_and_the_channel_its_own(rig: Rig) -> None:
    """Managing a channel from a private chat, every reply there is in the language the person chose
    with /language (not their Telegram app's, and not the channel's); the channel starts in that
    language, /language while managing it changes the channel's, and its digest is written in it."""
    bot, clock = rig
    telegram = bot.telegram
    app = {"language_code": "de"}  # the person's Telegram app is German; they chose French here
    await bot.command(OWNER, "/start", contains="UTC+2", **app)  # the second reply: where are you?
    chosen = await bot.command(OWNER, "/language fr", contains="Français", **app)
    assert chosen.text == said("fr", "From now on I speak {language} here.", language="Français")
    telegram.open_channel(CHANNEL, title="Harbour Wire", username="harbourwire")
    telegram.make_admin(CHANNEL, OWNER, creator=True)
    telegram.add_bot(CHANNEL, OWNER, admin=True)
    await bot.command(OWNER, "/channel @harbourwire", contains="Harbour Wire", **app)
    assert (await chat_row(bot, CHANNEL)).locale == "fr", "a channel starts in its owner's language"

    follow = await bot.command(OWNER, "/follow harbour cranes", contains="", **app)
    assert follow.text == said("fr", FOLLOWING, topic="harbour cranes")
    menu = await bot.command(OWNER, "/settings", contains="", **app)
    assert said("fr", "<b>Settings</b>") in menu.text
    assert said("fr", "🗣 Bot language: <b>{language}</b>", language="Français") in menu.text

    picker = await bot.command(OWNER, "/language", contains="", **app)
    assert said("fr", LANGUAGE_OF, name="Harbour Wire", language="Français") == picker.text
    telegram.press_button(OWNER, picker.message_id, picker.button("Español").callback_data)
    note = said("fr", CHANNEL_NOW_IN, name="Harbour Wire", language="Español")
    await telegram.wait_for(lambda: note in picker.text)
    assert said("fr", "🗣 Bot language: <b>{language}</b>", language="Español") in picker.text
    assert (await chat_row(bot, CHANNEL)).locale == "es"
    assert (await chat_row(bot, OWNER)).locale == "fr", "the private chat keeps the person's language"
    again = await bot.command(OWNER, "/language it", contains="", **app)
    assert again.text == said("fr", CHANNEL_NOW_IN, name="Harbour Wire", language="Italiano")
    await bot.command(OWNER, "/language es", contains="", **app)

    telegram.demote_user(CHANNEL, OWNER)  # no longer an admin: the refusal speaks French too
    await telegram.wait_for(lambda: bot.app.update_processor.current_concurrent_updates == 0)
    refused = await bot.command(OWNER, "/follow ferries", contains="", **app)
    assert refused.text == said("fr", ADMINS_ONLY)
    telegram.make_admin(CHANNEL, OWNER, creator=True)
    await telegram.wait_for(lambda: bot.app.update_processor.current_concurrent_updates == 0)

    due = await due_at(bot, CHANNEL)
    await harbour_story(bot.res.db, due - timedelta(hours=1))
    clock.set(due + timedelta(minutes=1))
    await next_round(bot.app)
    [digest] = [m for m in telegram.sent(CHANNEL) if said("es", "Your daily digest") in m.text]
    assert "Harbour cranes restart" in digest.text
    assert not any(said("fr", "Your daily digest") in m.text for m in telegram.sent(CHANNEL))


async def test_opml_export_and_import_act_on_the_managed_channel_and_say_so(rig: Rig) -> None:
    bot, _ = rig
    telegram = bot.telegram
    await connect_channel(bot)
    empty = await bot.command(OWNER, "/opml", contains="")
    assert empty.text == said("en", NOTHING_TO_EXPORT_THERE, name="Harbour Wire")

    feeds = [OpmlFeed(bot.site.url("/feeds/one.rss"), "One"), OpmlFeed(bot.site.url("/feeds/two.rss"), "Two")]
    telegram.send_document(OWNER, "reader.opml", build_opml(feeds))
    summary = await telegram.wait_for_message(OWNER, "Imported")
    assert summary.text.startswith("Imported your list into Harbour Wire: 2 added"), summary.text
    channel = await chat_row(bot, CHANNEL)
    private = await chat_row(bot, OWNER)
    assert len(await sources.list_subscriptions(bot.res.db, channel.id)) == 2
    assert await sources.list_subscriptions(bot.res.db, private.id) == []

    await bot.command(OWNER, "/opml", contains="")
    sent = await telegram.wait_for(lambda: [m for m in telegram.bot_messages(OWNER) if m.document])
    [sent] = sent
    assert sent.caption.startswith("The 2 sources of Harbour Wire as OPML"), sent.caption
    assert [f.url for f in parse_opml(sent.document.data).feeds] == [f.url for f in feeds]


async def test_a_channel_nobody_gave_a_language_starts_in_the_language_of_its_posts(rig: Rig) -> None:
    """A channel has no language in Telegram. When neither the admin connecting it nor the one who
    added the bot says one (their apps send no language_code, nobody chose one with /language), the
    channel starts in the language of the post forwarded to connect it, not in English; the admin
    who added the bot, when their app says one, goes first."""
    bot, _ = rig
    telegram = bot.telegram
    unknown = {"language_code": None}
    telegram.open_channel(CHANNEL, title="Hafenwelle", username="hafenwelle")
    telegram.make_admin(CHANNEL, OWNER, creator=True)
    telegram.add_bot(CHANNEL, OWNER, admin=True, language_code=None)
    await bot.command(OWNER, "/start", contains="Hi!", **unknown)
    await bot.command(OWNER, "/channel", contains="forward me any post", **unknown)
    post = (
        "Die Kräne im Hamburger Hafen laufen wieder: Nach drei Tagen Streik haben sich die Beschäftigten "
        "und die Geschäftsführung auf einen neuen Tarifvertrag geeinigt."
    )
    reply = await bot.say(OWNER, post, forward_from_chat={"id": CHANNEL, "title": "Hafenwelle"}, **unknown)
    assert "Connected Hafenwelle" in reply.text, "the person is still answered in English"
    assert (await chat_row(bot, CHANNEL)).locale == "de"
    assert (await chat_row(bot, OWNER)).locale is None, "the person's own language is still unknown"

    telegram.open_channel(OTHER_CHANNEL, title="Harbour Wire", username="harbourwire")
    telegram.make_admin(OTHER_CHANNEL, STRANGER, creator=True)
    telegram.make_admin(OTHER_CHANNEL, OWNER)
    telegram.add_bot(OTHER_CHANNEL, STRANGER, admin=True, language_code="uk")
    await bot.command(OWNER, "/channel @harbourwire", contains="Connected Harbour Wire", **unknown)
    assert (await chat_row(bot, OTHER_CHANNEL)).locale == "uk"
