"""Real pages end to end through the bot: previews in any script, pages behind a wall with no
markup, brotli-compressed pages (RELIABILITY.md cases 9 and 14, issue 9).

Case → test:
- 14 (paywall teaser: digest of what is there, marked as a preview), for a short teaser in a script
  written without spaces → test_a_short_japanese_teaser_is_digested_and_marked
- 14, for a page whose text stops inside a quote right before "Sign up to read this article", with
  no subscriber markup → test_a_wall_right_after_an_open_quote_is_a_preview_without_markup
- 9 (compressed bodies: read under the cap) → test_a_brotli_page_is_read
"""

from __future__ import annotations

import brotli

from tests.bot_plugin import BotRig
from tests.webserver import SITE_DIR

ARTICLE = "/news/2025/03/harbour-bridge-reopens.html"


async def test_a_short_japanese_teaser_is_digested_and_marked(bot: BotRig) -> None:
    reply = await bot.say(91, bot.site.url("/pages/japanese_teaser.html"), contains="preview")
    assert reply.text.startswith("北浜港に新しい防波堤、台風シーズン前に完成へ")
    assert "Only a preview" in reply.text
    assert "北浜港で建設中の新しい防波堤が" in reply.text
    assert "有料会員" not in reply.text


async def test_a_wall_right_after_an_open_quote_is_a_preview_without_markup(bot: BotRig) -> None:
    reply = await bot.say(92, bot.site.url("/pages/reader_app_wall.html"), contains="preview")
    assert "Only a preview" in reply.text
    assert "Read stories from hundreds of titles" not in reply.text
    assert "blame the workers.”" not in reply.text and 'blame the workers."' not in reply.text


async def test_a_brotli_page_is_read(bot: BotRig) -> None:
    html = (SITE_DIR / ARTICLE.lstrip("/")).read_text(encoding="utf-8").replace("@BASE@", bot.site.base)
    bot.site.serve("/br/article.html", brotli.compress(html.encode()), headers={"Content-Encoding": "br"})
    reply = await bot.say(93, bot.site.url("/br/article.html"), contains="•")
    assert "Harbour" in reply.text or "harbour" in reply.text
