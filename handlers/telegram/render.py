"""Telegram HTML for digests and lists, escaped and split into messages of at most 4096 UTF-16 units.

Every piece of text from a page goes through `html.escape`; links keep their `href` quoted.
Splitting happens between blocks (title, bullets, quotes), never inside an entity; a single block
that is too long on its own is cut between words and re-wrapped in its own tags.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime
from html.parser import HTMLParser
from urllib.parse import urlsplit

from telegram import LinkPreviewOptions

from digest.models import Digest
from handlers import i18n
from handlers.i18n import N_, nt, t

MESSAGE_LIMIT = 4096
PREVIEW_NOTE = N_(
    "⚠️ <i>Only a preview: the page shows part of the article, so this digest covers just that part.</i>"
)


def utf16_len(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class Block:
    """One unit of a message: `body` is plain text, wrapped as `open + escape(body) + close`."""

    body: str
    open: str = ""
    close: str = ""
    gap: str = "\n"

    def html(self, body: str | None = None) -> str:
        return f"{self.open}{html.escape(self.body if body is None else body, quote=False)}{self.close}"


def link(url: str, text: str) -> str:
    """An `<a>` tag with the href and the text escaped."""
    return f'<a href="{html.escape(url, quote=True)}">{html.escape(text, quote=False)}</a>'


def article_url(digest: Digest) -> str:
    return digest.article.canonical_url or digest.article.url


def article_preview(digest: Digest, choice: str) -> LinkPreviewOptions | None:
    """Telegram's preview card of the article itself (its lead picture): large above the text, small
    below it, or none (`choice` "off", or a page without a picture: no empty card)."""
    url = article_url(digest)
    pictured = bool(digest.article.image) and url.startswith(("http://", "https://"))
    if choice not in ("large", "small") or not pictured:
        return None
    large = choice == "large"
    # is_disabled is spelled out: python-telegram-bot fills unset fields from the bot's defaults,
    # which switch previews off.
    return LinkPreviewOptions(
        is_disabled=False,
        url=url,
        prefer_large_media=large,
        prefer_small_media=not large,
        show_above_text=large,
    )


def _title(digest: Digest, locale: str | None = None) -> str:
    a = digest.article
    if a.title.strip():
        return a.title.strip()
    return a.outlet or urlsplit(article_url(digest)).hostname or t(locale, "Untitled")


def _date(published: str | None, locale: str | None = None) -> str | None:
    if not published:
        return None
    try:
        when = datetime.fromisoformat(published.strip().replace("Z", "+00:00"))
    except ValueError:
        return published.strip() or None
    return i18n.article_date(locale, when)


def meta_line(digest: Digest, locale: str | None = None) -> str:
    """outlet · author · date · reading time, skipping what is unknown (the date and the reading
    time in the reader's language: "14 апр. 2026 г. · 2 мин чтения")."""
    a = digest.article
    parts = [a.outlet, a.author, _date(a.published, locale)]
    if a.reading_minutes:
        parts.append(nt(locale, "{n} min read", "{n} min read", a.reading_minutes))
    return " · ".join(p.strip() for p in parts if p and p.strip())


def digest_blocks(digest: Digest, locale: str | None = None) -> list[Block]:
    """The digest as blocks: linked title, meta line, preview note, bullets, quotes."""
    url = article_url(digest)
    title = _title(digest, locale)
    if url.startswith(("http://", "https://")):
        href = html.escape(url, quote=True)
        blocks = [Block(title, open=f'<b><a href="{href}">', close="</a></b>", gap="")]
    else:
        blocks = [Block(title, open="<b>", close="</b>", gap="")]
    meta = meta_line(digest, locale)
    if meta:
        blocks.append(Block(meta, open="<i>", close="</i>"))
    if digest.article.partial:
        blocks.append(Block("", open=t(locale, PREVIEW_NOTE), gap="\n\n"))
    for i, sentence in enumerate(digest.sentences):
        blocks.append(Block(sentence.strip(), open="• ", gap="\n\n" if i == 0 else "\n"))
    for quote in digest.quotes:
        speaker = f"\n— {quote.speaker}" if quote.speaker else ""
        blocks.append(
            Block(f"“{quote.text.strip()}”{speaker}", open="<blockquote>", close="</blockquote>", gap="\n")
        )
    return blocks


def _cut(block: Block, limit: int) -> list[str]:
    """Cut one over-long block between words (or characters) into pieces that fit `limit`."""
    room = limit - utf16_len(block.open) - utf16_len(block.close)
    pieces: list[str] = []
    current = ""
    for word in block.body.split(" "):
        candidate = f"{current} {word}" if current else word
        if utf16_len(html.escape(candidate, quote=False)) <= room:
            current = candidate
            continue
        if current:
            pieces.append(current)
        current = ""
        for char in word:
            if utf16_len(html.escape(current + char, quote=False)) > room:
                pieces.append(current)
                current = ""
            current += char
    if current:
        pieces.append(current)
    return [block.html(piece) for piece in pieces]


def pack(blocks: list[Block], limit: int = MESSAGE_LIMIT) -> list[str]:
    """Join blocks into as few messages as fit in `limit` UTF-16 units each, splitting only between blocks."""
    messages: list[str] = []
    current = ""
    for block in blocks:
        rendered = block.html()
        pieces = [rendered] if utf16_len(rendered) <= limit else _cut(block, limit)
        for piece in pieces:
            joined = f"{current}{block.gap}{piece}" if current else piece
            if utf16_len(joined) <= limit:
                current = joined
            else:
                messages.append(current)
                current = piece
    if current:
        messages.append(current)
    return messages


def render_digest(digest: Digest, limit: int = MESSAGE_LIMIT, locale: str | None = None) -> list[str]:
    """The digest as one or more Telegram HTML messages; only the bot's own words are in `locale`."""
    return pack(digest_blocks(digest, locale), limit)


def render_digest_fitting(digest: Digest, limit: int = MESSAGE_LIMIT, locale: str | None = None) -> str:
    """The digest as exactly one message, dropping the last quotes and sentences until it fits."""
    sentences, quotes = list(digest.sentences), list(digest.quotes)
    while True:
        trimmed = Digest(article=digest.article, sentences=sentences, quotes=quotes)
        messages = render_digest(trimmed, limit, locale)
        if len(messages) == 1 or not (sentences or quotes):
            return messages[0]
        if quotes:
            quotes.pop()
        else:
            sentences.pop()


class _Plain(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_plain(text: str) -> str:
    """Our own Telegram HTML as plain text: tags dropped, entities decoded (the parse-error fallback)."""
    parser = _Plain()
    parser.feed(text)
    parser.close()
    return "".join(parser.parts)


def render_saved(
    items: list[tuple[int, str, str, str | None]],
    total: int,
    limit: int = MESSAGE_LIMIT,
    locale: str | None = None,
) -> tuple[str, list[int]]:
    """The read-later list from (article id, url, title, outlet) rows: the text and the ids it shows."""
    if not items:
        return t(locale, "Your read-later list is empty. Tap Save under a digest to keep it here."), []
    text = t(locale, "<b>Saved for later</b> ({count})", count=i18n.number(locale, total))
    shown: list[int] = []
    for number, (article_id, url, title, outlet) in enumerate(items, start=1):
        line = f"\n\n{number}. {link(url, title or url)}"
        if outlet:
            line += f"\n<i>{html.escape(outlet, quote=False)}</i>"
        if utf16_len(text + line) > limit:
            break
        text += line
        shown.append(article_id)
    return text, shown
