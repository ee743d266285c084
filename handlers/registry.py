"""`register(app)`: every handler in the order it must be tried, the one error handler, and
(`schedule_jobs`) every background job."""

from __future__ import annotations

from telegram import Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from handlers import maintenance, once, start
from handlers.chats import channels, membership, rights, threads
from handlers.chats.groups import ADDRESSED
from handlers.daily import digest_now, digests
from handlers.reading import buttons, links, paste, saved
from handlers.settings import preferences, privacy
from handlers.subscriptions import opml, poller, sources, topics
from handlers.telegram.errors import on_error

WITH_LINKS = (
    filters.Entity("url")
    | filters.Entity("text_link")
    | filters.CaptionEntity("url")
    | filters.CaptionEntity("text_link")
    | filters.Regex(links.PLAIN_LINK)
    | filters.CaptionRegex(links.PLAIN_LINK)
)
NEW_MESSAGE = filters.UpdateType.MESSAGE & ADDRESSED & ~filters.COMMAND
FORWARDED_TO_ME = filters.UpdateType.MESSAGE & filters.FORWARDED & filters.ChatType.PRIVATE


def register(app: Application) -> None:
    """Commands first, then buttons, then links, then plain text; one error handler for all.
    Before them all, an update another process already took is dropped (`handlers.once`)."""
    app.add_handler(TypeHandler(Update, once.claim_update), group=-10)
    app.add_handler(TypeHandler(Update, threads.remember), group=-3)
    app.add_handler(CommandHandler("start", start.start))
    app.add_handler(CommandHandler("help", start.help_command))
    app.add_handler(CommandHandler("digest", digest_now.digest_command))
    app.add_handler(CommandHandler("saved", saved.saved_command))
    app.add_handler(CommandHandler("export", privacy.export_command))
    app.add_handler(CommandHandler("forget", privacy.forget_command))
    app.add_handler(CommandHandler(["follow", "subscribe"], topics.follow_command))
    app.add_handler(CommandHandler("topics", topics.topics_command))
    app.add_handler(CommandHandler("add", sources.add_command))
    app.add_handler(CommandHandler("sources", sources.sources_command))
    app.add_handler(CommandHandler("opml", opml.opml_command))
    app.add_handler(CommandHandler("channel", channels.channel_command))
    app.add_handler(CommandHandler("settings", preferences.settings_command))
    app.add_handler(CommandHandler("language", preferences.language_command))
    app.add_handler(CommandHandler("time", preferences.time_command))
    app.add_handler(CommandHandler("timezone", preferences.timezone_command))
    app.add_handler(MessageHandler(opml.OPML_FILES & NEW_MESSAGE, opml.on_opml_file))
    app.add_handler(CallbackQueryHandler(topics.on_button, pattern=topics.BUTTONS))
    app.add_handler(CallbackQueryHandler(sources.on_button, pattern=sources.BUTTONS))
    app.add_handler(CallbackQueryHandler(digest_now.on_story_button, pattern=digest_now.BUTTONS))
    app.add_handler(CallbackQueryHandler(preferences.on_button, pattern=preferences.BUTTONS))
    app.add_handler(CallbackQueryHandler(channels.on_button, pattern=channels.BUTTONS))
    app.add_handler(CallbackQueryHandler(buttons.on_button))
    app.add_handler(ChatMemberHandler(membership.on_my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_handler(ChatMemberHandler(rights.on_chat_member, ChatMemberHandler.CHAT_MEMBER))
    app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, membership.on_migrate))
    app.add_handler(MessageHandler(WITH_LINKS & NEW_MESSAGE, links.on_links))
    app.add_handler(MessageHandler(filters.TEXT & NEW_MESSAGE, paste.on_text))
    app.add_handler(MessageHandler(filters.TEXT & NEW_MESSAGE, preferences.on_city_text), group=-1)
    app.add_handler(MessageHandler(FORWARDED_TO_ME, channels.on_forward), group=-2)
    app.add_error_handler(on_error)
    schedule_jobs(app)


def schedule_jobs(app: Application) -> None:
    """Every background job, none of which is dropped when it starts late (`handlers.jobs`): the
    feed poller (first round a second after start-up), the daily-digest tick (at once, then every
    minute) and storage upkeep (two minutes after start-up, then daily)."""
    poller.schedule(app)
    digests.schedule_ticks(app)
    maintenance.schedule(app)
