"""RELIABILITY case 33 end to end: a database locked past the busy timeout, or failing outright.

Another connection holds the write lock on the bot's database file; the user who sends a link is
told to try again in a moment, and nothing of that request is written. A database that fails with
an error of its own is one sentence in the user's language, with none of the database's text in it.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from handlers.i18n import t
from storage.errors import BUSY_MESSAGE, FAILED_MESSAGE
from tests.bot_plugin import BotRig

ARTICLE = "/news/2025/03/harbour-bridge-reopens.html"
OTHER = "/news/2025/03/council-approves-cycle-lanes.html"


@pytest.fixture
def bot_changes() -> dict[str, Any]:
    return {"database_busy_timeout": 0.2, "feed_catalog_enabled": False}


@contextmanager
def write_lock(path: Path) -> Iterator[None]:
    """Hold the write lock on the database file from a second connection until the block ends."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=0)
    try:
        conn.execute("BEGIN IMMEDIATE")
        yield
        conn.execute("ROLLBACK")
    finally:
        conn.close()


def count(path: Path, sql: str, *params: object) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(sql, params).fetchone()[0])
    finally:
        conn.close()


async def test_a_new_chat_is_told_to_try_again_and_nothing_is_written(bot: BotRig) -> None:
    path = bot.settings.database_path
    with write_lock(path):
        reply = await bot.say(61, bot.site.url(ARTICLE), contains="in a moment")
    assert reply.text == BUSY_MESSAGE
    assert count(path, "SELECT count(*) FROM users WHERE chat_id = ?", 61) == 0
    assert count(path, "SELECT count(*) FROM articles") == 0
    assert count(path, "SELECT count(*) FROM article_urls") == 0


async def test_a_link_whose_article_cannot_be_stored_gets_the_busy_sentence(bot: BotRig) -> None:
    path = bot.settings.database_path
    await bot.say(62, bot.site.url("/pages/german.html"), contains="Freiburg")
    with write_lock(path):
        reply = await bot.say(62, f"{bot.site.url(ARTICLE)} {bot.site.url(OTHER)}", contains="in a moment")
        answers = bot.telegram.bot_messages
        await bot.telegram.wait_for(lambda: sum(BUSY_MESSAGE in m.text for m in answers(62)) == 2)
    assert BUSY_MESSAGE in reply.text
    assert count(path, "SELECT count(*) FROM articles") == 1
    assert count(path, "SELECT count(*) FROM article_urls WHERE url LIKE '%/news/%'") == 0
    again = await bot.say(62, bot.site.url(ARTICLE), contains="Harbour")
    assert again.buttons
    assert count(path, "SELECT count(*) FROM articles") == 2


async def test_a_failing_database_is_one_sentence_without_its_internals(
    bot: BotRig, caplog: pytest.LogCaptureFixture
) -> None:
    path = bot.settings.database_path
    await bot.say(63, bot.site.url("/pages/german.html"), contains="Freiburg", language_code="ru")
    conn = sqlite3.connect(path)
    try:  # every new article now fails inside SQLite with its own message
        conn.execute(
            "CREATE TRIGGER break_articles BEFORE INSERT ON articles"
            " BEGIN INSERT INTO secret_missing_table VALUES (1); END"
        )
        conn.commit()
    finally:
        conn.close()
    with caplog.at_level(logging.WARNING, logger="storage"):
        reply = await bot.say(63, bot.site.url(ARTICLE), contains="", language_code="ru")
    assert reply.text == t("ru", FAILED_MESSAGE) != FAILED_MESSAGE
    assert "secret_missing_table" not in reply.text and "sqlite" not in reply.text.lower()
    assert "secret_missing_table" in caplog.text
    assert count(path, "SELECT count(*) FROM article_urls WHERE url LIKE '%/news/%'") == 0
