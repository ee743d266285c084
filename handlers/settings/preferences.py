"""/settings, /language, /time and /timezone, and the timezone question at /start: what the user sets.

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

from handlers import i18n
from handlers.chats import membership, rights
from handlers.chats.channels import title_of
from handlers.chats.threads import current_topic
from handlers.i18n import N_, nt, t
from handlers.reading.links import links_in
from handlers.settings.timeparse import (
    CHOSEN_UTC,
    TIME_EXAMPLES,
    InputError,
    offset_label,
    parse_time,
    parse_timezone,
    suggested_zones,
    zone_label,
)
from handlers.telegram.callbacks import EXPIRED, SEPARATOR, VERSION, Action, answer_query, pack, unpack
from handlers.telegram.context import Resources, resources
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
CITY_PROMPT = N_(
    "Send me your city (for example Kyiv, São Paulo or Tokyo), a zone name such as Europe/London, "
    "or an offset such as UTC+2."
)
ADMINS_OPEN_SETTINGS = N_("Only this chat's admins can open its settings.")
PREVIEWS = {
    "large": N_("large, above the text"),
    "small": N_("small"),
    "off": N_("off"),
}

Screen = tuple[str, InlineKeyboardMarkup | None]


def _button(label: str, *args: str | int) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=pack(Action.SETTINGS, *args))


def _rows(buttons: list[InlineKeyboardButton], width: int) -> list[list[InlineKeyboardButton]]:
    return [buttons[i : i + width] for i in range(0, len(buttons), width)]


def _on(locale: str, flag: bool) -> str:
    return t(locale, "on") if flag else t(locale, "off")


def _empty_day(locale: str, skip: bool) -> str:
    return t(locale, "no message") if skip else t(locale, "one short line")


def _language_names(locale: str, codes: tuple[str, ...]) -> str:
    names = dict(LANGUAGES)
    return ", ".join(names.get(code, code) for code in codes) if codes else t(locale, "any")


def _tick(chosen: bool) -> str:
    return "✓ " if chosen else ""


def _back(locale: str, view: str = "m") -> InlineKeyboardButton:
    return _button(t(locale, "« Back"), view)


def zone_text(zone: str, now: datetime | None = None, locale: str | None = None) -> str:
    """'Kyiv (UTC+02:00)', 'UTC+2', 'UTC' or 'UTC (not chosen yet)' (HTML)."""
    label = zone_label(zone, locale)
    if zone == UNCHOSEN_ZONE:
        return t(locale, "UTC (not chosen yet)")
    if label.startswith("UTC"):
        return label
    return f"{html.escape(label)} ({offset_label(zone, now)})"


def local_time(digest_time: str, zone: str, locale: str | None = None) -> str:
    """'09:00 Kyiv time', '09:00 UTC+2' or '09:00 UTC' (HTML)."""
    label = zone_label(zone, locale)
    if label.startswith("UTC"):
        return f"{digest_time} {label}"
    return t(locale, "{time} {place} time", time=digest_time, place=html.escape(label))


def _next_day(prefs: Preferences, locale: str | None) -> str:
    return i18n.weekday_day(locale, prefs.next_due_at.astimezone(ZoneInfo(prefs.timezone)))


def schedule_line(prefs: Preferences, locale: str | None = None) -> str:
    """When the daily digest comes, and when the next one is (HTML)."""
    at = local_time(prefs.digest_time, prefs.timezone, locale)
    if prefs.paused:
        return t(locale, "Daily digest at <b>{time}</b>: <b>paused</b>", time=at)
    if prefs.next_due_at is not None:
        day = _next_day(prefs, locale)
        return t(locale, "Daily digest at <b>{time}</b>; next on {day}", time=at, day=day)
    return t(locale, "Daily digest at <b>{time}</b>", time=at)


def _topic_row(prefs: Preferences, topic: int | None, locale: str | None) -> list[InlineKeyboardButton]:
    """In a forum group: send the daily digest to the topic this menu is in, or back to General."""
    if topic is not None and prefs.digest_thread_id != topic:
        return [_button(t(locale, "📌 Send digests here"), "h", topic)]
    if topic is None and prefs.digest_thread_id is not None:
        return [_button(t(locale, "📌 Send digests to General"), "h", 0)]
    return []


def main_screen(
    prefs: Preferences,
    note: str | None = None,
    locale: str | None = None,
    *,
    topic: int | None = None,
    language: str | None = None,
) -> Screen:
    """The /settings menu, in `locale`: every preference with the buttons that change it. `topic`:
    the forum topic the menu is shown in (forum groups choose where the daily digest goes);
    `language`: the chat's own language when it is not `locale` (a channel managed from here)."""
    spoken = language or locale
    lines = [
        t(locale, "<b>Settings</b>"),
        f"🕘 {schedule_line(prefs, locale)}",
        t(locale, "🌍 Timezone: <b>{zone}</b>", zone=zone_text(prefs.timezone, locale=locale)),
        t(locale, "📰 Items per digest: <b>{count}</b>", count=prefs.items_per_digest),
        t(locale, "✏️ Sentences per item: <b>{count}</b>", count=prefs.sentences),
        t(locale, "💬 Quotes: <b>{state}</b>", state=_on(locale, prefs.quotes)),
        t(locale, "🌐 Languages: <b>{languages}</b>", languages=_language_names(locale, prefs.languages)),
        t(
            locale,
            "📚 Match topics in the built-in news catalog: <b>{state}</b>",
            state=_on(locale, prefs.use_catalog),
        ),
        t(
            locale,
            "🔕 On days with nothing new: <b>{choice}</b>",
            choice=_empty_day(locale, prefs.skip_empty),
        ),
        t(locale, "🖼 Article picture: <b>{choice}</b>", choice=t(locale, PREVIEWS[prefs.article_preview])),
        t(locale, "🗣 Bot language: <b>{language}</b>", language=i18n.language_name(i18n.normalize(spoken))),
    ]
    if prefs.digest_thread_id is not None or topic is not None:
        chosen = prefs.digest_thread_id
        place = N_("this topic") if chosen == topic else N_("another topic")
        place = N_("General") if chosen is None else place
        lines.append(t(locale, "📌 Daily digests are posted in: <b>{place}</b>", place=t(locale, place)))
    if note:
        lines.append(f"\n✓ {note}")
    items = prefs.items_per_digest
    item_row = []
    if items > ITEMS_RANGE[0]:
        item_row.append(_button(nt(locale, "− {n} item", "− {n} items", items - 1), "i", items - 1))
    if items < ITEMS_RANGE[1]:
        item_row.append(_button(nt(locale, "+ {n} item", "+ {n} items", items + 1), "i", items + 1))
    sentence_row = [
        _button(_tick(n == prefs.sentences) + nt(locale, "{n} sentence", "{n} sentences", n), "s", n)
        for n in range(SENTENCES_RANGE[0], SENTENCES_RANGE[1] + 1)
    ]
    quotes = t(locale, "💬 Turn quotes off") if prefs.quotes else t(locale, "💬 Turn quotes on")
    catalog = t(locale, "📚 Turn catalog off") if prefs.use_catalog else t(locale, "📚 Turn catalog on")
    rows = [
        [
            _button(t(locale, "🕘 Time: {time}", time=prefs.digest_time), "T"),
            _button(t(locale, "🌍 Timezone: {zone}", zone=zone_label(prefs.timezone, locale)), "Z"),
        ],
        item_row,
        sentence_row,
        [_button(quotes, "q", int(not prefs.quotes)), _button(catalog, "c", int(not prefs.use_catalog))],
        [
            _button(t(locale, "🔔 Nothing new: send one line"), "e", 0)
            if prefs.skip_empty
            else _button(t(locale, "🔕 Nothing new: send nothing"), "e", 1)
        ],
        [_button(t(locale, "🌐 Languages"), "L"), _button(t(locale, "🖼 Article picture"), "P")],
        [_button(t(locale, "🗣 Bot language"), "U")],
        _topic_row(prefs, topic, locale),
        [
            _button(t(locale, "▶️ Resume digests"), "p", 0)
            if prefs.paused
            else _button(t(locale, "⏸ Pause digests"), "p", 1)
        ],
        [_button(t(locale, "Done"), "x")],
    ]
    return "\n".join(lines), InlineKeyboardMarkup(rows)


def time_screen(prefs: Preferences, locale: str | None = None) -> Screen:
    text = t(
        locale,
        "<b>Digest time</b>\nNow {time}. Pick an hour, or send another time, for example {examples}.",
        time=local_time(prefs.digest_time, prefs.timezone, locale),
        examples=t(locale, TIME_EXAMPLES),
    )
    hours = [_button(("✓ " if h == prefs.digest_time else "") + h, "t", h.replace(":", "")) for h in HOURS]
    return text, InlineKeyboardMarkup([*_rows(hours, 4), [_back(locale)]])


def preview_screen(prefs: Preferences, locale: str | None = None) -> Screen:
    """How a single article's digest shows the page's picture (Telegram's link preview card)."""
    text = t(
        locale,
        "<b>Article picture</b>\nThe digest of a single article shows the page's preview card with "
        "its picture: now <b>{choice}</b>. Lists and daily digests never show one.",
        choice=t(locale, PREVIEWS[prefs.article_preview]),
    )
    buttons = [
        _button(("✓ " if value == prefs.article_preview else "") + t(locale, label), "v", value)
        for value, label in PREVIEWS.items()
    ]
    return text, InlineKeyboardMarkup([buttons, [_back(locale)]])


def locale_screen(
    locale: str | None = None, channel: User | None = None, current: str | None = None
) -> Screen:
    """The bot's own language: one button per catalog, each named in its own language. For a
    `channel` managed from a private chat, the language of its digests (`current`), told in `locale`."""
    current = i18n.normalize(current or locale)
    language = html.escape(i18n.language_name(current))
    if channel is None:
        text = t(
            locale,
            "<b>Bot language</b>\nI speak {language} with you. Pick another language for my messages and "
            "buttons (the articles stay in their own language).",
            language=language,
        )
    else:
        text = t(
            locale,
            "<b>Language of {name}</b>\nIts daily digests are written in {language}. Pick another language "
            "for them; here I keep speaking your language with you.",
            name=title_of(channel),
            language=language,
        )
    buttons = [
        _button(("✓ " if code == current else "") + i18n.language_name(code), "u", code)
        for code in i18n.available()
    ]
    return text, InlineKeyboardMarkup([*_rows(buttons, 2), [_back(locale)]])


def _zone_buttons(zones: list[str], op: str, locale: str | None) -> list[list[InlineKeyboardButton]]:
    buttons = [_button(zone_label(zone, locale), op, zone) for zone in zones]
    return _rows(buttons, 2)


def zone_screen(prefs: Preferences, language: str | None, locale: str | None = None) -> Screen:
    """The timezone picker inside /settings."""
    zones = suggested_zones(language)
    if prefs.timezone not in (*zones, UNCHOSEN_ZONE, CHOSEN_UTC):
        zones.insert(0, prefs.timezone)
    text = t(
        locale,
        "<b>Timezone</b>\nNow {zone}. Pick one, or tap “Another place…” and send your city.",
        zone=zone_text(prefs.timezone, locale=locale),
    )
    rows = [
        *_zone_buttons(zones, "z", locale),
        [_button("UTC", "z", CHOSEN_UTC), _button(t(locale, "Another place…"), "y", "m")],
        [_back(locale)],
    ]
    return text, InlineKeyboardMarkup(rows)


def welcome_screen(prefs: Preferences, language: str | None, locale: str | None = None) -> Screen:
    """The timezone question a new user gets after the greeting (also /timezone with no argument)."""
    if prefs.timezone == UNCHOSEN_ZONE:
        head = t(
            locale,
            "<b>Where are you?</b> I'll send your daily digest at {time} your time; until you choose, "
            "that's {time} UTC.",
            time=prefs.digest_time,
        )
    else:
        head = t(locale, "Your timezone is {zone}.", zone=zone_text(prefs.timezone, locale=locale))
    ask = t(
        locale,
        "Tap your timezone below, or just send me your city (for example Kyiv, São Paulo or Tokyo), a "
        "zone name such as Europe/London, or an offset such as UTC+2.",
    )
    rows = [
        *_zone_buttons(suggested_zones(language), "w", locale),
        [_button("UTC", "w", CHOSEN_UTC), _button(t(locale, "Another place…"), "y", "w")],
    ]
    return f"{head}\n{ask}", InlineKeyboardMarkup(rows)


def languages_screen(prefs: Preferences, locale: str | None = None) -> Screen:
    chosen = prefs.languages
    text = t(
        locale,
        "<b>Languages</b>\nYour digest includes articles in: <b>{languages}</b>. Tap to add or remove a "
        "language; with none chosen, articles in any language are included.",
        languages=_language_names(locale, chosen),
    )
    codes = [*(code for code, _ in LANGUAGES), *(c for c in chosen if c not in dict(LANGUAGES))]
    names = dict(LANGUAGES)
    buttons = [
        _button(("✓ " if code in chosen else "") + names.get(code, code), "l", code, int(code not in chosen))
        for code in codes
    ]
    rows = _rows(buttons, 3)
    if chosen:
        rows.append([_button(t(locale, "Any language"), "a")])
    rows.append([_back(locale)])
    return text, InlineKeyboardMarkup(rows)


def zone_confirmation(prefs: Preferences, locale: str | None = None) -> str:
    return t(
        locale,
        "✓ Timezone: {zone}. {schedule} Change the hour with /time, or anything else in /settings.",
        zone=zone_text(prefs.timezone, locale=locale),
        schedule=schedule_sentence(prefs, locale),
    )


def schedule_sentence(prefs: Preferences, locale: str | None = None) -> str:
    """One sentence saying when the next digest comes (HTML)."""
    at = local_time(prefs.digest_time, prefs.timezone, locale)
    if prefs.paused:
        return t(
            locale,
            "Your daily digest time is {time}, but digests are paused; /settings resumes them.",
            time=at,
        )
    if prefs.next_due_at is None:
        return t(locale, "Your daily digest comes at {time}.", time=at)
    return t(
        locale,
        "Your daily digest comes at {time}; the next one on {day}.",
        time=at,
        day=_next_day(prefs, locale),
    )


def _argument(update: Update) -> str:
    parts = (update.effective_message.text or "").split(maxsplit=1)
    return parts[1] if len(parts) > 1 else ""


def _city_token(chat_id: int) -> str:
    return f"city{chat_id}"


async def _await_city(res: Resources, update: Update, target: User) -> None:
    """Read this chat's next short text as the city of `target` (this chat, or the channel it
    manages) for ten minutes; stored, so any process reads it, after a restart too."""
    asker = await users.get_user_by_chat(res.db, update.effective_chat.id) or target
    await pending.put(res.db, "city", asker.id, target.id, AWAIT_CITY, token=_city_token(asker.chat_id))


async def settings_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/settings (read-only for a group member who is not an admin)."""
    res = resources(context)
    where = await rights.place(update, context)
    if where is None:
        return
    await _send_menu(res, update, where)


async def _send_menu(res: Resources, update: Update, where: rights.Place) -> None:
    prefs = await users.get_preferences(res.db, where.user.id)
    topic = current_topic(update.effective_chat.id)
    text, keyboard = main_screen(prefs, locale=where.locale, topic=topic, language=where.chat_locale)
    await res.sender.send(update.effective_chat.id, text, reply_markup=keyboard if where.may_change else None)


async def language_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/language CODE (or its name), or the picker when none is given; in groups, for admins."""
    res = resources(context)
    where = await rights.changing(update, context)
    if where is None:
        return
    user, locale = where.user, where.locale
    typed = _argument(update).strip()
    screen = _locale_picker(where)
    if not typed:
        text, keyboard = screen
        await res.sender.send(update.effective_chat.id, text, reply_markup=keyboard)
        return
    chosen = i18n.find(typed)
    if chosen is None:
        text, keyboard = screen
        sorry = t(locale, "I don't speak “{typed}” yet.", typed=html.escape(typed[:40], quote=False))
        await res.sender.send(update.effective_chat.id, f"{sorry}\n\n{text}", reply_markup=keyboard)
        return
    await users.set_locale(res.db, user.id, chosen)
    await res.sender.send(update.effective_chat.id, _locale_note(where, chosen))


def _locale_picker(where: rights.Place) -> Screen:
    """/language's picker: this chat's language, or that of the channel managed from here."""
    if where.elsewhere:
        return locale_screen(where.locale, where.user, where.chat_locale)
    return locale_screen(where.locale)


def _locale_note(where: rights.Place, chosen: str) -> str:
    """The new language confirmed: in it, for this chat; in the person's own, for a managed channel."""
    language = html.escape(i18n.language_name(chosen))
    if where.elsewhere:
        return t(
            where.locale,
            "From now on the daily digests of <b>{name}</b> are written in {language}.",
            name=title_of(where.user),
            language=language,
        )
    return t(chosen, "From now on I speak {language} here.", language=language)


async def time_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/time HH:MM"""
    res = resources(context)
    chat_id = update.effective_chat.id
    typed = _argument(update)
    where = await (rights.changing(update, context) if typed.strip() else rights.place(update, context))
    if where is None:
        return
    user, locale = where.user, where.locale
    if not typed.strip():
        prefs = await users.get_preferences(res.db, user.id)
        change = t(locale, "To change it, send for example {examples}.", examples=t(locale, TIME_EXAMPLES))
        await res.sender.send(chat_id, f"{schedule_sentence(prefs, locale)} {change}")
        return
    try:
        value = parse_time(typed)
    except InputError as err:
        await res.sender.send(chat_id, html.escape(err.text(locale), quote=False))
        return
    prefs = await users.update_preferences(res.db, user.id, digest_time=value)
    done = t(locale, "✓ Digest time: {time}.", time=value)
    await res.sender.send(chat_id, f"{done} {schedule_sentence(prefs, locale)}")


async def _set_zone(res: Resources, update: Update, where: rights.Place, typed: str) -> None:
    chat_id = update.effective_chat.id
    user, locale = where.user, where.locale
    try:
        zone = parse_timezone(typed)
    except InputError as err:
        await res.sender.send(chat_id, html.escape(err.text(locale), quote=False))
        return
    prefs = await users.update_preferences(res.db, user.id, timezone=zone)
    await res.sender.send(chat_id, zone_confirmation(prefs, locale))


async def timezone_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/timezone NAME, or the picker when no name is given."""
    res = resources(context)
    where = await rights.changing(update, context)
    if where is None:
        return
    user = where.user
    typed = _argument(update)
    if typed.strip():
        await _set_zone(res, update, where, typed)
        return
    prefs = await users.get_preferences(res.db, user.id)
    text, keyboard = welcome_screen(prefs, user.language, where.locale)
    await _await_city(res, update, user)
    await res.sender.send(update.effective_chat.id, text, reply_markup=keyboard)


async def offer_timezone(update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, locale: str) -> None:
    """At /start: ask for a timezone (in `locale`) unless the chat has chosen one."""
    res = resources(context)
    prefs = await users.get_preferences(res.db, user.id)
    if prefs.timezone != UNCHOSEN_ZONE or not await rights.may_change(update, context):
        return
    text, keyboard = welcome_screen(prefs, user.language, locale)
    await _await_city(res, update, user)
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
    where = await rights.place(update, context)
    asker = await users.get_user_by_chat(res.db, message.chat_id)
    if where is None or asker is None or not where.may_change:
        return
    target = await pending.take(res.db, "city", token, asker.id)
    user = where.user
    if target is None or (target is not True and target != user.id):
        return
    text = message.text or ""
    if len(text) > MAX_CITY_CHARS or "\n" in text.strip():
        return
    await _set_zone(res, update, where, text)
    raise ApplicationHandlerStop


def _flag(value: str) -> bool:
    if value not in ("0", "1"):
        raise ValueError(f"not a flag: {value!r}")
    return value == "1"


async def _change(
    res: Resources, user: User, locale: str, op: str, args: tuple[str, ...]
) -> tuple[Preferences, str]:
    """Apply one setting button; the new preferences and a note saying what changed."""
    db = res.db
    if op == "t":
        value = users.validate_digest_time(f"{args[0][:2]}:{args[0][2:]}")
        prefs = await users.update_preferences(db, user.id, digest_time=value)
        return prefs, t(locale, "Digest time: {time}.", time=value)
    if op in ("z", "w"):
        prefs = await users.update_preferences(db, user.id, timezone=args[0])
        return prefs, t(locale, "Timezone: {zone}.", zone=zone_text(prefs.timezone, locale=locale))
    if op == "i":
        prefs = await users.update_preferences(db, user.id, items_per_digest=int(args[0]))
        return prefs, t(locale, "Items per digest: {count}.", count=prefs.items_per_digest)
    if op == "s":
        prefs = await users.update_preferences(db, user.id, sentences=int(args[0]))
        return prefs, t(locale, "Sentences per item: {count}.", count=prefs.sentences)
    if op == "q":
        flag = _flag(args[0])
        prefs = await users.update_preferences(db, user.id, quotes=flag)
        return prefs, t(locale, "Quotes: {state}.", state=_on(locale, flag))
    if op == "c":
        flag = _flag(args[0])
        prefs = await users.update_preferences(db, user.id, use_catalog=flag)
        return prefs, t(locale, "Topics matched in the built-in catalog: {state}.", state=_on(locale, flag))
    if op == "e":
        flag = _flag(args[0])
        prefs = await users.update_preferences(db, user.id, skip_empty=flag)
        return prefs, t(locale, "On days with nothing new: {choice}.", choice=_empty_day(locale, flag))
    if op == "p":
        flag = _flag(args[0])
        prefs = await users.update_preferences(db, user.id, paused=flag)
        return prefs, t(locale, "Daily digests paused.") if flag else t(locale, "Daily digests resumed.")
    if op == "v":
        prefs = await users.update_preferences(db, user.id, article_preview=args[0])
        choice = t(locale, PREVIEWS[prefs.article_preview])
        return prefs, t(locale, "Article picture: {choice}.", choice=choice)
    if op == "h":
        topic = int(args[0]) or None
        await users.set_digest_thread(db, user.id, topic)
        note = t(locale, "Daily digests will be posted in this topic.") if topic else t(
            locale, "Daily digests will be posted in General."
        )
        return await users.get_preferences(db, user.id), note
    if op in ("l", "a"):
        current = (await users.get_preferences(db, user.id)).languages
        code, add = (args[0], _flag(args[1])) if op == "l" else ("", False)
        chosen = [] if op == "a" else [c for c in current if c != code] + ([code] if add else [])
        prefs = await users.update_preferences(db, user.id, languages=chosen)
        return prefs, t(locale, "Languages: {languages}.", languages=_language_names(locale, prefs.languages))
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
    res: Resources, update: Update, where: rights.Place, args: tuple[str, ...]
) -> str | None:
    """Carry out one settings button; the text for the callback answer."""
    op, rest = args[0], args[1:]
    user, locale = where.user, where.locale
    prefs = await users.get_preferences(res.db, user.id)
    topic = current_topic(update.effective_chat.id)
    views = {
        "m": lambda: main_screen(prefs, locale=locale, topic=topic, language=where.chat_locale),
        "T": lambda: time_screen(prefs, locale),
        "Z": lambda: zone_screen(prefs, user.language, locale),
        "L": lambda: languages_screen(prefs, locale),
        "P": lambda: preview_screen(prefs, locale),
        "U": lambda: _locale_picker(where),
    }
    if op in views and not rest:
        await _show(res, update, views[op]())
        return None
    if op == "x" and not rest:
        saved = t(locale, "<b>Settings saved.</b>")
        await _show(res, update, (f"{saved}\n{schedule_line(prefs, locale)}", None))
        return None
    if op == "y" and rest in (("m",), ("w",)):
        await _await_city(res, update, user)
        back = InlineKeyboardMarkup([[_back(locale, "Z")]]) if rest[0] == "m" else None
        await _show(res, update, (t(locale, CITY_PROMPT), back))
        return None
    if op == "u" and len(rest) == 1:
        if rest[0] not in i18n.available():
            return t(locale, EXPIRED)
        await users.set_locale(res.db, user.id, rest[0])
        note = _locale_note(where, rest[0])
        shown = where.locale if where.elsewhere else rest[0]
        await _show(res, update, main_screen(prefs, note, shown, topic=topic, language=rest[0]))
        return note
    expected = {"t": 1, "z": 1, "w": 1, "i": 1, "s": 1, "q": 1, "c": 1, "e": 1, "p": 1, "v": 1, "l": 2}
    expected["a"] = 0
    expected["h"] = 1
    if expected.get(op) != len(rest):
        return t(locale, EXPIRED)
    prefs, note = await _change(res, user, locale, op, rest)
    if op == "w":
        await pending.drop(res.db, "city", _city_token(user.chat_id), user.id)
        await _show(res, update, (zone_confirmation(prefs, locale), None))
    elif op == "l" or op == "a":
        await _show(res, update, languages_screen(prefs, locale))
    else:
        await _show(res, update, main_screen(prefs, note, locale, topic=topic, language=where.chat_locale))
    return note


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every button of the settings menu and of the timezone question."""
    query = update.callback_query
    res = resources(context)
    data = unpack(query.data)
    if data is not None and not data.args:
        where = await rights.place(update, context)
        locale = where.locale if where else membership.locale_of(None, update)
        if where is not None and not where.may_change and not where.elsewhere:
            # a plain member's press under a group's digest: told privately, the group sees nothing
            await answer_query(query, t(locale, ADMINS_OPEN_SETTINGS), alert=True)
            return
        answer = t(locale, EXPIRED)
        if where is not None:
            await _send_menu(res, update, where)
            answer = None
        await answer_query(query, answer)
        return
    where = await rights.changing(update, context)
    if where is None:
        return
    expired = t(where.locale, EXPIRED)
    answer: str | None = expired
    if data is not None:
        try:
            answer = await _press(res, update, where, data.args)
        except (ValueError, IndexError):
            answer = expired
    await answer_query(query, answer)
