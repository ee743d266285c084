"""/start and /help: the greeting with an example, and the list of every command."""

from __future__ import annotations

from telegram import BotCommand, Update
from telegram.ext import ContextTypes

from handlers import chats, settings
from handlers.context import resources
from handlers.keyboards import start_keyboard

# Every command the bot answers, in the order /help and Telegram's menu show them.
COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "What this bot does"),
    ("help", "Every command"),
    ("digest", "A digest of a link: /digest URL"),
    ("saved", "Your read-later list"),
    ("follow", "Follow a topic: /follow electric buses"),
    ("subscribe", "The same as /follow"),
    ("topics", "Your topics"),
    ("add", "Subscribe to a site or feed: /add URL"),
    ("sources", "Your subscribed sites and feeds"),
    ("opml", "Your sources as an OPML file (send one to import)"),
    ("settings", "Digest time, timezone, length, languages, pause"),
    ("time", "Daily digest time: /time 07:30"),
    ("timezone", "Your timezone: /timezone Kyiv"),
    ("export", "Your data as a JSON file"),
    ("forget", "Delete everything stored about you"),
)

GREETING = (
    "Hi! Send me a link to a news article and I'll answer with a short digest: the headline, "
    "a few key sentences and the key quotes, each word for word from the page.\n\n"
    "For example, send:\n<code>https://www.example.com/news/city-council-approves-budget</code>\n\n"
    "You can also forward a post with links, or paste an article's text."
)


def help_text() -> str:
    lines = "\n".join(f"/{name}: {description}" for name, description in COMMANDS)
    return (
        "Send a link (up to several in one message), forward a post with links, or paste an "
        "article's text, and I'll send a digest of each. Under a digest, More and Less change its "
        f"length and Save keeps it for later.\n\n<b>Commands</b>\n{lines}"
    )


def bot_commands() -> list[BotCommand]:
    return [BotCommand(name, description) for name, description in COMMANDS]


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The greeting, then the timezone question for a chat that has not chosen one."""
    res = resources(context)
    user = await chats.touch(res.db, update)
    await res.sender.send(update.effective_chat.id, GREETING, reply_markup=start_keyboard())
    if user is not None:
        await settings.offer_timezone(update, context, user)


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    res = resources(context)
    await chats.touch(res.db, update)
    await res.sender.send(update.effective_chat.id, help_text())
