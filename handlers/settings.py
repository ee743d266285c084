"""/settings, /time and /timezone, and the timezone question at /start: what the user sets.

/settings sends one menu message; every button press changes one preference through
`storage.users.update_preferences` (which checks it and reschedules the next digest) and redraws
that same message with a ✓ line saying what changed. Buttons carry the value they set (never "flip"),
so pressing an old one is harmless; a payload this version did not make, or a value storage refuses,
answers "This button has expired." Zone buttons carry the IANA name (ASCII, at most 32 bytes), so
callback data stays within Telegram's 64 bytes whatever the label says.

After a timezone question (at /start, or "Another place…") the chat's next short text is read as a
city for ten minutes (`on_city_text`, registered in a group before the others); links, forwards
and long texts pass through to the usual handlers.
"""

from __future__ import annotations

import html
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ApplicationHandlerStop, ContextTypes

from handlers import chats, rights
from handlers.callbacks import EXPIRED, SEPARATOR, VERSION, Action, answer_query, pack, unpack
from handlers.context import Resources, resources
from handlers.links import links_in
from handlers.timeparse import (
    CHOSEN_UTC,
    TIME_EXAMPLES,
    InputError,
    offset_label,
    parse_time,
    parse_timezone,
    suggested_zones,
    zone_label,
)
from storage import pending, users
from storage.users import ITEMS_RANGE, SENTENCES_RANGE, Preferences, User

BUTTONS = f"^{VERSION}{Action.SETTINGS.value}({SEPARATOR}|$)"
UNCHOSEN_ZONE = Preferences().timezone
AWAIT_CITY = timedelta(minutes=10)
MAX_CITY_CHARS = 64
HOURS = ("06:00", "07:00", "08:00", "09:00", "10:00", "12:00", "17:00", "18:00", "19:00", "20:00",
         "21:00", "22:00")
LANGUAGES = (
    ("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español"), ("it", "Italiano"),
    ("pt", "Português"), ("nl", "Nederlands"), ("pl", "Polski"), ("uk", "Українська"),
    ("ru", "Русский"), ("tr", "Türkçe"), ("ja", "日本語"), ("zh", "中文"), ("ar", "العربية"),
)
CITY_EXAMPLES = (
    "your city (for example Kyiv, São Paulo or Tokyo), a zone name such as Europe/London, or an "
    "offset such as UTC+2"
)
CITY_PROMPT = f"Send me {CITY_EXAMPLES}."

Screen = tuple[str, InlineKeyboardMarkup | None]


def _button(label: str, *args: str | int) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=pack(Action.SETTINGS, *args))


def _rows(buttons: list[InlineKeyboardButton], width: int) -> list[list[InlineKeyboardButton]]:
    return [buttons[i : i + width] for i in range(0, len(buttons), width)]


def _on(flag: bool) -> str:
    return "on" if flag else "off"


def _empty_day(skip: bool) -> str:
    return "no message" if skip else "one short line"


def _language_names(codes: tuple[str, ...]) -> str:
    names = dict(LANGUAGES)
    return ", ".join(names.get(code, code) for code in codes) if codes else "any"


def zone_text(zone: str, now: datetime | None = None) -> str:
    """'Kyiv (UTC+02:00)', 'UTC+2', 'UTC' or 'UTC (not chosen yet)' (HTML)."""
    label = zone_label(zone)
    if zone == UNCHOSEN_ZONE:
        return "UTC (not chosen yet)"
    if label.startswith("UTC"):
        return label
    return f"{html.escape(label)} ({offset_label(zone, now)})"


def local_time(digest_time: str, zone: str) -> str:
    """'09:00 Kyiv time', '09:00 UTC+2' or '09:00 UTC' (HTML)."""
    label = zone_label(zone)
    return f"{digest_time} {label}" if label.startswith("UTC") else f"{digest_time} {html.escape(label)} time"


def schedule_line(prefs: Preferences) -> str:
    """When the daily digest comes, and when the next one is (HTML)."""
    line = f"Daily digest at <b>{local_time(prefs.digest_time, prefs.timezone)}</b>"
    if prefs.paused:
        return f"{line}: <b>paused</b>"
    if prefs.next_due_at is not None:
        due = prefs.next_due_at.astimezone(ZoneInfo(prefs.timezone))
        line += f"; next on {due:%a} {due.day} {due:%b}"
    return line


def main_screen(prefs: Preferences, note: str | None = None) -> Screen:
    """The /settings menu: every preference with the buttons that change it."""
    lines = [
        "<b>Settings</b>",
        f"🕘 {schedule_line(prefs)}",
        f"🌍 Timezone: <b>{zone_text(prefs.timezone)}</b>",
        f"📰 Items per digest: <b>{prefs.items_per_digest}</b>",
        f"✏️ Sentences per item: <b>{prefs.sentences}</b>",
        f"💬 Quotes: <b>{_on(prefs.quotes)}</b>",
        f"🌐 Languages: <b>{_language_names(prefs.languages)}</b>",
        f"📚 Match topics in the built-in news catalog: <b>{_on(prefs.use_catalog)}</b>",
        f"🔕 On days with nothing new: <b>{_empty_day(prefs.skip_empty)}</b>",
    ]
    if note:
        lines.append(f"\n✓ {note}")
    items = prefs.items_per_digest
    item_row = []
    if items > ITEMS_RANGE[0]:
        item_row.append(_button(f"− {items - 1} items", "i", items - 1))
    if items < ITEMS_RANGE[1]:
        item_row.append(_button(f"+ {items + 1} items", "i", items + 1))
    sentence_row = [
        _button(("✓ " if n == prefs.sentences else "") + f"{n} sentence{'s' if n > 1 else ''}", "s", n)
        for n in range(SENTENCES_RANGE[0], SENTENCES_RANGE[1] + 1)
    ]
    rows = [
        [
            _button(f"🕘 Time: {prefs.digest_time}", "T"),
            _button(f"🌍 Timezone: {zone_label(prefs.timezone)}", "Z"),
        ],
        item_row,
        sentence_row,
        [
            _button(f"💬 Turn quotes {_on(not prefs.quotes)}", "q", int(not prefs.quotes)),
            _button(f"📚 Turn catalog {_on(not prefs.use_catalog)}", "c", int(not prefs.use_catalog)),
        ],
        [
            _button("🔔 Nothing new: send one line", "e", 0)
            if prefs.skip_empty
            else _button("🔕 Nothing new: send nothing", "e", 1)
        ],
        [_button("🌐 Languages", "L")],
        [_button("▶️ Resume digests", "p", 0) if prefs.paused else _button("⏸ Pause digests", "p", 1)],
        [_button("Done", "x")],
    ]
    return "\n".join(lines), InlineKeyboardMarkup(rows)


def time_screen(prefs: Preferences) -> Screen:
    text = (
        f"<b>Digest time</b>\nNow {local_time(prefs.digest_time, prefs.timezone)}. Pick an hour, or "
        f"send another time, for example {TIME_EXAMPLES}."
    )
    hours = [_button(("✓ " if h == prefs.digest_time else "") + h, "t", h.replace(":", "")) for h in HOURS]
    return text, InlineKeyboardMarkup([*_rows(hours, 4), [_button("« Back", "m")]])


def _zone_buttons(zones: list[str], op: str) -> list[list[InlineKeyboardButton]]:
    buttons = [_button(zone_label(zone), op, zone) for zone in zones]
    return _rows(buttons, 2)


def zone_screen(prefs: Preferences, language: str | None) -> Screen:
    """The timezone picker inside /settings."""
    zones = suggested_zones(language)
    if prefs.timezone not in (*zones, UNCHOSEN_ZONE, CHOSEN_UTC):
        zones.insert(0, prefs.timezone)
    text = (
        f"<b>Timezone</b>\nNow {zone_text(prefs.timezone)}. Pick one, or tap “Another place…” and send "
        "your city."
    )
    rows = [
        *_zone_buttons(zones, "z"),
        [_button("UTC", "z", CHOSEN_UTC), _button("Another place…", "y", "m")],
        [_button("« Back", "m")],
    ]
    return text, InlineKeyboardMarkup(rows)


def welcome_screen(prefs: Preferences, language: str | None) -> Screen:
    """The timezone question a new user gets after the greeting (also /timezone with no argument)."""
    if prefs.timezone == UNCHOSEN_ZONE:
        head = (
            f"<b>Where are you?</b> I'll send your daily digest at {prefs.digest_time} your time; "
            f"until you choose, that's {prefs.digest_time} UTC."
        )
    else:
        head = f"Your timezone is {zone_text(prefs.timezone)}."
    text = f"{head}\nTap your timezone below, or just send me {CITY_EXAMPLES}."
    rows = [
        *_zone_buttons(suggested_zones(language), "w"),
        [_button("UTC", "w", CHOSEN_UTC), _button("Another place…", "y", "w")],
    ]
    return text, InlineKeyboardMarkup(rows)


def languages_screen(prefs: Preferences) -> Screen:
    chosen = prefs.languages
    text = (
        "<b>Languages</b>\nYour digest includes articles in: "
        f"<b>{_language_names(chosen)}</b>. Tap to add or remove a language; with none chosen, "
        "articles in any language are included."
    )
    codes = [*(code for code, _ in LANGUAGES), *(c for c in chosen if c not in dict(LANGUAGES))]
    names = dict(LANGUAGES)
    buttons = [
        _button(("✓ " if code in chosen else "") + names.get(code, code), "l", code, int(code not in chosen))
        for code in codes
    ]
    rows = _rows(buttons, 3)
    if chosen:
        rows.append([_button("Any language", "a")])
    rows.append([_button("« Back", "m")])
    return text, InlineKeyboardMarkup(rows)


def zone_confirmation(prefs: Preferences) -> str:
    return (
        f"✓ Timezone: {zone_text(prefs.timezone)}. {schedule_sentence(prefs)} Change the hour with /time, "
        "or anything else in /settings."
    )


def schedule_sentence(prefs: Preferences) -> str:
    """One sentence saying when the next digest comes (HTML)."""
    if prefs.paused:
        return (
            f"Your daily digest time is {local_time(prefs.digest_time, prefs.timezone)}, but digests are "
            "paused; /settings resumes them."
        )
    if prefs.next_due_at is None:
        return f"Your daily digest comes at {local_time(prefs.digest_time, prefs.timezone)}."
    due = prefs.next_due_at.astimezone(ZoneInfo(prefs.timezone))
    return (
        f"Your daily digest comes at {local_time(prefs.digest_time, prefs.timezone)}; the next one on "
        f"{due:%a} {due.day} {due:%b}."
    )


def _argument(update: Update) -> str:
    parts = (update.effective_message.text or "").split(maxsplit=1)
    return parts[1] if len(parts) > 1 else ""


def _city_token(chat_id: int) -> str:
    return f"city{chat_id}"


async def _await_city(res: Resources, user: User) -> None:
    """Read this chat's next short text as a city for ten minutes (stored: any process, any restart)."""
    await pending.put(res.db, "city", user.id, True, AWAIT_CITY, token=_city_token(user.chat_id))


async def settings_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/settings (read-only for a group member who is not an admin)."""
    res = resources(context)
    where = await rights.place(update, context)
    if where is None:
        return
    await _send_menu(res, update, where)


async def _send_menu(res: Resources, update: Update, where: rights.Place) -> None:
    text, keyboard = main_screen(await users.get_preferences(res.db, where.user.id))
    await res.sender.send(update.effective_chat.id, text, reply_markup=keyboard if where.may_change else None)


async def time_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/time HH:MM"""
    res = resources(context)
    chat_id = update.effective_chat.id
    typed = _argument(update)
    where = await (rights.changing(update, context) if typed.strip() else rights.place(update, context))
    if where is None:
        return
    user = where.user
    if not typed.strip():
        prefs = await users.get_preferences(res.db, user.id)
        await res.sender.send(
            chat_id, f"{schedule_sentence(prefs)} To change it, send for example {TIME_EXAMPLES}."
        )
        return
    try:
        value = parse_time(typed)
    except InputError as err:
        await res.sender.send(chat_id, html.escape(str(err), quote=False))
        return
    prefs = await users.update_preferences(res.db, user.id, digest_time=value)
    await res.sender.send(chat_id, f"✓ Digest time: {value}. {schedule_sentence(prefs)}")


async def _set_zone(res: Resources, update: Update, user: User, typed: str) -> None:
    chat_id = update.effective_chat.id
    try:
        zone = parse_timezone(typed)
    except InputError as err:
        await res.sender.send(chat_id, html.escape(str(err), quote=False))
        return
    prefs = await users.update_preferences(res.db, user.id, timezone=zone)
    await res.sender.send(chat_id, zone_confirmation(prefs))


async def timezone_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/timezone NAME, or the picker when no name is given."""
    res = resources(context)
    where = await rights.changing(update, context)
    if where is None:
        return
    user = where.user
    typed = _argument(update)
    if typed.strip():
        await _set_zone(res, update, user, typed)
        return
    text, keyboard = welcome_screen(await users.get_preferences(res.db, user.id), user.language)
    await _await_city(res, user)
    await res.sender.send(update.effective_chat.id, text, reply_markup=keyboard)


async def offer_timezone(update: Update, context: ContextTypes.DEFAULT_TYPE, user: User) -> None:
    """At /start: ask for a timezone unless the chat has chosen one."""
    res = resources(context)
    prefs = await users.get_preferences(res.db, user.id)
    if prefs.timezone != UNCHOSEN_ZONE or not await rights.may_change(update, context):
        return
    text, keyboard = welcome_screen(prefs, user.language)
    await _await_city(res, user)
    await res.sender.send(update.effective_chat.id, text, reply_markup=keyboard)


async def on_city_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A short text right after a timezone question is read as a city; links, forwards and long
    texts pass on to the usual handlers (a link keeps the question open)."""
    message = update.effective_message
    res = resources(context)
    token = _city_token(message.chat_id)
    if message.forward_origin is not None or links_in(message):
        return
    if not await pending.for_chat(res.db, "city", token, message.chat_id):
        return
    if not await rights.may_change(update, context):
        return
    user = await chats.touch(res.db, update)
    if user is None or not await pending.take(res.db, "city", token, user.id):
        return
    text = message.text or ""
    if len(text) > MAX_CITY_CHARS or "\n" in text.strip():
        return
    await _set_zone(res, update, user, text)
    raise ApplicationHandlerStop


def _flag(value: str) -> bool:
    if value not in ("0", "1"):
        raise ValueError(f"not a flag: {value!r}")
    return value == "1"


async def _change(res: Resources, user: User, op: str, args: tuple[str, ...]) -> tuple[Preferences, str]:
    """Apply one setting button; the new preferences and a note saying what changed."""
    db = res.db
    if op == "t":
        value = users.validate_digest_time(f"{args[0][:2]}:{args[0][2:]}")
        return await users.update_preferences(db, user.id, digest_time=value), f"Digest time: {value}."
    if op in ("z", "w"):
        prefs = await users.update_preferences(db, user.id, timezone=args[0])
        return prefs, f"Timezone: {zone_text(prefs.timezone)}."
    if op == "i":
        prefs = await users.update_preferences(db, user.id, items_per_digest=int(args[0]))
        return prefs, f"Items per digest: {prefs.items_per_digest}."
    if op == "s":
        prefs = await users.update_preferences(db, user.id, sentences=int(args[0]))
        return prefs, f"Sentences per item: {prefs.sentences}."
    if op == "q":
        flag = _flag(args[0])
        return await users.update_preferences(db, user.id, quotes=flag), f"Quotes: {_on(flag)}."
    if op == "c":
        flag = _flag(args[0])
        prefs = await users.update_preferences(db, user.id, use_catalog=flag)
        return prefs, f"Topics matched in the built-in catalog: {_on(flag)}."
    if op == "e":
        flag = _flag(args[0])
        prefs = await users.update_preferences(db, user.id, skip_empty=flag)
        return prefs, f"On days with nothing new: {_empty_day(flag)}."
    if op == "p":
        flag = _flag(args[0])
        prefs = await users.update_preferences(db, user.id, paused=flag)
        return prefs, "Daily digests paused." if flag else "Daily digests resumed."
    if op in ("l", "a"):
        current = (await users.get_preferences(db, user.id)).languages
        code, add = (args[0], _flag(args[1])) if op == "l" else ("", False)
        chosen = [] if op == "a" else [c for c in current if c != code] + ([code] if add else [])
        prefs = await users.update_preferences(db, user.id, languages=chosen)
        return prefs, f"Languages: {_language_names(prefs.languages)}."
    raise ValueError(f"unknown settings button {op!r}")


async def _show(res: Resources, update: Update, screen: Screen) -> None:
    """Redraw the pressed message in place (or send it anew if Telegram no longer shows it)."""
    message = update.callback_query.message
    text, keyboard = screen
    if message is None or not await res.sender.edit(
        message.chat.id, message.message_id, text, reply_markup=keyboard
    ):
        await res.sender.send(update.effective_chat.id, text, reply_markup=keyboard)


async def _press(
    res: Resources, update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, args: tuple[str, ...]
) -> str | None:
    """Carry out one settings button; the text for the callback answer."""
    op, rest = args[0], args[1:]
    prefs = await users.get_preferences(res.db, user.id)
    views = {
        "m": lambda: main_screen(prefs),
        "T": lambda: time_screen(prefs),
        "Z": lambda: zone_screen(prefs, user.language),
        "L": lambda: languages_screen(prefs),
    }
    if op in views and not rest:
        await _show(res, update, views[op]())
        return None
    if op == "x" and not rest:
        await _show(res, update, ("<b>Settings saved.</b>\n" + schedule_line(prefs), None))
        return None
    if op == "y" and rest in (("m",), ("w",)):
        await _await_city(res, user)
        back = InlineKeyboardMarkup([[_button("« Back", "Z")]]) if rest[0] == "m" else None
        await _show(res, update, (CITY_PROMPT, back))
        return None
    expected = {"t": 1, "z": 1, "w": 1, "i": 1, "s": 1, "q": 1, "c": 1, "e": 1, "p": 1, "l": 2, "a": 0}
    if expected.get(op) != len(rest):
        return EXPIRED
    prefs, note = await _change(res, user, op, rest)
    if op == "w":
        await pending.drop(res.db, "city", _city_token(user.chat_id), user.id)
        await _show(res, update, (zone_confirmation(prefs), None))
    elif op == "l" or op == "a":
        await _show(res, update, languages_screen(prefs))
    else:
        await _show(res, update, main_screen(prefs, note))
    return note


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every button of the settings menu and of the timezone question."""
    query = update.callback_query
    res = resources(context)
    data = unpack(query.data)
    answer: str | None = EXPIRED
    if data is not None and not data.args:
        where = await rights.place(update, context)
        if where is not None:
            await _send_menu(res, update, where)
            answer = None
        await answer_query(query, answer)
        return
    where = await rights.changing(update, context)
    if where is None:
        return
    if data is not None:
        try:
            answer = await _press(res, update, context, where.user, data.args)
        except (ValueError, IndexError):
            answer = EXPIRED
    await answer_query(query, answer)
