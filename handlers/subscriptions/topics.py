"""/follow QUERY (alias /subscribe) and /topics: follow keyword topics, list them, remove or retime them.

A query is checked by `digest.stories.topics.parse_query` before anything is stored; a bad one (empty, too
long, only exclusions, an open quote, or code rather than words) gets one sentence with examples.
/topics shows each topic with a remove button and a daily ⇄ instant button; the buttons carry only
the topic id, so a long topic in any script still fits Telegram's 64-byte limit, and a button for a
topic that is gone answers "This button has expired."
"""

from __future__ import annotations

import html
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from digest.stories.topics import QueryError, parse_query
from handlers.chats import rights
from handlers.failures import describe
from handlers.i18n import N_, t
from handlers.subscriptions.lists import View, send_list, short_label
from handlers.telegram.callbacks import EXPIRED, SEPARATOR, VERSION, Action, answer_query, pack, unpack
from handlers.telegram.context import resources
from storage import topics
from storage.db import Database

BUTTONS = f"^{VERSION}{Action.TOPIC.value}({SEPARATOR}|$)"
MAX_TOPICS = 50
EXAMPLES = N_(
    "<code>/follow climate</code>\n"
    '<code>/follow "interest rates" -crypto</code>\n'
    "<code>/follow Kherson OR Odesa</code>"
)
USAGE = N_(
    'Send /follow and the words to look for. Use "quotes" for an exact phrase, -word to leave '
    "out, OR between alternatives. For example:\n{examples}"
)
NOT_WORDS = N_(
    "A topic is plain words and phrases, not code; leave out characters like ; = &lt; &gt; and "
    "try, for example:\n{examples}"
)
TOO_MANY = N_("You follow {count} topics already; remove one in /topics before adding another.")
NONE_YET = N_("You don't follow any topics yet. Send /follow and words to look for, for example:\n{examples}")
_CODE = re.compile(r"[;=<>{}\[\]\\`]|--|/\*|\*/")
_MODES = {"daily": N_("in your daily digest"), "instant": N_("instant alerts")}


def check_query(text: str, locale: str | None = None) -> str | None:
    """The message explaining why `text` cannot be a topic, or None when it can."""
    if not text.strip():
        return t(locale, USAGE, examples=t(locale, EXAMPLES))
    try:
        parse_query(text)
    except QueryError as err:
        more = t(locale, "More examples:")
        return f"{html.escape(describe(err, locale), quote=False)}\n\n{more}\n{t(locale, EXAMPLES)}"
    if _CODE.search(text):
        return t(locale, NOT_WORDS, examples=t(locale, EXAMPLES))
    return None


def _command_argument(update: Update) -> str:
    """Everything after the command, exactly as typed (quotes and all)."""
    text = update.effective_message.text or ""
    parts = text.split(maxsplit=1)
    return " ".join(parts[1].split()) if len(parts) > 1 else ""


async def follow_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/follow QUERY and /subscribe QUERY."""
    res = resources(context)
    chat_id = update.effective_chat.id
    where = await rights.changing(update, context)
    if where is None:
        return
    query = _command_argument(update)
    user, locale = where.user, where.locale
    problem = check_query(query, locale)
    if problem is not None:
        await res.sender.send(chat_id, problem)
        return
    if await rights.throttled(update, context, where):
        return
    existing = await topics.list_topics(res.db, user.id)
    if len(existing) >= MAX_TOPICS and all(topic.query != query for topic in existing):
        await res.sender.send(chat_id, t(locale, TOO_MANY, count=MAX_TOPICS))
        return
    topic, new = await topics.add_topic(res.db, user.id, query)
    shown = html.escape(topic.query, quote=False)
    if not new:
        mode = t(locale, _MODES[topic.delivery])
        await res.sender.send(
            chat_id, t(locale, "You already follow “{topic}” ({mode}); see /topics.", topic=shown, mode=mode)
        )
        return
    await res.sender.send(
        chat_id,
        t(
            locale,
            "Following “{topic}”. Matching articles go into your daily digest; in /topics you can "
            "switch it to instant alerts or remove it.",
            topic=shown,
        ),
    )


def topics_view(followed: list[topics.Topic], *, buttons: bool = True, locale: str | None = None) -> View:
    """The /topics message and its buttons (none for a reader who may not change them)."""
    if not followed:
        return t(locale, NONE_YET, examples=t(locale, EXAMPLES)), None
    lines = [t(locale, "<b>Your topics</b>")]
    rows = []
    for number, topic in enumerate(followed, start=1):
        mode = t(locale, "⚡ instant") if topic.delivery == "instant" else t(locale, "daily")
        lines.append(f"{number}. {html.escape(topic.query, quote=False)} · <i>{mode}</i>")
        switch = "daily" if topic.delivery == "instant" else "instant"
        remove = pack(Action.TOPIC, "r", topic.id)
        retime = pack(Action.TOPIC, switch[0], topic.id)
        label = t(locale, "→ daily") if switch == "daily" else t(locale, "→ instant")
        rows.append(
            [
                InlineKeyboardButton(f"✕ {short_label(topic.query)}", callback_data=remove),
                InlineKeyboardButton(label, callback_data=retime),
            ]
        )
    lines.append("\n" + t(locale, "Instant topics send an alert as soon as a matching article arrives."))
    return "\n".join(lines), InlineKeyboardMarkup(rows) if buttons else None


async def _view(db: Database, user_id: int, *, buttons: bool = True, locale: str | None = None) -> View:
    return topics_view(await topics.list_topics(db, user_id), buttons=buttons, locale=locale)


async def topics_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/topics (without buttons for a group member who is not an admin)."""
    await send_list(update, context, _view)


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Remove, → instant and → daily under the /topics list."""
    query = update.callback_query
    res = resources(context)
    data = unpack(query.data)
    where = await rights.changing(update, context)
    if where is None:
        return
    user, locale = where.user, where.locale
    answer = expired = t(locale, EXPIRED)
    if data is not None and len(data.args) == 2 and data.args[1].isdigit():
        op, topic_id = data.args[0], int(data.args[1])
        topic = await topics.get_topic(res.db, user.id, topic_id)
        if topic is not None and op == "r":
            await topics.remove_topic(res.db, user.id, topic_id)
            answer = t(locale, "Stopped following “{topic}”.", topic=short_label(topic.query, 40))
        elif topic is not None and op in ("i", "d"):
            delivery = "instant" if op == "i" else "daily"
            await topics.set_delivery(res.db, user.id, topic_id, delivery)
            mode = t(locale, _MODES[delivery])
            answer = t(locale, "“{topic}”: {mode}.", topic=short_label(topic.query, 40), mode=mode)
        message = query.message
        if answer != expired and message is not None:
            text, keyboard = await _view(res.db, user.id, locale=locale)
            await res.sender.edit(message.chat_id, message.message_id, text, reply_markup=keyboard)
    await answer_query(query, answer)
