"""Links in, digests out: messages, captions and forwarded posts with links, and `/digest URL`.

Links come from `url` and `text_link` entities and from the plain text. Up to
MAX_LINKS_PER_MESSAGE are read (the user is told about the rest) within the per-user limit. While
working the chat shows "typing"; for several links one status message counts them off and is
removed at the end. Each digest is one message (split only when longer than Telegram allows) with
buttons, sent in the order the links came.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import re
from collections.abc import AsyncIterator

from telegram import Message, MessageEntity, Update
from telegram.constants import ChatAction
from telegram.ext import ContextTypes

from digest.errors import DigestError
from digest.models import Digest
from handlers.chats import membership
from handlers.failures import describe
from handlers.i18n import N_, nt, t
from handlers.reading.limits import limit_message
from handlers.reading.pool import WorkFailed
from handlers.reading.reader import Reading
from handlers.telegram.context import Resources, resources
from handlers.telegram.keyboards import digest_keyboard
from handlers.telegram.render import article_preview, article_url, render_digest
from storage import StorageError, users

PLAIN_LINK = re.compile(r"(?:\b(?:https?|ftp|file)://|\b(?:javascript|data):)[^\s<>]+", re.IGNORECASE)
_TRAILING = ".,;:!?'\"»”’)]}"
_ENTITY_TYPES = [MessageEntity.URL, MessageEntity.TEXT_LINK]
DIGEST_USAGE = N_("Send /digest followed by a link, for example: /digest https://www.example.com/news/story")
RESTARTING = N_("I'm restarting and had to stop reading that page; please send the link again in a minute.")


def _clean(link: str) -> str:
    link = link.strip()
    while link and link[-1] in _TRAILING:
        if link[-1] == ")" and link.count("(") >= link.count(")"):
            break
        link = link[:-1]
    if "://" not in link and not link.lower().startswith(("javascript:", "data:", "mailto:", "tel:")):
        link = "http://" + link
    return link


def links_in_text(text: str | None, entities: dict[MessageEntity, str]) -> list[str]:
    """Links of a text, entity links first, in order, without duplicates."""
    found = []
    for entity, shown in entities.items():
        found.append(entity.url if entity.type == MessageEntity.TEXT_LINK and entity.url else shown)
    found.extend(match.group(0) for match in PLAIN_LINK.finditer(text or ""))
    return list(dict.fromkeys(_clean(link) for link in found if link and link.strip()))


def links_in(message: Message) -> list[str]:
    """Every link of a message: its text or its caption (forwarded posts included)."""
    if message.text:
        return links_in_text(message.text, message.parse_entities(_ENTITY_TYPES))
    return links_in_text(message.caption, message.parse_caption_entities(_ENTITY_TYPES))


def _short(url: str, limit: int = 60) -> str:
    shown = url.split("://", 1)[-1]
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def failure_text(url: str, err: Exception, several: bool, locale: str | None = None) -> str:
    sentence = html.escape(describe(err, locale), quote=False)
    if not several:
        return sentence
    return f"{html.escape(_short(url), quote=False)}: {sentence}"


@contextlib.asynccontextmanager
async def typing(res: Resources, chat_id: int) -> AsyncIterator[None]:
    """Show "typing…" in the chat until the block ends (Telegram clears it after ~5 s)."""

    async def keep_typing() -> None:
        while True:
            with contextlib.suppress(Exception):
                await res.sender.bot.send_chat_action(chat_id, ChatAction.TYPING)
            await asyncio.sleep(4.5)

    task = asyncio.create_task(keep_typing())
    try:
        yield
    finally:
        task.cancel()


async def _read(res: Resources, url: str) -> Reading | Exception:
    try:
        return await res.reader.read_url(url)
    except (DigestError, WorkFailed, StorageError) as err:
        return err
    except asyncio.CancelledError:
        if asyncio.current_task().cancelling():
            raise
        return WorkFailed(RESTARTING)


async def digest_links(update: Update, context: ContextTypes.DEFAULT_TYPE, urls: list[str]) -> None:
    """Read up to the allowed number of links and answer each with its digest or one failure sentence."""
    res = resources(context)
    message = update.effective_message
    chat_id = message.chat_id
    here = await membership.arrive(res.db, update)
    user, locale = here.user, here.locale
    person = update.effective_user.id if update.effective_user else chat_id

    cap = res.settings.max_links_per_message
    notes = []
    if len(urls) > cap:
        rest = len(urls) - cap
        notes.append(
            nt(
                locale,
                "I read the first {n} link of a message; send the other {rest} in another message.",
                "I read the first {n} links of a message; send the other {rest} in another message.",
                cap,
                rest=rest,
            )
        )
        urls = urls[:cap]
    allowed = await res.limiter.take(person, len(urls))
    if allowed < len(urls):
        notes.append(limit_message(len(urls) - allowed, locale))
        urls = urls[:allowed]

    if urls:
        await _answer(res, chat_id, message.message_id, urls, user, locale)
    for note in notes:
        await res.sender.send(chat_id, note)


def _reading(locale: str, done: int, total: int) -> str:
    return nt(locale, "Reading {n} article… {done}/{n}", "Reading {n} articles… {done}/{n}", total, done=done)


async def _answer(
    res: Resources, chat_id: int, reply_to: int, urls: list[str], user: users.User | None, locale: str
) -> None:
    several = len(urls) > 1
    choice = (await users.get_preferences(res.db, user.id)).article_preview if user else "off"
    status = None
    if several:
        status = await res.sender.send(chat_id, _reading(locale, 0, len(urls)))
    async with typing(res, chat_id):
        tasks = [asyncio.create_task(_read(res, url)) for url in urls]
        next_to_send = 0
        pending = set(tasks)
        while pending:
            _, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            if status is not None and pending:
                done = len(tasks) - len(pending)
                await res.sender.edit(chat_id, status.message_id, _reading(locale, done, len(urls)))
            while next_to_send < len(tasks) and tasks[next_to_send].done():
                outcome = tasks[next_to_send].result()
                failed = isinstance(outcome, Exception)
                if failed:
                    text = failure_text(urls[next_to_send], outcome, several, locale)
                    await res.sender.send(chat_id, text, reply_to=reply_to)
                else:
                    await send_article(res, chat_id, outcome.ref, outcome.digest, locale, choice, reply_to)
                next_to_send += 1
    if status is not None:
        await res.sender.delete(chat_id, status.message_id)


async def send_article(
    res: Resources,
    chat_id: int,
    ref: str,
    digest: Digest,
    locale: str,
    preview: str,
    reply_to: int | None = None,
) -> None:
    """One article's digest with its buttons and, as the chat chose ("large", "small" or "off"), the
    page's own preview card with its picture."""
    keyboard = digest_keyboard(ref, article_url(digest), locale=locale)
    await res.sender.send_all(
        chat_id,
        render_digest(digest, locale=locale),
        reply_markup=keyboard,
        reply_to=reply_to,
        link_preview=article_preview(digest, preview),
    )


async def on_links(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A message (or caption, or forwarded post) with links."""
    await digest_links(update, context, links_in(update.effective_message))


async def digest_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/digest URL …"""
    urls = links_in_text(" ".join(context.args or []), {})
    if not urls:
        urls = [_clean(arg) for arg in context.args or []]
    if not urls:
        res = resources(context)
        usage = t((await membership.arrive(res.db, update)).locale, DIGEST_USAGE)
        await res.sender.send(update.effective_chat.id, html.escape(usage, quote=False))
        return
    await digest_links(update, context, urls)
