"""The daily digest's messages: what an item shows, escaping, Telegram's limits, the buttons."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest

from digest.models import Article, Digest, Quote
from handlers.daily.layout import NOTHING_NEW, daily_keyboard, render_daily
from handlers.daily.selection import Item
from handlers.telegram.callbacks import MAX_BYTES
from handlers.telegram.render import MESSAGE_LIMIT, utf16_len
from storage.articles import StoredArticle
from tests.fake_telegram.html_check import parse_html

DAY = date(2025, 6, 10)
SENTENCES = ("The port reopened on Monday.", "Ships queued overnight.", "Tolls will rise.")


def stored(
    number: int, *, title: str = "", outlet: str = "Wire", sentences=SENTENCES, quotes=()
) -> StoredArticle:
    url = f"https://{outlet.lower()}.example/{number}"
    article = Article(
        url=url,
        title=title or f"Story {number}",
        outlet=outlet,
        canonical_url=url,
        published="2025-06-10T07:00:00+00:00",
        text="Body.",
    )
    digest = Digest(article=article, sentences=list(sentences), quotes=list(quotes))
    return StoredArticle(
        number,
        url,
        article.title,
        outlet,
        "en",
        article.published,
        datetime(2025, 6, 10, tzinfo=UTC),
        1,
        digest,
    )


def item(number: int, **kw: object) -> Item:
    return Item(lead=stored(number, **kw), reasons=("harbour",))


@pytest.mark.parametrize("sentences", [1, 2, 3])
def test_an_item_shows_title_link_sentences_quote_and_why(sentences: int) -> None:
    quote = Quote("We will not stop the cranes", "Ana Ruiz")
    lead = stored(1, title="Port reopens", quotes=(quote,))
    items = [
        Item(lead=lead, also=(stored(2, outlet="Ledger"), stored(3, outlet="Post")), reasons=("harbour",))
    ]
    [message] = render_daily(items, day=DAY, topics=("harbour", "tolls"), sentences=sentences)
    text, _ = parse_html(message)
    assert text.startswith("Your daily digest · Tuesday, 10 June 2025\nTopics: harbour, tolls")
    assert '1. <a href="https://wire.example/1">Port reopens</a>' in message
    assert (
        'Also in: <a href="https://ledger.example/2">Ledger</a>, <a href="https://post.example/3">Post</a>'
        in message
    )
    assert [s for s in SENTENCES if s in text] == list(SENTENCES[:sentences])
    assert "“We will not stop the cranes”\n— Ana Ruiz" in text
    assert "Why: harbour" in text


def test_quotes_off_hides_the_quote() -> None:
    items = [item(1, quotes=(Quote("Never", "Ana"),))]
    assert "Never" not in render_daily(items, day=DAY, topics=(), quotes=False)[0]


def test_page_text_is_escaped() -> None:
    items = [item(1, title='<script>alert("x")</script> & co', sentences=("a < b & c",))]
    [message] = render_daily(items, day=DAY, topics=("<b>",))
    text, _ = parse_html(message)
    assert '<script>alert("x")</script> & co' in text and "a < b & c" in text and "Topics: <b>" in text


def test_nothing_new_is_one_short_line() -> None:
    [message] = render_daily([], day=DAY, topics=("harbour",))
    assert message.endswith(NOTHING_NEW)
    assert not daily_keyboard([]).inline_keyboard[:-1]


def test_long_digests_split_between_items_within_telegram_limits() -> None:
    long = tuple(
        "Ships wait at anchor while the port authority checks every crane again. " * 12 for _ in range(3)
    )
    items = [item(n, title=f"Harbour story number {n} 🚢", sentences=long) for n in range(1, 16)]
    messages = render_daily(items, day=DAY, topics=("harbour",), sentences=3)
    assert len(messages) > 1
    for message in messages:
        assert utf16_len(parse_html(message)[0]) <= MESSAGE_LIMIT
    numbers = [int(n) for message in messages for n in re.findall(r"<b>(\d+)\. <a", message)]
    assert numbers == list(range(1, 16))
    for message in messages:  # every item whole in one message: its sentences follow its title
        for n in re.findall(r"<b>(\d+)\. <a", message):
            after = message.split(f"<b>{n}. <a", 1)[1]
            assert after.count("• ") >= 3


def test_one_item_too_long_for_a_message_is_still_split_validly() -> None:
    huge = ("word " * 1500,)
    messages = render_daily([item(1, sentences=huge)], day=DAY, topics=(), sentences=1)
    assert len(messages) >= 2
    assert all(utf16_len(parse_html(m)[0]) <= MESSAGE_LIMIT for m in messages)


def test_buttons_more_on_each_item_then_settings() -> None:
    items = [item(n) for n in range(1, 16)]
    rows = daily_keyboard(items).inline_keyboard
    labels = [b.text for row in rows for b in row]
    assert labels == [f"More on {n}" for n in range(1, 16)] + ["Settings"]
    assert all(len(b.callback_data.encode()) <= MAX_BYTES for row in rows for b in row)


def test_the_limit_counts_the_text_telegram_shows_not_the_markup() -> None:
    path = "/" + "section/" * 40
    items = [
        Item(
            lead=stored(n, title=f"Story {n}"),
            also=tuple(stored(100 * n + k, outlet=f"O{k}") for k in range(5)),
        )
        for n in range(1, 8)
    ]
    items = [
        Item(
            lead=item.lead,
            also=tuple(
                StoredArticle(
                    a.id,
                    a.canonical_url + path,
                    a.title,
                    a.outlet,
                    a.language,
                    a.published,
                    a.fetched_at,
                    a.source_id,
                    a.digest,
                )
                for a in item.also
            ),
        )
        for item in items
    ]
    [message] = render_daily(items, day=DAY, topics=())
    assert utf16_len(message) > MESSAGE_LIMIT >= utf16_len(parse_html(message)[0])


def test_a_preview_item_is_marked_as_plainly_as_a_single_digest() -> None:
    lead = stored(1, title="Port reopens")
    lead.digest.article.partial = True
    lead.digest.article.partial_reason = "The page asks readers to sign up; this is only the preview."
    [message] = render_daily([Item(lead=lead, reasons=("harbour",)), item(2)], day=DAY, topics=("harbour",))
    text, _ = parse_html(message)
    first, second = text.split("2. Story 2")
    assert "Only a preview" in first
    assert "Only a preview" not in second
