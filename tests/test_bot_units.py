"""The pure parts of the Telegram side: rendering, splitting, button payloads, limits, paste joining."""

from __future__ import annotations

import asyncio
import html

import pytest
from hypothesis import given
from hypothesis import strategies as st

from digest.models import Article, Digest, Quote
from handlers.reading.limits import LinkLimiter, limit_message
from handlers.reading.pastes import PasteJoiner, join_parts
from handlers.telegram.callbacks import EXPIRED, MAX_BYTES, Action, pack, unpack
from handlers.telegram.render import (
    MESSAGE_LIMIT,
    html_to_plain,
    render_digest,
    render_digest_fitting,
    render_saved,
    utf16_len,
)
from storage.db import Database
from tests.fake_telegram.html_check import parse_html as check_html


def make_digest(**changes: object) -> Digest:
    article = Article(
        url='https://news.example/a?x=1&y="2"',
        title="<script>alert(1)</script> & Tom's “news” 🚀 \u200fעברית",
        outlet="The Example",
        author="Ann Lee",
        published="2024-05-01T10:00:00Z",
        text="word " * 700,
    )
    digest = Digest(
        article=article,
        sentences=["First <b>sentence</b> & more.", "Second one 😀."],
        quotes=[Quote("We will <not> stop & never", "Mayor O'Neil"), Quote("Unattributed words")],
    )
    for key, value in changes.items():
        setattr(digest, key, value)
    return digest


def test_digest_is_valid_telegram_html_with_everything_escaped() -> None:
    [text] = render_digest(make_digest())
    check_html(text)
    assert "<script>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Tom's" in text
    assert 'href="https://news.example/a?x=1&amp;y=&quot;2&quot;"' in text
    assert "The Example · Ann Lee · 1 May 2024 · 3 min read" in text
    assert "• First &lt;b&gt;sentence&lt;/b&gt; &amp; more." in text
    assert "<blockquote>“We will &lt;not&gt; stop &amp; never”\n— Mayor O'Neil</blockquote>" in text
    assert "<blockquote>“Unattributed words”</blockquote>" in text
    assert "preview" not in text


def test_partial_page_carries_a_visible_preview_note() -> None:
    digest = make_digest()
    digest.article.partial = True
    [text] = render_digest(digest)
    assert "Only a preview" in html_to_plain(text)


def test_long_digest_splits_between_blocks_into_valid_messages() -> None:
    sentences = [f"Sentence {i} with émoji 😀 and <tags> & stuff " * 8 for i in range(60)]
    messages = render_digest(make_digest(sentences=sentences))
    assert len(messages) > 1
    for message in messages:
        assert utf16_len(message) <= MESSAGE_LIMIT
        check_html(message)
    joined = html_to_plain("\n".join(messages))
    for sentence in sentences:
        assert sentence.strip() in joined


def test_a_single_huge_sentence_is_cut_between_words() -> None:
    huge = "😀 é & <x> " * 2000
    messages = render_digest(make_digest(sentences=[huge], quotes=[]))
    assert len(messages) >= 2
    for message in messages:
        assert utf16_len(message) <= MESSAGE_LIMIT
        check_html(message)


@given(st.lists(st.text(min_size=1, max_size=900), min_size=1, max_size=12))
def test_any_text_renders_to_valid_messages(sentences: list[str]) -> None:
    for message in render_digest(make_digest(sentences=sentences), limit=1000):
        assert utf16_len(message) <= 1000
        check_html(message)


def test_fitting_render_drops_items_until_one_message() -> None:
    sentences = [f"Sentence number {i} " * 30 for i in range(30)]
    text = render_digest_fitting(make_digest(sentences=sentences))
    assert utf16_len(text) <= MESSAGE_LIMIT
    check_html(text)
    assert "Sentence number 0" in text


def test_saved_list_escapes_and_reports_shown_ids() -> None:
    text, shown = render_saved([(7, "https://a.example/?q=1&r=2", "A & B", "Out<let>")], total=1)
    check_html(text)
    assert shown == [7]
    assert "A &amp; B" in text and "Out&lt;let&gt;" in text
    assert render_saved([], total=0)[1] == []


def test_callback_data_round_trips_and_refuses_over_64_bytes() -> None:
    data = pack(Action.MORE, "a123", 2)
    parsed = unpack(data)
    assert parsed is not None and parsed.action is Action.MORE and parsed.args == ("a123", "2")
    with pytest.raises(ValueError, match="64"):
        pack(Action.SAVE, "ü" * 40)
    assert len(pack(Action.SAVE, "ü" * 30).encode()) <= MAX_BYTES
    with pytest.raises(ValueError):
        pack(Action.SAVE, "a:b")


@pytest.mark.parametrize("data", [None, "", "more:1", "0m:a1:2", "1z:a1", "9m", "1"])
def test_foreign_or_old_payloads_are_expired(data: str | None) -> None:
    assert unpack(data) is None
    assert EXPIRED == "This button has expired."


async def test_link_limiter_counts_a_sliding_minute(db: Database) -> None:
    now = [1000.0]
    limiter = LinkLimiter(db, 3, clock=lambda: now[0])
    assert await limiter.take(1, 2) == 2
    now[0] = 1030.0
    assert await limiter.take(1, 5) == 1
    assert await limiter.take(2, 1) == 1
    assert await limiter.take(1, 1) == 0
    now[0] = 1060.5  # the first two links left the window, the third did not
    assert await limiter.take(1, 4) == 2
    assert "2 links" in limit_message(2) and "one link" in limit_message(1)


async def test_short_paste_is_returned_at_once() -> None:
    joiner = PasteJoiner(window=5.0, split_at=100)
    assert await joiner.add(1, "short text") == "short text"


async def test_split_paste_parts_are_joined_by_the_first_caller() -> None:
    joiner = PasteJoiner(window=5.0, split_at=100)
    first = asyncio.create_task(joiner.add(1, "A" * 120 + " end."))
    await asyncio.sleep(0)
    assert await joiner.add(1, "B" * 120) is None
    assert await joiner.add(1, "tail") is None
    assert await first == join_parts(["A" * 120 + " end.", "B" * 120, "tail"])
    assert (await first).startswith("A" * 120 + " end.\n" + "B" * 120 + " tail")


async def test_a_long_message_alone_is_digested_after_the_window() -> None:
    joiner = PasteJoiner(window=0.05, split_at=100)
    assert await joiner.add(1, "C" * 150) == "C" * 150


def test_plain_fallback_drops_tags_and_decodes_entities() -> None:
    assert html_to_plain('<b><a href="x">A &amp; B</a></b> &lt;3') == "A & B <3"
    assert html.escape("<") == "&lt;"
