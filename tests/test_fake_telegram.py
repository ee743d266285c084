"""The fake Telegram Bot API server, driven by the real python-telegram-bot over loopback HTTP."""

from __future__ import annotations

import asyncio
import html
import json
from datetime import timedelta

import aiohttp
import pytest
from aiohttp import web
from hypothesis import assume, given
from hypothesis import strategies as st
from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    ReplyParameters,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    RetryAfter,
    TimedOut,
)
from telegram.ext import AIORateLimiter, CallbackQueryHandler, ContextTypes, ExtBot, MessageHandler, filters
from telegram.request import HTTPXRequest

from tests.fake_telegram.html_check import HtmlError, parse_html, utf16_len
from tests.fake_telegram.limits import RateLimits
from tests.fake_telegram.plugin import running
from tests.fake_telegram.server import FakeTelegram

USER = 1001


@pytest.fixture
async def bot(telegram: FakeTelegram):
    telegram.open_chat(USER)
    async with telegram.make_bot() as bot:
        yield bot


async def test_get_me_returns_the_bot_user(bot: Bot, telegram: FakeTelegram) -> None:
    me = await bot.get_me()
    assert me.is_bot
    assert me.id == int(telegram.token.split(":")[0])
    assert me.username == "digest_test_bot"


async def test_send_message_is_kept_with_text_html_entities_and_buttons(
    bot: Bot, telegram: FakeTelegram
) -> None:
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("More", callback_data="more:1"),
                InlineKeyboardButton("Open", url="https://example.org/a?b=1&c=2"),
            ]
        ]
    )
    html = '<b>Title</b> &amp; <a href="https://example.org/a?b=1&amp;c=2">link</a> 😀'
    sent = await bot.send_message(
        USER,
        html,
        parse_mode=ParseMode.HTML,
        reply_markup=markup,
        link_preview_options=LinkPreviewOptions(is_disabled=True),
    )
    assert sent.message_id == 1
    assert sent.text == "Title & link 😀"
    assert sent.entities[1].url == "https://example.org/a?b=1&c=2"
    stored = telegram.messages(USER)[0]
    assert stored.html == html
    assert stored.button("More").callback_data == "more:1"
    assert stored.link_preview_options == {"is_disabled": True}
    assert [(await bot.send_message(USER, t)).text for t in ("true", "12")] == ["true", "12"]
    second = await bot.send_message(USER, "plain", reply_to_message_id=sent.message_id)
    assert second.message_id == 4
    assert second.reply_to_message is not None and second.reply_to_message.message_id == 1


@pytest.mark.parametrize(
    ("html", "description"),
    [
        ("<br>", 'Unsupported start tag "br"'),
        ("<b>bold", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b><i>x</b></i>", "Unmatched end tag"),
        ("</b>", "Unexpected end tag"),
        ("1 < 2", 'Unsupported start tag ""'),
        ("AT&T", 'Character "&" must be escaped'),
        ("&nbsp;", 'Unsupported HTML entity "&nbsp;"'),
        ('<a href="https://a.org"><a href="https://b.org">x</a></a>', 'Tag "a" can\'t be nested'),
        ('<span class="x">y</span>', 'Tag "span" must have class "tg-spoiler"'),
        ('<a href="javascript:alert(1)">x</a>', "Invalid URL"),
    ],
)
async def test_html_telegram_cannot_parse_is_rejected(bot: Bot, html: str, description: str) -> None:
    with pytest.raises(BadRequest, match="Can't parse entities") as caught:
        await bot.send_message(USER, html, parse_mode=ParseMode.HTML)
    assert description.lower() in caught.value.message.lower()


def test_html_parser_gives_telegram_entities_in_utf16_units() -> None:
    text, entities = parse_html(
        '😀 <b>bold <i>both</i></b> <tg-spoiler>s</tg-spoiler> <span class="tg-spoiler">t</span> '
        '<pre><code class="language-python">x = 1</code></pre><blockquote expandable>q</blockquote>'
        '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji> &#x1F600;&quot;&#39;'
    )
    assert text == "😀 bold both s t x = 1q👍 😀\"'"
    assert entities == [
        {"offset": 3, "length": 9, "type": "bold"},
        {"offset": 8, "length": 4, "type": "italic"},
        {"offset": 13, "length": 1, "type": "spoiler"},
        {"offset": 15, "length": 1, "type": "spoiler"},
        {"offset": 17, "length": 5, "type": "pre", "language": "python"},
        {"offset": 22, "length": 1, "type": "expandable_blockquote"},
        {"offset": 23, "length": 2, "type": "custom_emoji", "custom_emoji_id": "5368324170671202286"},
    ]
    assert utf16_len(text) == len(text) + 3


def test_html_parser_reports_byte_offsets_like_telegram() -> None:
    with pytest.raises(HtmlError, match="at byte offset 6"):
        parse_html("é é <x>")


async def test_too_long_text_counts_utf16_units_after_entity_parsing(bot: Bot) -> None:
    fits = "😀" * 2048
    assert (await bot.send_message(USER, f"<b>{fits}</b>", parse_mode=ParseMode.HTML)).text == fits
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(USER, fits + "x")
    with pytest.raises(BadRequest, match="Message text is empty"):
        await bot.send_message(USER, "<b> </b>", parse_mode=ParseMode.HTML)


async def test_callback_data_over_64_bytes_is_rejected(bot: Bot) -> None:
    ok = InlineKeyboardMarkup([[InlineKeyboardButton("ok", callback_data="é" * 32)]])
    await bot.send_message(USER, "fits", reply_markup=ok)
    too_long = InlineKeyboardMarkup([[InlineKeyboardButton("no", callback_data="é" * 32 + "x")]])
    with pytest.raises(BadRequest, match="Button_data_invalid"):
        await bot.send_message(USER, "too long", reply_markup=too_long)


async def test_edit_delete_and_their_errors(bot: Bot, telegram: FakeTelegram) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Less", callback_data="less")]])
    sent = await bot.send_message(USER, "one", reply_markup=markup)
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text("one", USER, sent.message_id, reply_markup=markup)
    edited = await bot.edit_message_text("<i>two</i>", USER, sent.message_id, parse_mode=ParseMode.HTML)
    assert isinstance(edited, type(sent)) and edited.text == "two"
    live = telegram.messages(USER)[0]
    assert (live.text, live.history, live.buttons) == ("two", ["one"], [])
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("x", USER, 99)
    assert await bot.delete_message(USER, sent.message_id)
    assert live.deleted
    with pytest.raises(BadRequest, match="Message to delete not found"):
        await bot.delete_message(USER, sent.message_id)
    assert [e.kind for e in telegram.transcript(USER)] == ["send", "edit", "delete"]


async def test_blocked_chat_answers_forbidden(bot: Bot, telegram: FakeTelegram) -> None:
    telegram.block(USER)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(USER, "hello")
    telegram.unblock(USER)
    await bot.send_message(USER, "hello again")


async def test_migrated_group_answers_with_the_new_chat_id(bot: Bot, telegram: FakeTelegram) -> None:
    telegram.open_chat(-4001)
    telegram.migrate(-4001, -1004001)
    with pytest.raises(ChatMigrated) as caught:
        await bot.send_message(-4001, "hello")
    assert caught.value.new_chat_id == -1004001
    await bot.send_message(-1004001, "hello")


async def test_unknown_chat_and_unknown_method(bot: Bot, telegram: FakeTelegram) -> None:
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(777, "hello")
    with pytest.raises(EndPointNotFound, match="sendPigeon"):
        await bot.do_api_request("sendPigeon", api_kwargs={"chat_id": USER})
    assert telegram.requests[-1].status == 404


async def test_json_bodies_work_and_malformed_parameters_are_a_bad_request(telegram: FakeTelegram) -> None:
    telegram.open_chat(USER)
    url = f"{telegram.base_url}{telegram.token}"
    async with aiohttp.ClientSession() as session:
        async with session.post(f"{url}/sendMessage", json={"chat_id": str(USER), "text": "hi"}) as ok:
            assert (await ok.json())["result"]["text"] == "hi"
        async with session.post(f"{url}/setMyCommands", json={"commands": ["start"]}) as bad:
            body = await bad.json()
    assert bad.status == 400 and body["description"].startswith("Bad Request: malformed parameters")


async def test_per_chat_flood_limit_answers_retry_after(bot: Bot, telegram: FakeTelegram) -> None:
    telegram.limits = RateLimits(chat_per_second=1, chat_burst=3)
    telegram.flood.clock = lambda: 0.0  # no refill between the sends, however slow the machine
    for n in range(3):
        await bot.send_message(USER, f"burst {n}")
    with pytest.raises(RetryAfter):
        await bot.send_message(USER, "one too many")
    assert telegram.requests[-1].description == "Too Many Requests: retry after 1"
    assert [r.status for r in telegram.requests if r.method == "sendMessage"] == [200, 200, 200, 429]


async def test_overall_flood_limit_spans_chats(bot: Bot, telegram: FakeTelegram) -> None:
    telegram.limits = RateLimits(overall_per_second=30, overall_burst=5)
    telegram.flood.clock = lambda: 0.0  # no refill between the sends, however slow the machine
    for chat in range(2000, 2006):
        telegram.open_chat(chat)
    results = await asyncio.gather(
        *(bot.send_message(c, "hi") for c in range(2000, 2006)), return_exceptions=True
    )
    assert sum(isinstance(r, RetryAfter) for r in results) == 1


async def test_aio_rate_limiter_keeps_group_sends_within_limits(telegram: FakeTelegram) -> None:
    # The server judges arrival times, the limiter its own release times: a loaded machine delays
    # some requests more than others (a new connection, a late wake-up) and bunches them up. Like
    # Telegram, the server tolerates that with two tokens more than the limiter's burst of 3 and a
    # faster refill (2/s against 1.5/s): over 6 or more sends that absorbs 1.5 s of uneven delay.
    telegram.limits = RateLimits(group_per_minute=120, group_burst=5)
    texts = [f"n{n}" for n in range(8)]
    telegram.open_chat(-5001)
    limiter = AIORateLimiter(group_max_rate=3, group_time_period=2.0)
    async with ExtBot(telegram.token, base_url=telegram.base_url, rate_limiter=limiter) as bot:
        await asyncio.gather(*(bot.send_message(-5001, text) for text in texts))
    assert sorted(m.text for m in telegram.sent(-5001)) == texts
    assert not telegram.errors()

    # The same sends unpaced break the limit (no refill, however slow the machine): the server's
    # tolerance does not hide a missing limiter.
    telegram.flood.reset()
    telegram.flood.clock = lambda: 0.0
    async with telegram.make_bot() as bot:
        results = await asyncio.gather(
            *(bot.send_message(-5001, text) for text in texts), return_exceptions=True
        )
    assert sum(isinstance(r, RetryAfter) for r in results) == len(texts) - 5


async def test_fail_next_injects_any_error_once(bot: Bot, telegram: FakeTelegram) -> None:
    telegram.fail_next("sendMessage", retry_after=3)
    with pytest.raises(RetryAfter):
        await bot.send_message(USER, "first")
    await bot.send_message(USER, "second")
    telegram.fail_next("sendMessage", 403)
    with pytest.raises(Forbidden):
        await bot.send_message(USER, "third")
    assert [m.text for m in telegram.sent(USER)] == ["second"]


async def test_timeout_next_delivers_but_the_client_times_out(telegram: FakeTelegram) -> None:
    telegram.open_chat(USER)
    async with telegram.make_bot() as bot:  # the default timeouts for getMe; a short one for the hung calls
        telegram.timeout_next("sendMessage")
        with pytest.raises(TimedOut):
            await bot.send_message(USER, "maybe", read_timeout=0.3)
        assert [m.text for m in telegram.sent(USER)] == ["maybe"]
        telegram.timeout_next("sendMessage", deliver=False)
        with pytest.raises(TimedOut):
            await bot.send_message(USER, "never", read_timeout=0.3)
        assert [m.text for m in telegram.sent(USER)] == ["maybe"]


async def test_long_polling_delivers_an_update_and_offsets_confirm_it(
    bot: Bot, telegram: FakeTelegram
) -> None:
    assert await bot.get_updates(timeout=0) == ()
    poll = asyncio.create_task(bot.get_updates(timeout=60))
    await telegram.wait_for(lambda: any(r.method == "getUpdates" for r in telegram.requests[1:]))
    assert not poll.done()
    message_id = telegram.send_text(USER, "see https://example.org/story now")
    (update,) = await asyncio.wait_for(poll, 30)  # the update ends the poll, long before its 60 s
    assert update.message.message_id == message_id
    assert update.message.parse_entities() == {update.message.entities[0]: "https://example.org/story"}
    again = await bot.get_updates(timeout=0)
    assert [u.update_id for u in again] == [update.update_id]
    assert await bot.get_updates(offset=update.update_id + 1, timeout=0) == ()


async def test_a_second_poller_terminates_the_first(bot: Bot, telegram: FakeTelegram) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=60))  # ended by the second poller, not by this
    await telegram.wait_for(lambda: len(telegram.requests) >= 2)
    async with telegram.make_bot() as second_instance:
        await second_instance.get_updates(timeout=0)
    with pytest.raises(Conflict, match="terminated by other getUpdates request"):
        await first


async def test_documents_go_both_ways(bot: Bot, telegram: FakeTelegram) -> None:
    sent = await bot.send_document(
        USER, b'{"saved": []}', filename="export.json", caption="<b>Export</b>", parse_mode=ParseMode.HTML
    )
    assert sent.document.file_name == "export.json"
    stored = telegram.sent(USER)[0]
    assert stored.document is not None and json.loads(stored.document.data) == {"saved": []}
    assert stored.caption == "Export"
    opml = b"<opml version='2.0'><body/></opml>"
    telegram.send_document(USER, "feeds.opml", opml)
    (update,) = await bot.get_updates(timeout=0)
    file = await update.message.document.get_file()
    assert bytes(await file.download_as_bytearray()) == opml


async def test_button_presses_and_callback_answers(bot: Bot, telegram: FakeTelegram) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Save", callback_data="save:1")]])
    sent = await bot.send_message(USER, "digest", reply_markup=markup)
    with pytest.raises(ValueError, match="no button"):
        telegram.press_button(USER, sent.message_id, "nope")
    query_id = telegram.press_button(USER, sent.message_id, "save:1")
    (update,) = await bot.get_updates(timeout=0)
    assert telegram.unanswered_queries() == [query_id]
    assert update.callback_query.data == "save:1"
    assert update.callback_query.message.message_id == sent.message_id
    await update.callback_query.answer("Saved")
    assert telegram.callback_answers == [{"callback_query_id": query_id, "text": "Saved"}]
    assert telegram.unanswered_queries() == []
    with pytest.raises(BadRequest, match="Query is too old"):
        await update.callback_query.answer("again")


async def test_user_side_updates_look_like_telegrams(bot: Bot, telegram: FakeTelegram) -> None:
    telegram.send_command(USER, "/start hello")
    telegram.send_text(USER, "forwarded https://news.example/a", forward_from_chat="Daily News")
    telegram.send_text(USER, "caption https://news.example/b", caption=True)
    telegram.send_text(USER, "in a group", chat_id=-3001)
    start, forwarded, captioned, group = await bot.get_updates(timeout=0)
    assert start.message.text == "/start hello" and start.message.entities[0].type == "bot_command"
    assert forwarded.message.forward_origin.chat.title == "Daily News"
    assert captioned.message.photo and captioned.message.caption_entities[0].type == "url"
    assert group.message.chat.type == "group" and group.message.from_user.id == USER


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_html(f"<b>echo:</b> {update.effective_message.text}")


async def test_application_with_polling_answers_a_user(telegram: FakeTelegram) -> None:
    application = telegram.application_builder().rate_limiter(AIORateLimiter()).build()
    application.add_handler(MessageHandler(filters.TEXT, echo))
    application.add_handler(CallbackQueryHandler(lambda u, c: u.callback_query.answer("ok")))
    async with running(application):
        telegram.send_text(USER, "hello")
        reply = await telegram.wait_for_message(USER, "echo:")
    assert reply.text == "echo: hello"
    assert reply.entities == [{"offset": 0, "length": 5, "type": "bold"}]
    assert not telegram.errors()


async def test_long_poll_ends_empty_at_its_timeout(bot: Bot) -> None:
    loop = asyncio.get_running_loop()
    started = loop.time()
    assert await bot.get_updates(timeout=timedelta(milliseconds=200)) == ()
    assert 0.15 < loop.time() - started < 4  # a poll that ignored its timeout would hit the 5 s read timeout


async def test_get_updates_limit_negative_offset_and_allowed_updates(
    bot: Bot, telegram: FakeTelegram
) -> None:
    ids = [telegram.send_text(USER, f"m{n}") for n in range(3)]
    assert [u.message.message_id for u in await bot.get_updates(timeout=0, limit=2)] == ids[:2]
    assert await bot.get_updates(timeout=0, allowed_updates=["callback_query"]) == ()
    assert [u.message.message_id for u in await bot.get_updates(offset=-1, timeout=0)] == ids[2:]
    assert [u.message.message_id for u in await bot.get_updates(timeout=0)] == ids[2:]


async def test_a_wrong_token_is_unauthorized(telegram: FakeTelegram) -> None:
    with pytest.raises(InvalidToken):
        async with Bot("123456:wrong", base_url=telegram.base_url):
            pass
    assert telegram.requests[-1].status == 401


async def test_caption_button_url_and_reply_target_are_checked(bot: Bot) -> None:
    with pytest.raises(BadRequest, match="Message caption is too long"):
        await bot.send_document(USER, b"x", filename="a.txt", caption="c" * 1025)
    bad_url = InlineKeyboardMarkup([[InlineKeyboardButton("Open", url="not a url")]])
    with pytest.raises(BadRequest, match="Button_url_invalid"):
        await bot.send_message(USER, "hi", reply_markup=bad_url)
    with pytest.raises(BadRequest, match="Message to be replied not found"):
        await bot.send_message(USER, "hi", reply_to_message_id=42)
    lenient = ReplyParameters(message_id=42, allow_sending_without_reply=True)
    assert (await bot.send_message(USER, "hi", reply_parameters=lenient)).reply_to_message is None


async def test_blocking_sends_member_updates_writing_unblocks(bot: Bot, telegram: FakeTelegram) -> None:
    telegram.block(USER)
    telegram.send_command(USER, "/start")
    kicked, member, start = await bot.get_updates(timeout=0)
    assert kicked.my_chat_member.new_chat_member.status == "kicked"
    assert member.my_chat_member.new_chat_member.status == "member"
    assert start.message.text == "/start"
    await bot.send_message(USER, "welcome back")


async def test_migration_sends_both_service_messages_and_moves_users(
    bot: Bot, telegram: FakeTelegram
) -> None:
    telegram.send_text(USER, "before", chat_id=-4002)
    telegram.migrate(-4002, -1004002)
    telegram.send_text(USER, "after", chat_id=-4002)
    _, to_new, from_old, after = await bot.get_updates(timeout=0)
    assert to_new.message.migrate_to_chat_id == -1004002
    assert from_old.message.migrate_from_chat_id == -4002
    assert after.message.chat.id == -1004002 and after.message.chat.type == "supergroup"


async def test_wait_for_fails_with_the_transcript(telegram: FakeTelegram) -> None:
    telegram.send_text(USER, "is anyone there?")
    with pytest.raises(AssertionError, match="is anyone there"):
        await telegram.wait_for(lambda: telegram.bot_messages(USER), timeout=0.1)


async def test_aio_rate_limiter_defaults_pass_the_default_limits(telegram: FakeTelegram) -> None:
    chats = range(3000, 3075)  # more than the overall burst: unpaced, 15 of these would be refused
    for chat in chats:
        telegram.open_chat(chat)
    request = HTTPXRequest(connection_pool_size=256)  # as an Application's bot: no queue for one connection
    bot = ExtBot(telegram.token, base_url=telegram.base_url, rate_limiter=AIORateLimiter(), request=request)
    async with bot:
        await asyncio.gather(*(bot.send_message(c, "news") for c in chats))
    assert not telegram.errors()
    # Released 30 at once, the other 45 at 30/s; what reaches the server is judged with its own
    # tolerance (a burst of 60), so the sends past it came at least half a second after the first.
    limits = telegram.limits
    sends = sorted(r.time for r in telegram.requests if r.method == "sendMessage")
    assert sends[-1] - sends[0] >= (len(chats) - limits.overall_burst) / limits.overall_per_second


async def test_edit_caption_and_bulk_delete(bot: Bot, telegram: FakeTelegram) -> None:
    doc = await bot.send_document(USER, b"{}", filename="export.json", caption="first")
    edited = await bot.edit_message_caption(USER, doc.message_id, caption="<i>second</i>", parse_mode="HTML")
    assert edited.caption == "second"
    note = await bot.send_message(USER, "note")
    assert await bot.delete_messages(USER, [doc.message_id, note.message_id])
    assert all(m.deleted for m in telegram.sent(USER))


async def test_webhook_mode_posts_updates_in_order_with_secret_and_retries(
    telegram: FakeTelegram,
) -> None:
    received: list[dict[str, object]] = []
    answers = iter([500])

    async def hook(request: web.Request) -> web.Response:
        assert request.headers["X-Telegram-Bot-Api-Secret-Token"] == "s3cret"
        status = next(answers, 200)
        if status == 200:
            received.append(await request.json())
        return web.Response(status=status)

    app = web.Application()
    app.router.add_post("/hook", hook)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        async with telegram.make_bot() as bot:
            await bot.set_webhook(f"http://127.0.0.1:{port}/hook", secret_token="s3cret")
            with pytest.raises(Conflict, match="webhook is active"):
                await bot.get_updates(timeout=0)
            first = telegram.send_text(USER, "one")
            second = telegram.send_text(USER, "two")
            await telegram.wait_for(lambda: len(received) == 2)
            assert [u["message"]["message_id"] for u in received] == [first, second]  # type: ignore[index]
            assert [status for _, status in telegram.webhook_attempts] == [500, 200, 200]
            assert "500" in (await bot.get_webhook_info()).last_error_message
            await bot.delete_webhook()
            telegram.send_text(USER, "three")
            assert [u.message.text for u in await bot.get_updates(timeout=0)] == ["three"]
    finally:
        await runner.cleanup()


@given(st.text())
def test_escaped_text_parses_back_to_itself(text: str) -> None:
    assume("\x00" not in text and not any(0xD800 <= ord(c) <= 0xDFFF for c in text))
    parsed, entities = parse_html(f"<b>{html.escape(text)}</b>")
    assert parsed == text
    assert entities == ([{"offset": 0, "length": utf16_len(text), "type": "bold"}] if text else [])


@given(st.text(alphabet=st.sampled_from(list("<>&/=\"' abiuprecodlqkt-;#x1")), max_size=40))
def test_the_parser_only_ever_fails_with_telegrams_error(source: str) -> None:
    try:
        text, entities = parse_html(source)
    except HtmlError as exc:
        assert exc.description.startswith("Bad Request: can't parse entities: ")
    else:
        assert all(e["offset"] >= 0 and e["offset"] + e["length"] <= utf16_len(text) for e in entities)
