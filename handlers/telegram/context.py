"""Typed access to the resources the composition root puts in `bot_data` for every handler."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import aiohttp
from telegram.ext import Application, CallbackContext

from bot.config import Settings
from handlers.chats.admins import AdminCache
from handlers.reading.limits import LinkLimiter
from handlers.reading.pastes import PasteJoiner
from handlers.reading.pool import EnginePool
from handlers.reading.reader import Reader
from handlers.telegram.sending import Sender
from storage import Database
from storage.db import utcnow

KEY = "resources"


@dataclass
class Resources:
    """Everything a handler may use; opened in post_init, closed in post_shutdown."""

    settings: Settings
    db: Database
    http: aiohttp.ClientSession
    pool: EnginePool
    reader: Reader
    sender: Sender
    limiter: LinkLimiter
    pastes: PasteJoiner
    clock: Callable[[], datetime] = field(default=utcnow)
    admins: AdminCache = field(default_factory=AdminCache)


def resources(context: CallbackContext) -> Resources:
    """The running bot's resources (KeyError before post_init has run)."""
    return context.bot_data[KEY]


def install(application: Application, res: Resources) -> None:
    application.bot_data[KEY] = res


def installed(application: Application) -> Resources | None:
    return application.bot_data.get(KEY)
