"""The link cache: a new address that leads to a stored article becomes an alias of it, and only that.

The article keeps its fetch time (retention and "new since" both go by it) and its stored digest.
"""

from __future__ import annotations

from urllib.parse import quote

from storage import articles
from tests.bot_plugin import BotRig

ARTICLE = "/news/2025/03/harbour-bridge-reopens.html"
THREE_DAYS = 3 * 86400


async def test_a_redirect_to_a_stored_article_adds_an_alias_without_refreshing_it(bot: BotRig) -> None:
    db = bot.res.db
    url = bot.site.url(ARTICLE)
    await bot.say(71, url, contains="Harbour")
    await db.execute("UPDATE articles SET fetched_at = fetched_at - ?", (THREE_DAYS,))
    before = await articles.get_by_url(db, url)

    short = bot.site.url(f"/redirect-to?url={quote(url, safe='')}")
    await bot.say(71, short, contains="Harbour")

    after = await articles.get_by_url(db, short)
    assert after is not None and after.id == before.id
    assert after.fetched_at == before.fetched_at
    assert after.digest.to_dict() == before.digest.to_dict()
    assert await db.fetchval("SELECT count(*) FROM articles") == 1
