"""`digestbot run`: check the settings, then start the bot, or explain how to get a token."""

from __future__ import annotations

import logging
import re
import sys
from importlib import resources

from pydantic import ValidationError

from bot.config import Settings
from storage.errors import StorageError

TOKEN_FORMAT = re.compile(r"^\d{5,}:[A-Za-z0-9_-]{30,}$")

NO_TOKEN_HELP = """\
To run the bot you need a token from Telegram:
  1. In Telegram, open a chat with @BotFather and send /newbot.
  2. Choose a name and a username; BotFather answers with a token like 123456789:AAE…
  3. Put it in a file named .env next to this project:  TELEGRAM_BOT_TOKEN=123456789:AAE…
     (or export TELEGRAM_BOT_TOKEN), then run `digestbot run` again.

Meanwhile the engine works offline. Here is `digestbot digest` on the bundled sample page:
"""


def _demo() -> None:
    from bot.cli_engine import format_digest
    from digest.pipeline import digest_html

    page = resources.files("digest") / "data" / "sample_article.html"
    digest = digest_html(page.read_text(encoding="utf-8"), "https://gazette.example/city/riverside-tram-opens")
    print(format_digest(digest))
    print("\nTry it on any page:  digestbot digest https://… (or a saved FILE.html, or - for pasted text)")


def run_bot() -> int:
    """Start the bot. Exit code 2, with one clear sentence, when the settings cannot work (the
    database among them: a file that cannot be opened, a PostgreSQL server that cannot be reached)."""
    try:
        settings = Settings()
    except ValidationError as err:
        first = err.errors()[0]
        field = ".".join(str(p) for p in first["loc"]).upper()
        print(f"digestbot: the setting {field} is invalid ({first['msg']}); fix it in .env.", file=sys.stderr)
        return 2
    if not settings.telegram_bot_token:
        print("digestbot: TELEGRAM_BOT_TOKEN is not set, so the bot cannot start.", file=sys.stderr)
        print(NO_TOKEN_HELP)
        _demo()
        return 2
    if not TOKEN_FORMAT.match(settings.telegram_bot_token):
        print(
            "digestbot: TELEGRAM_BOT_TOKEN does not look like a bot token (digits, a colon, then letters); "
            "copy it again from @BotFather.",
            file=sys.stderr,
        )
        return 2
    logging.getLogger().setLevel(settings.log_level.upper())
    from bot.app import run

    try:
        run(settings)
    except StorageError as err:
        print(f"digestbot: {err}", file=sys.stderr)
        return 2
    return 0
