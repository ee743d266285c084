"""Users (the chats the bot serves) and their preferences, including the daily-digest schedule.

A user row is one Telegram chat: a private chat with a person or a group. `id` is ours and is what
every other table refers to; `chat_id` is Telegram's and changes when a group becomes a supergroup.
Each user has one preferences row; `next_due_at` (the next digest instant in UTC) is kept up to date
whenever the time, timezone, pause or status changes, so finding who is due is one index range scan.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from typing import NamedTuple
from zoneinfo import available_timezones

from storage import schedule
from storage.db import Database, from_epoch, to_epoch, utcnow
from storage.errors import InvalidPreferenceError

LAST_SEEN_RESOLUTION = timedelta(minutes=1)
ITEMS_RANGE = (3, 15)
SENTENCES_RANGE = (1, 3)
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{2,8})?$")
ARTICLE_PREVIEWS = ("large", "small", "off")


@dataclass(frozen=True)
class User:
    id: int
    chat_id: int
    telegram_user_id: int | None
    chat_type: str
    language: str | None
    status: str
    created_at: datetime
    last_seen_at: datetime
    locale: str | None = None
    title: str | None = None
    owner_telegram_id: int | None = None

    @property
    def active(self) -> bool:
        return self.status == "active"


@dataclass(frozen=True)
class Preferences:
    digest_time: str = "09:00"
    timezone: str = "UTC"
    items_per_digest: int = 7
    sentences: int = 2
    quotes: bool = True
    languages: tuple[str, ...] = field(default_factory=tuple)
    paused: bool = False
    use_catalog: bool = True
    skip_empty: bool = False
    article_preview: str = "large"
    next_due_at: datetime | None = None
    last_digest_date: date | None = None
    digest_thread_id: int | None = None


class DueUser(NamedTuple):
    """A user whose daily-digest instant has come: just what the digest job needs to claim it
    (load the rest with `get_preferences`)."""

    user_id: int
    chat_id: int
    digest_time: str
    timezone: str
    next_due_at: datetime
    last_digest_date: date | None
    chat_type: str = "private"


def user_from_row(row: sqlite3.Row) -> User:
    """A `users` row as a User (for repositories that join users)."""
    return User(
        id=row["id"],
        chat_id=row["chat_id"],
        telegram_user_id=row["telegram_user_id"],
        chat_type=row["chat_type"],
        language=row["language"],
        status=row["status"],
        created_at=from_epoch(row["created_at"]),
        last_seen_at=from_epoch(row["last_seen_at"]),
        locale=row["locale"],
        title=row["title"],
        owner_telegram_id=row["owner_telegram_id"],
    )


def _preferences(row: sqlite3.Row) -> Preferences:
    last = row["last_digest_date"]
    return Preferences(
        digest_time=row["digest_time"],
        timezone=row["timezone"],
        items_per_digest=row["items_per_digest"],
        sentences=row["sentences"],
        quotes=bool(row["quotes"]),
        languages=tuple(json.loads(row["languages"])),
        paused=bool(row["paused"]),
        use_catalog=bool(row["use_catalog"]),
        skip_empty=bool(row["skip_empty"]),
        article_preview=row["article_preview"],
        next_due_at=from_epoch(row["next_due_at"]),
        last_digest_date=date.fromisoformat(last) if last else None,
        digest_thread_id=row["digest_thread_id"],
    )


# ---- validation (handlers may call these to check user input before storing it) -----------------


def validate_digest_time(text: str) -> str:
    """'9:05' → '09:05'; InvalidPreferenceError for anything that is not a 24-hour HH:MM."""
    try:
        value = schedule.parse_time(text)
    except ValueError:
        raise InvalidPreferenceError(
            f"“{text[:20]}” is not a time of day; send it as HH:MM, for example 07:30 or 18:00."
        ) from None
    return value.strftime("%H:%M")


@cache
def _timezones() -> dict[str, str]:
    return {name.lower(): name for name in available_timezones()}


def validate_timezone(name: str) -> str:
    """An IANA timezone name such as 'Europe/Berlin' (any letter case); InvalidPreferenceError otherwise."""
    found = _timezones().get(name.strip().lower())
    if found is None:
        raise InvalidPreferenceError(
            f"“{name[:40]}” is not a timezone I know; use a name like Europe/Berlin, America/New_York or UTC."
        )
    return found


def _validate_range(name: str, value: int, bounds: tuple[int, int]) -> int:
    low, high = bounds
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidPreferenceError(f"The {name} must be a whole number from {low} to {high}.")
    return value


def validate_flag(name: str, value: object) -> bool:
    """A yes/no preference must be given as True or False."""
    if not isinstance(value, bool):
        raise InvalidPreferenceError(f"The {name} setting must be on or off.")
    return value


def validate_locale(code: str) -> str:
    """An interface language code as stored with the user ('ru', 'pt')."""
    norm = code.strip().lower()
    if not _LANGUAGE.match(norm):
        raise InvalidPreferenceError(f"“{code[:20]}” is not a language code; use a code such as en or de.")
    return norm


def validate_languages(codes: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    cleaned: list[str] = []
    for code in codes:
        norm = code.strip().lower()
        if not _LANGUAGE.match(norm):
            raise InvalidPreferenceError(
                f"“{code[:20]}” is not a language code; use two-letter codes such as en, de or fr."
            )
        if norm not in cleaned:
            cleaned.append(norm)
    return tuple(cleaned)


# ---- users ----------------------------------------------------------------------------------------


async def upsert_user(
    db: Database,
    chat_id: int,
    *,
    telegram_user_id: int | None = None,
    chat_type: str = "private",
    language: str | None = None,
    locale: str | None = None,
    now: datetime | None = None,
) -> User:
    """Record that a chat talked to the bot: create it, or refresh it and mark it active again.

    `locale` (the interface language) is stored only when the chat has none yet: at first contact,
    from Telegram's language_code; afterwards only `set_locale` changes it.

    `last_seen_at` is kept to the minute: an active chat seen within the last minute with nothing
    changed is answered from a read, so most updates cost no write at all.
    """
    now = now or utcnow()
    known = await get_user_by_chat(db, chat_id)
    if (
        known is not None
        and known.active
        and known.chat_type == chat_type
        and language in (None, known.language)
        and telegram_user_id in (None, known.telegram_user_id)
        and (locale is None or known.locale is not None)
        and timedelta(0) <= now - known.last_seen_at < LAST_SEEN_RESOLUTION
    ):
        return known
    async with db.transaction():
        row = await db.fetchone(
            "INSERT INTO users (chat_id, telegram_user_id, chat_type, language, locale, status, created_at,"
            " last_seen_at) VALUES (?, ?, ?, ?, ?, 'active', ?, ?)"
            " ON CONFLICT (chat_id) DO UPDATE SET"
            " telegram_user_id = COALESCE(excluded.telegram_user_id, users.telegram_user_id),"
            " chat_type = excluded.chat_type, language = COALESCE(excluded.language, users.language),"
            " locale = COALESCE(users.locale, excluded.locale),"
            " status = 'active', last_seen_at = excluded.last_seen_at RETURNING *",
            (chat_id, telegram_user_id, chat_type, language, locale, to_epoch(now), to_epoch(now)),
        )
        user = user_from_row(row)
        await db.execute(
            "INSERT INTO preferences (user_id) VALUES (?) ON CONFLICT (user_id) DO NOTHING", (user.id,)
        )
        await _reschedule(db, user.id, now, only_if_unscheduled=True)
    return user


async def get_user(db: Database, user_id: int) -> User | None:
    row = await db.fetchone("SELECT * FROM users WHERE id = ?", (user_id,))
    return user_from_row(row) if row else None


async def get_user_by_chat(db: Database, chat_id: int) -> User | None:
    row = await db.fetchone("SELECT * FROM users WHERE chat_id = ?", (chat_id,))
    return user_from_row(row) if row else None


async def set_locale(db: Database, user_id: int, locale: str) -> User | None:
    """Change a chat's interface language; None if there is no such user."""
    row = await db.execute_returning(
        "UPDATE users SET locale = ? WHERE id = ? RETURNING *", (validate_locale(locale), user_id)
    )
    return user_from_row(row) if row else None


async def mark_blocked(db: Database, chat_id: int, *, now: datetime | None = None) -> bool:
    """The chat blocked the bot or removed it (Telegram 403): stop sending to it.

    True only for the one call that moved an active chat to blocked (so whoever must be told about
    it is told once, whichever process or update noticed first)."""
    async with db.transaction():
        row = await db.fetchone(
            "UPDATE users SET status = 'blocked' WHERE chat_id = ? AND status = 'active' RETURNING id",
            (chat_id,),
        )
        if row is not None:
            await _reschedule(db, row["id"], now or utcnow())
    return row is not None


async def set_chat_info(
    db: Database, user_id: int, *, title: str | None = None, owner_telegram_id: int | None = None
) -> None:
    """A group's or channel's title, and the person to tell when the bot loses it (None: keep)."""
    await db.execute(
        "UPDATE users SET title = COALESCE(?, title), owner_telegram_id = COALESCE(?, owner_telegram_id)"
        " WHERE id = ?",
        (title, owner_telegram_id, user_id),
    )


async def set_digest_thread(db: Database, user_id: int, thread_id: int | None) -> None:
    """The forum topic that receives the chat's daily digest (None: General)."""
    await db.execute(
        "UPDATE preferences SET digest_thread_id = ? WHERE user_id = ?", (thread_id, user_id)
    )


async def migrate_chat(db: Database, old_chat_id: int, new_chat_id: int) -> User | None:
    """A group became a supergroup: move the chat id, keeping everything the group had set.

    If a fresh row already exists for the new id (an update from the supergroup came first), the
    old row's settings win and the fresh row is merged away.
    """
    async with db.transaction():
        old = await db.fetchone("SELECT id FROM users WHERE chat_id = ?", (old_chat_id,))
        if old is None:
            row = await db.fetchone("SELECT * FROM users WHERE chat_id = ?", (new_chat_id,))
            return user_from_row(row) if row else None
        await db.execute("DELETE FROM users WHERE chat_id = ?", (new_chat_id,))
        row = await db.fetchone(
            "UPDATE users SET chat_id = ?, chat_type = 'supergroup' WHERE id = ? RETURNING *",
            (new_chat_id, old["id"]),
        )
    return user_from_row(row)


# ---- preferences ----------------------------------------------------------------------------------


async def get_preferences(db: Database, user_id: int) -> Preferences:
    row = await db.fetchone("SELECT * FROM preferences WHERE user_id = ?", (user_id,))
    return _preferences(row) if row else Preferences()


async def update_preferences(
    db: Database,
    user_id: int,
    *,
    digest_time: str | None = None,
    timezone: str | None = None,
    items_per_digest: int | None = None,
    sentences: int | None = None,
    quotes: bool | None = None,
    languages: list[str] | tuple[str, ...] | None = None,
    paused: bool | None = None,
    use_catalog: bool | None = None,
    skip_empty: bool | None = None,
    article_preview: str | None = None,
    now: datetime | None = None,
) -> Preferences:
    """Change some preferences (None = leave as is); invalid values raise InvalidPreferenceError
    with a sentence for the user, and nothing is stored. The digest schedule follows the change.

    `skip_empty`: on a day with nothing new, send no digest at all (True) or one short line (False).
    `article_preview`: a single article's preview card "large" (above the text), "small" or "off".
    """
    changes: dict[str, object] = {}
    if digest_time is not None:
        changes["digest_time"] = validate_digest_time(digest_time)
    if timezone is not None:
        changes["timezone"] = validate_timezone(timezone)
    if items_per_digest is not None:
        changes["items_per_digest"] = _validate_range("number of items", items_per_digest, ITEMS_RANGE)
    if sentences is not None:
        changes["sentences"] = _validate_range("number of sentences", sentences, SENTENCES_RANGE)
    if quotes is not None:
        changes["quotes"] = int(bool(quotes))
    if languages is not None:
        changes["languages"] = json.dumps(list(validate_languages(languages)))
    if paused is not None:
        changes["paused"] = int(bool(paused))
    if use_catalog is not None:
        changes["use_catalog"] = int(bool(use_catalog))
    if skip_empty is not None:
        changes["skip_empty"] = int(validate_flag("“nothing new”", skip_empty))
    if article_preview is not None:
        if article_preview not in ARTICLE_PREVIEWS:
            raise InvalidPreferenceError("The article picture must be large, small or off.")
        changes["article_preview"] = article_preview
    async with db.transaction():
        await db.execute(
            "INSERT INTO preferences (user_id) VALUES (?) ON CONFLICT (user_id) DO NOTHING", (user_id,)
        )
        if changes:
            assignments = ", ".join(f"{column} = ?" for column in changes)
            await db.execute(
                f"UPDATE preferences SET {assignments} WHERE user_id = ?", (*changes.values(), user_id)
            )
        if {"digest_time", "timezone", "paused"} & changes.keys():
            await _reschedule(db, user_id, now or utcnow())
        return await get_preferences(db, user_id)


# ---- daily-digest schedule ------------------------------------------------------------------------


async def users_due(db: Database, now: datetime, *, limit: int = 1000) -> list[DueUser]:
    """Active, unpaused users whose next digest instant is at or before `now`, oldest first.

    Overdue users are included (the caller decides whether a missed digest is still worth sending,
    then claims it in `deliveries` or calls `reschedule`).
    """
    rows = await db.fetchall(
        "SELECT p.user_id, u.chat_id, p.digest_time, p.timezone, p.next_due_at, p.last_digest_date,"
        " u.chat_type FROM preferences AS p JOIN users AS u ON u.id = p.user_id"
        " WHERE p.next_due_at <= ? AND p.next_due_at IS NOT NULL AND u.status = 'active' AND p.paused = 0"
        " ORDER BY p.next_due_at LIMIT ?",
        (to_epoch(now), limit),
    )
    return [
        DueUser(uid, chat, local, zone, from_epoch(due), date.fromisoformat(last) if last else None, kind)
        for uid, chat, local, zone, due, last, kind in rows
    ]


async def reschedule(db: Database, user_id: int, *, after: datetime | None = None) -> datetime | None:
    """Set the next digest instant to the first one strictly after `after` (default now)."""
    async with db.transaction():
        return await _reschedule(db, user_id, after or utcnow())


async def _reschedule(
    db: Database, user_id: int, after: datetime, *, only_if_unscheduled: bool = False
) -> datetime | None:
    row = await db.fetchone(
        "SELECT p.digest_time, p.timezone, p.paused, p.next_due_at, u.status FROM preferences AS p"
        " JOIN users AS u ON u.id = p.user_id WHERE p.user_id = ?",
        (user_id,),
    )
    if row is None or (only_if_unscheduled and row["next_due_at"] is not None):
        return None
    due = None
    if row["status"] == "active" and not row["paused"]:
        due, _ = schedule.next_slot(row["digest_time"], row["timezone"], after)
    await db.execute(
        "UPDATE preferences SET next_due_at = ? WHERE user_id = ?",
        (to_epoch(due) if due else None, user_id),
    )
    return due
