"""`/digest` with no argument: the daily digest now, as a preview; and the digest's "More on n" buttons.

The preview picks stories exactly as the daily round would (since the last digest, same topics,
sources and settings) but claims nothing and leaves the schedule alone. `/digest URL` is still the
link conversation's (`handlers.reading.links`). "More on n" sends the full digest of item n's article,
with the usual buttons.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from handlers.chats import membership, rights
from handlers.daily import digests
from handlers.daily.digests import DigestTiming, compose, last_digest_at, since_for
from handlers.i18n import t
from handlers.reading import links
from handlers.reading.links import send_article
from handlers.telegram.callbacks import EXPIRED, VERSION, Action, answer_query, unpack
from handlers.telegram.context import resources
from storage import articles, schedule, users

BUTTONS = f"^{VERSION}{Action.STORY.value}:"


async def digest_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/digest URL digests a link; /digest alone previews today's daily digest (of the channel chosen
    with /channel, from a private chat that manages one)."""
    if context.args:
        await links.digest_command(update, context)
        return
    res = resources(context)
    where = await rights.place(update, context)
    if where is None:
        return
    user = where.user
    prefs = await users.get_preferences(res.db, user.id)
    now = res.clock()
    last = await last_digest_at(res.db, user.id, prefs.last_digest_date)
    since = since_for(last, now, DigestTiming.from_settings(res.settings).first_lookback)
    index = await digests.digests_of(context.application).shared_index(since)
    day = schedule.local_date(now, prefs.timezone)
    texts, keyboard = await compose(res.db, index, user.id, day=day, since=since, now=now, preview=True)
    await res.sender.send_all(update.effective_chat.id, texts, reply_markup=keyboard)


async def on_story_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """"More on n": the full digest of that item's lead article, as a new message."""
    query = update.callback_query
    data = unpack(query.data)
    res = resources(context)
    here = await membership.arrive(res.db, update)
    user, locale = here.user, here.locale
    stored = None
    if data is not None and data.args and data.args[0].isdigit():
        stored = await articles.get_article(res.db, data.int_arg(0))
    if stored is None or user is None:
        await answer_query(query, t(locale, EXPIRED))
        return
    await answer_query(query)
    choice = (await users.get_preferences(res.db, user.id)).article_preview
    await send_article(res, update.effective_chat.id, f"a{stored.id}", stored.digest, locale, choice)
