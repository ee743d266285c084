"""The daily digest as Telegram HTML: a header, numbered items, buttons; split between items.

Each item is its lead article's linked title, its outlet and date, "Also in: B, C" links to the
other outlets carrying the story, the same preview note as a single digest when the page showed
only part of the article, the key sentences (as many as the user chose, 1–3), the best
quote with its speaker (when quotes are on) and why it was chosen. Items are packed into as few
messages as fit Telegram's 4096 UTF-16 units (counted, as Telegram does, on the text after the
markup is parsed, so long link addresses cost nothing), never splitting one item across messages
unless it is too long on its own. Escaping, links and splitting come from `handlers.telegram.render`.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from digest.stories.cluster import outlet_of
from handlers import i18n
from handlers.daily.selection import Item
from handlers.i18n import N_, nt, t
from handlers.telegram.callbacks import Action, pack
from handlers.telegram.keyboards import settings_button
from handlers.telegram.render import (
    MESSAGE_LIMIT,
    PREVIEW_NOTE,
    Block,
    article_url,
    html_to_plain,
    link,
    meta_line,
    utf16_len,
)
from handlers.telegram.render import pack as pack_blocks

NOTHING_NEW = N_("Nothing new on your topics and sources since your last digest.")
NO_TOPICS = N_("Follow a topic with /follow or add a source with /add, and your daily digest will fill up.")
PREVIEW_NO_TOPICS = N_(
    "Nothing to preview yet: follow a topic with /follow or add a source with /add. "
    "To digest one page now, send /digest followed by a link."
)
HEADER_TOPICS_CHARS = 300
ITEM_GAP = "\n\n"
BUTTONS_PER_ROW = 4


def header(day: date, topics: Sequence[str], *, preview: bool = False, locale: str | None = None) -> str:
    """The first lines: which digest this is, for which date (written the reader's way), and the
    user's topics."""
    title = t(locale, "Preview of your digest") if preview else t(locale, "Your daily digest")
    lines = [f"<b>{title} · {i18n.full_date(locale, day)}</b>"]
    if topics:
        shown: list[str] = []
        for topic in topics:
            if shown and sum(len(name) + 2 for name in shown) + len(topic) > HEADER_TOPICS_CHARS:
                break
            shown.append(topic)
        text = html.escape(", ".join(shown), quote=False)
        if len(shown) < len(topics):
            more = len(topics) - len(shown)
            text = nt(locale, "{shown} and {n} more", "{shown} and {n} more", more, shown=text)
        lines.append(t(locale, "<i>Topics: {topics}</i>", topics=text))
    return "\n".join(lines)


def _title(item: Item) -> str:
    article = item.lead.digest.article
    return article.title.strip() or item.lead.outlet or article_url(item.lead.digest)


def item_blocks(
    number: int, item: Item, *, sentences: int, quotes: bool, locale: str | None = None
) -> list[Block]:
    """One item as blocks (so an item too long for one message can still be split inside)."""
    digest = item.lead.digest
    url = article_url(digest)
    title = _title(item)
    if url.startswith(("http://", "https://")):
        href = html.escape(url, quote=True)
        blocks = [Block(title, open=f'<b>{number}. <a href="{href}">', close="</a></b>", gap="")]
    else:
        blocks = [Block(title, open=f"<b>{number}. ", close="</b>", gap="")]
    meta = meta_line(digest, locale)
    if meta:
        blocks.append(Block(meta, open="<i>", close="</i>"))
    if item.also:
        links = ", ".join(link(other.canonical_url, outlet_of(other.digest.article)) for other in item.also)
        blocks.append(Block("", open=t(locale, "Also in: {outlets}", outlets=links)))
    if digest.article.partial:
        blocks.append(Block("", open=t(locale, PREVIEW_NOTE)))
    for sentence in digest.sentences[:sentences]:
        blocks.append(Block(sentence.strip(), open="• "))
    if quotes and digest.quotes:
        quote = digest.quotes[0]
        speaker = f"\n— {quote.speaker}" if quote.speaker else ""
        blocks.append(Block(f"“{quote.text.strip()}”{speaker}", open="<blockquote>", close="</blockquote>"))
    if item.reasons:
        why = html.escape(", ".join(item.reasons), quote=False)
        blocks.append(Block("", open=t(locale, "<i>Why: {reasons}</i>", reasons=why)))
    return blocks


def render_daily(
    items: Sequence[Item],
    *,
    day: date,
    topics: Sequence[str],
    sentences: int = 2,
    quotes: bool = True,
    preview: bool = False,
    empty_note: str = NOTHING_NEW,
    limit: int = MESSAGE_LIMIT,
    locale: str | None = None,
) -> list[str]:
    """The whole digest as Telegram HTML messages; with no items, the header and `empty_note` (a
    msgid, shown in `locale`). The articles' own text is never translated."""
    top = header(day, topics, preview=preview, locale=locale)
    if not items:
        return [f"{top}\n\n{html.escape(t(locale, empty_note), quote=False)}"]
    units: list[str] = [top]
    for number, item in enumerate(items, start=1):
        blocks = item_blocks(number, item, sentences=sentences, quotes=quotes, locale=locale)
        units.extend(pack_blocks(blocks, limit))
    messages: list[str] = []
    current = ""
    for unit in units:
        joined = f"{current}{ITEM_GAP}{unit}" if current else unit
        if utf16_len(html_to_plain(joined)) <= limit:
            current = joined
        else:
            messages.append(current)
            current = unit
    messages.append(current)
    return messages


def daily_keyboard(items: Sequence[Item], locale: str | None = None) -> InlineKeyboardMarkup:
    """ "More on n" for every item (the full digest of its lead article), then "Settings"."""
    more = [
        InlineKeyboardButton(
            t(locale, "More on {number}", number=n), callback_data=pack(Action.STORY, item.lead.id)
        )
        for n, item in enumerate(items, start=1)
    ]
    rows = [more[i : i + BUTTONS_PER_ROW] for i in range(0, len(more), BUTTONS_PER_ROW)]
    rows.append([settings_button(locale)])
    return InlineKeyboardMarkup(rows)
