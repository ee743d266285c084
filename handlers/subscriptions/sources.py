"""/add URL and /sources: subscribe to feeds (by their own URL or a site's), list, pause, remove.

A feed URL is accepted when `parse_feed` can read what it serves. Any other page is searched for
feeds (`discover_feeds`): the feeds it declares or links are all tried, and when none works the
site's common feed paths, until one parses. One feed found: subscribed at once, answered with its
title and three newest headlines. Several: a button each; the choices are stored for that chat for
a day (`storage.pending`), so the buttons work after a restart and on any bot process, and the
chosen feed is fetched again when picked. A newly known feed is read at once, so its articles
reach topics and the daily digest without waiting for the next poll round.
"""

from __future__ import annotations

import asyncio
import html
from dataclasses import dataclass
from datetime import timedelta

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, ContextTypes

from digest.errors import DigestError
from digest.feeds.discovery import COMMON_PATHS, discover_feeds
from digest.feeds.parse import parse_feed
from digest.models import Feed, Page
from digest.web.fetch import fetch_page
from handlers.chats import rights
from handlers.failures import describe, localize
from handlers.i18n import N_, t
from handlers.reading.links import links_in_text
from handlers.reading.pool import WorkFailed
from handlers.subscriptions.lists import View, send_list, short_label
from handlers.subscriptions.poller import newest_first, poller_of
from handlers.telegram.callbacks import EXPIRED, SEPARATOR, VERSION, Action, answer_query, pack, unpack
from handlers.telegram.context import Resources, resources
from handlers.telegram.render import link
from storage import pending, sources
from storage.db import Database
from storage.users import User

BUTTONS = f"^{VERSION}[{Action.SOURCE.value}{Action.PICK_FEED.value}]({SEPARATOR}|$)"
MAX_SOURCES = 300
MAX_DECLARED = 5
CHOICES_TTL = timedelta(days=1)
USAGE = N_(
    "Send /add and a link to a feed or a news site, for example:\n"
    "<code>/add https://www.example.com/</code>\n<code>/add https://www.example.com/rss.xml</code>"
)
NO_FEED = N_("I couldn't find a feed on that page; send the link of the site's RSS or Atom feed instead.")
TOO_MANY = N_("You follow {count} sources already; remove some in /sources before adding more.")
NONE_YET = N_("You don't follow any sources yet. Send /add and a link to a news site or its feed.")
UNREADABLE = N_("I couldn't read that feed just now; please send /add again in a moment.")


@dataclass(frozen=True)
class FoundFeed:
    """A feed that was fetched and parsed: where it lives, the answer and what it held."""

    url: str
    page: Page
    feed: Feed


async def _try_feed(res: Resources, url: str, page: Page | None = None) -> FoundFeed | None:
    try:
        page = page or await fetch_page(url, res.reader.policy, res.http, kind="feed")
        feed = await res.pool.run(parse_feed, page.raw or page.text, page.url)
    except (DigestError, WorkFailed):
        return None
    return FoundFeed(url, page, feed)


async def find_feeds(res: Resources, url: str) -> list[FoundFeed]:
    """The feeds at or behind `url`; raises FetchError when `url` itself cannot be fetched."""
    page = await fetch_page(url, res.reader.policy, res.http, kind="feed")
    itself = await _try_feed(res, url, page)
    if itself is not None:
        return [itself]
    candidates = discover_feeds(page.text, page.url)
    common = {c for c in candidates if c.endswith(COMMON_PATHS)}
    declared = [c for c in candidates if c not in common][:MAX_DECLARED]
    found = [f for f in await asyncio.gather(*(_try_feed(res, c) for c in declared)) if f is not None]
    if found:
        return _distinct(found)
    for candidate in candidates:
        if candidate in common and (feed := await _try_feed(res, candidate)) is not None:
            return [feed]
    return []


def _distinct(found: list[FoundFeed]) -> list[FoundFeed]:
    """One per final URL (two links to the same feed are one choice)."""
    seen: dict[str, FoundFeed] = {}
    for item in found:
        seen.setdefault(item.page.url, item)
    return list(seen.values())


def feed_name(found: FoundFeed) -> str:
    return found.feed.title or found.url


def added_text(found: FoundFeed, new: bool, locale: str | None = None) -> str:
    """The answer to /add: the feed's title and its three newest headlines."""
    name = html.escape(feed_name(found), quote=False)
    if not new:
        return t(locale, "You already follow <b>{name}</b>; see /sources.", name=name)
    lines = [t(locale, "Added <b>{name}</b>. Its newest headlines:", name=name)]
    for entry in newest_first(found.feed.entries)[:3]:
        lines.append(f"• {link(entry.url, entry.title or entry.url)}")
    if len(lines) == 1:
        lines[0] = t(
            locale,
            "Added <b>{name}</b>. It has no articles yet; new ones will reach you as they come.",
            name=name,
        )
    else:
        lines.append("\n" + t(locale, "New articles from it will reach your topics and your daily digest."))
    return "\n".join(lines)


async def subscribe_to(app: Application, res: Resources, user: User, found: FoundFeed) -> bool:
    """Subscribe the user to a found feed; a feed never read before is read at once."""
    source = await sources.add_source(res.db, found.url, title=found.feed.title, site_url=found.feed.site_url)
    new = await sources.subscribe(res.db, user.id, source.id)
    if source.last_polled_at is None:
        poller_of(app).ingest_soon(app, source, found.feed, found.page)
    return new


async def add_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/add URL"""
    res = resources(context)
    chat_id = update.effective_chat.id
    where = await rights.changing(update, context)
    if where is None:
        return
    user, locale = where.user, where.locale
    urls = links_in_text(" ".join(context.args or []), {})
    if not urls:
        await res.sender.send(chat_id, t(locale, USAGE))
        return
    if await rights.throttled(update, context, where):
        return
    if len(await sources.list_subscriptions(res.db, user.id)) >= MAX_SOURCES:
        await res.sender.send(chat_id, t(locale, TOO_MANY, count=MAX_SOURCES))
        return
    try:
        found = await find_feeds(res, urls[0])
    except DigestError as err:
        await res.sender.send(chat_id, html.escape(describe(err, locale), quote=False))
        return
    if not found:
        await res.sender.send(chat_id, t(locale, NO_FEED))
        return
    if len(found) == 1:
        new = await subscribe_to(context.application, res, user, found[0])
        await res.sender.send(chat_id, added_text(found[0], new, locale))
        return
    offered = [{"url": f.url, "title": feed_name(f)} for f in found]
    token = await pending.put(res.db, "feeds", user.id, offered, CHOICES_TTL)
    rows = [
        [InlineKeyboardButton(short_label(f["title"]), callback_data=pack(Action.PICK_FEED, token, i))]
        for i, f in enumerate(offered)
    ]
    question = t(locale, "That site has several feeds; which one do you want?")
    await res.sender.send(chat_id, question, reply_markup=InlineKeyboardMarkup(rows))


def sources_view(
    subscriptions: list[sources.Subscription], *, buttons: bool = True, locale: str | None = None
) -> View:
    """The /sources message and its buttons (none for a reader who may not change them)."""
    if not subscriptions:
        return t(locale, NONE_YET), None
    lines = [t(locale, "<b>Your sources</b>")]
    rows = []
    for number, sub in enumerate(subscriptions, start=1):
        source = sub.source
        name = source.title or source.feed_url
        line = f"{number}. {link(source.site_url or source.feed_url, name)}"
        if sub.paused:
            line += " · <i>" + t(locale, "paused") + "</i>"
        if source.failure_count and source.last_error:
            line += f" · ⚠️ <i>{html.escape(localize(source.last_error, locale), quote=False)}</i>"
        lines.append(line)
        toggle, op = (t(locale, "▶ resume"), "g") if sub.paused else (t(locale, "⏸ pause"), "p")
        remove = pack(Action.SOURCE, "r", source.id)
        rows.append(
            [
                InlineKeyboardButton(f"✕ {short_label(name)}", callback_data=remove),
                InlineKeyboardButton(toggle, callback_data=pack(Action.SOURCE, op, source.id)),
            ]
        )
    return "\n".join(lines), InlineKeyboardMarkup(rows) if buttons else None


async def _view(db: Database, user_id: int, *, buttons: bool = True, locale: str | None = None) -> View:
    return sources_view(await sources.list_subscriptions(db, user_id), buttons=buttons, locale=locale)


async def sources_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/sources (without buttons for a group member who is not an admin)."""
    await send_list(update, context, _view)


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A feed chosen after /add, or remove / pause / resume under /sources."""
    query = update.callback_query
    res = resources(context)
    data = unpack(query.data)
    where = await rights.changing(update, context)
    if where is None:
        return
    user, locale = where.user, where.locale
    answer = t(locale, EXPIRED)
    if data is not None and len(data.args) == 2 and data.args[1].isdigit():
        if data.action is Action.PICK_FEED:
            answer = await _picked(context, res, user, data.args[0], int(data.args[1]), locale)
        else:
            answer = await _changed(res, user, data.args[0], int(data.args[1]), locale)
    failed = answer in (t(locale, EXPIRED), t(locale, UNREADABLE))
    if not failed and query.message is not None and data is not None:
        message = query.message
        if data.action is Action.SOURCE:
            text, keyboard = await _view(res.db, user.id, locale=locale)
            await res.sender.edit(message.chat_id, message.message_id, text, reply_markup=keyboard)
        else:
            await res.sender.edit(message.chat_id, message.message_id, answer)
            answer = t(locale, "Added.")
    await answer_query(query, answer[:200])


async def _picked(
    context: ContextTypes.DEFAULT_TYPE, res: Resources, user: User, token: str, index: int, locale: str
) -> str:
    choices = await pending.get(res.db, "feeds", token, user.id)
    if not isinstance(choices, list) or index >= len(choices):
        return t(locale, EXPIRED)
    found = await _try_feed(res, choices[index]["url"])
    if found is None:
        return t(locale, UNREADABLE)
    new = await subscribe_to(context.application, res, user, found)
    return added_text(found, new, locale)


async def _changed(res: Resources, user: User, op: str, source_id: int, locale: str) -> str:
    subscribed = {s.source.id: s for s in await sources.list_subscriptions(res.db, user.id)}
    sub = subscribed.get(source_id)
    if sub is None:
        return t(locale, EXPIRED)
    name = short_label(sub.source.title or sub.source.feed_url, 40)
    if op == "r":
        await sources.unsubscribe(res.db, user.id, source_id)
        return t(locale, "Removed {name}.", name=name)
    if op in ("p", "g"):
        await sources.set_subscription_paused(res.db, user.id, source_id, op == "p")
        return (
            t(locale, "Paused {name}.", name=name) if op == "p" else t(locale, "Resumed {name}.", name=name)
        )
    return t(locale, EXPIRED)
