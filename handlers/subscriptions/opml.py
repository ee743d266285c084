"""OPML: a sent `.opml` file is imported as subscriptions; /opml sends the user's sources as a file.

Both act on the chat commands act on: a channel managed from a private chat (/channel) imports into
and exports from that channel, and the reply names it.

An import answers with a summary (added, already there, failed with the reason). Feeds are
checked against the fetching rules (web links, allowed ports, public addresses) before anything is
stored; they are read by the poller's next round, which starts at once.
"""

from __future__ import annotations

import html

from telegram import Update
from telegram.ext import ContextTypes, filters

from digest.errors import DigestError
from digest.feeds.opml import OpmlFeed, build_opml, parse_opml
from digest.web.fetch import check_url
from handlers.chats import rights
from handlers.chats.channels import title_of
from handlers.failures import describe
from handlers.i18n import N_, nt, t
from handlers.reading.pool import WorkFailed
from handlers.subscriptions.poller import poller_of
from handlers.subscriptions.sources import MAX_SOURCES
from handlers.telegram.context import resources
from storage import sources

MAX_FILE_BYTES = 1024 * 1024
FILENAME = "digestbot-sources.opml"
OPML_FILES = filters.Document.FileExtension("opml") | filters.Document.MimeType("text/x-opml")
TOO_LARGE = N_("That OPML file is over 1 MB; split it into smaller lists and send them one by one.")
NOTHING_TO_EXPORT = N_(
    "You don't follow any sources yet, so there is nothing to export; add one with /add URL."
)
NOTHING_TO_EXPORT_THERE = N_(
    "<b>{name}</b> doesn't follow any sources yet, so there is nothing to export; add one with /add URL."
)
LISTED_FAILURES = 5


async def on_opml_file(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Import the feeds of an .opml document."""
    res = resources(context)
    message = update.effective_message
    chat_id = message.chat_id
    document = message.document
    where = await rights.changing(update, context)
    if where is None:
        return
    user, locale = where.user, where.locale
    if document.file_size is not None and document.file_size > MAX_FILE_BYTES:
        await res.sender.send(chat_id, t(locale, TOO_LARGE))
        return
    data = bytes(await (await document.get_file()).download_as_bytearray())
    if len(data) > MAX_FILE_BYTES:
        await res.sender.send(chat_id, t(locale, TOO_LARGE))
        return
    try:
        listed = await res.pool.run(parse_opml, data)
    except (DigestError, WorkFailed) as err:
        await res.sender.send(chat_id, html.escape(describe(err, locale), quote=False))
        return
    room = MAX_SOURCES - len(await sources.list_subscriptions(res.db, user.id))
    added = already = 0
    failed = [(url, t(locale, "not a web link")) for url in listed.rejected]
    for feed in listed.feeds:
        try:
            check_url(feed.url, res.reader.policy)
        except DigestError as err:
            failed.append((feed.url, describe(err, locale)))
            continue
        source = await sources.add_source(res.db, feed.url, title=feed.title, site_url=feed.site_url)
        subscribed = {s.source.id for s in await sources.list_subscriptions(res.db, user.id)}
        if source.id in subscribed:
            already += 1
        elif room <= 0:
            failed.append((feed.url, t(locale, "you follow {count} sources already", count=MAX_SOURCES)))
        else:
            await sources.subscribe(res.db, user.id, source.id)
            added += 1
            room -= 1
    into = title_of(user) if where.elsewhere else None
    await res.sender.send(chat_id, import_summary(added, already, failed, locale, into=into))
    if added:
        app = context.application
        app.create_task(poller_of(app).poll_round(), name="poll-after-import")


def import_summary(
    added: int,
    already: int,
    failed: list[tuple[str, str]],
    locale: str | None = None,
    *,
    into: str | None = None,
) -> str:
    """One line of counts (naming the channel imported `into`, HTML), then the first few failures
    with their reasons."""
    counts = {"added": added, "already": already, "failed": len(failed)}
    if into is None:
        text = t(
            locale, "Imported your list: {added} added, {already} already there, {failed} failed.", **counts
        )
    else:
        text = t(
            locale,
            "Imported your list into <b>{name}</b>: {added} added, {already} already there, {failed} failed.",
            name=into,
            **counts,
        )
    if added:
        text += " " + t(locale, "I'm reading the new feeds now.")
    for url, reason in failed[:LISTED_FAILURES]:
        text += f"\n• {html.escape(url, quote=False)}: {html.escape(reason, quote=False)}"
    if len(failed) > LISTED_FAILURES:
        more = len(failed) - LISTED_FAILURES
        text += "\n" + nt(locale, "…and {n} more.", "…and {n} more.", more)
    return text


async def opml_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/opml: the sources of this chat (or of the channel managed from it) as an OPML file."""
    res = resources(context)
    chat_id = update.effective_chat.id
    where = await rights.place(update, context)
    if where is None:
        return
    user, locale = where.user, where.locale
    subscriptions = await sources.list_subscriptions(res.db, user.id)
    if not subscriptions:
        if where.elsewhere:
            await res.sender.send(chat_id, t(locale, NOTHING_TO_EXPORT_THERE, name=title_of(user)))
        else:
            await res.sender.send(chat_id, t(locale, NOTHING_TO_EXPORT))
        return
    document = build_opml(
        OpmlFeed(s.source.feed_url, s.source.title, s.source.site_url) for s in subscriptions
    )
    if where.elsewhere:
        caption = nt(
            locale,
            "The {n} source of <b>{name}</b> as OPML; send this file back to me (or to a feed reader) to "
            "import it.",
            "The {n} sources of <b>{name}</b> as OPML; send this file back to me (or to a feed reader) to "
            "import them.",
            len(subscriptions),
            name=title_of(user),
        )
    else:
        caption = nt(
            locale,
            "Your {n} source as OPML; send this file back to me (or to a feed reader) to import it.",
            "Your {n} sources as OPML; send this file back to me (or to a feed reader) to import them.",
            len(subscriptions),
        )
    await res.sender.document(chat_id, document, FILENAME, caption)
