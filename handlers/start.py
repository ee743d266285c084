"""/start and /help: the greeting with an example, and the list of every command."""

from __future__ import annotations

from telegram import BotCommand, Update
from telegram.ext import ContextTypes

from handlers.chats import membership
from handlers.i18n import N_, t
from handlers.settings import preferences
from handlers.telegram.context import resources
from handlers.telegram.keyboards import start_keyboard

# Every command the bot answers, in the order /help and Telegram's menu show them.
COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", N_("What this bot does")),
    ("help", N_("Every command")),
    ("digest", N_("A digest of a link: /digest URL")),
    ("saved", N_("Your read-later list")),
    ("follow", N_("Follow a topic: /follow electric buses")),
    ("subscribe", N_("The same as /follow")),
    ("topics", N_("Your topics")),
    ("add", N_("Subscribe to a site or feed: /add URL")),
    ("sources", N_("Your subscribed sites and feeds")),
    ("opml", N_("Your sources as an OPML file (send one to import)")),
    ("channel", N_("Connect a channel you run and set up its digest")),
    ("settings", N_("Digest time, timezone, length, languages, pause")),
    ("language", N_("The bot's language: /language de")),
    ("time", N_("Daily digest time: /time 07:30")),
    ("timezone", N_("Your timezone: /timezone Kyiv")),
    ("export", N_("Your data as a JSON file")),
    ("forget", N_("Delete everything stored about you")),
)

GREETING = N_(
    "Hi! Send me a link to a news article and I'll answer with a short digest: the headline, "
    "a few key sentences and the key quotes, each word for word from the page.\n\n"
    "For example, send:\n<code>{example}</code>\n\n"
    "You can also forward a post with links, or paste an article's text."
)
EXAMPLE_URL = "https://www.example.com/news/city-council-approves-budget"
# What Telegram shows in an empty chat before /start (at most 512 characters) and on the bot's
# profile (at most 120).
DESCRIPTION = N_(
    "Send me a link to a news article and I'll answer within seconds with a short digest: the headline, "
    "a few key sentences and the key quotes, word for word. Follow topics and sites, and get a daily "
    "digest at your time."
)
SHORT_DESCRIPTION = N_("Short digests of the news you share: key sentences and quotes, word for word.")
HELP = N_(
    "Send a link (up to several in one message), forward a post with links, or paste an "
    "article's text, and I'll send a digest of each. Under a digest, More and Less change its "
    "length and Save keeps it for later.\n\n<b>Commands</b>\n{commands}"
)


def help_text(locale: str | None = None) -> str:
    lines = "\n".join(f"/{name}: {t(locale, description)}" for name, description in COMMANDS)
    return t(locale, HELP, commands=lines)


def bot_commands(locale: str | None = None) -> list[BotCommand]:
    """The command menu Telegram shows, in `locale`."""
    return [BotCommand(name, t(locale, description)) for name, description in COMMANDS]


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The greeting, then the timezone question for a chat that has not chosen one."""
    res = resources(context)
    here = await membership.arrive(res.db, update)
    locale = here.locale
    await res.sender.send(
        update.effective_chat.id,
        t(locale, GREETING, example=EXAMPLE_URL),
        reply_markup=start_keyboard(locale),
    )
    if here.user is not None:
        await preferences.offer_timezone(update, context, here.user, locale)


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    res = resources(context)
    here = await membership.arrive(res.db, update)
    await res.sender.send(update.effective_chat.id, help_text(here.locale))
