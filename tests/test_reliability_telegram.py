"""RELIABILITY case 24 with the wait measured: a 429 with retry_after is waited out before the one resend.

Case → test: 24 → test_a_429_is_waited_out_then_resent_exactly_once
(test_bot_reliability.py checks one 429 and one delivered message, not the wait in between).
"""

from __future__ import annotations

from tests.bot_plugin import BotRig

ARTICLE = "/news/2025/03/harbour-bridge-reopens.html"


async def test_a_429_is_waited_out_then_resent_exactly_once(bot: BotRig) -> None:
    chat = 95
    bot.telegram.fail_next("sendMessage", retry_after=1)
    reply = await bot.say(chat, bot.site.url(ARTICLE), contains="Harbour", timeout=10)
    assert reply.buttons
    await bot.command(chat, "/help", contains="/start")  # anything queued behind the digest is out now
    tries = [
        r
        for r in bot.telegram.requests
        if r.method.lower() == "sendmessage"
        and r.params.get("chat_id") == chat
        and "Harbour" in str(r.params.get("text"))
    ]
    assert [r.status for r in tries] == [429, 200]
    assert tries[1].time - tries[0].time >= 0.95, "resent before retry_after had passed"
    assert len([m for m in bot.telegram.sent(chat) if "Harbour" in m.text]) == 1
