"""Who is in which chat, with what rights: chat members, admins, channels and forum topics.

Bot API methods: getChatMember, getChatAdministrators, getChat (by id or @username). Telegram's
rules for sending that depend on membership (`_presence`, `_thread`): a bot kicked from a group
gets 403 "bot was kicked from the group chat"; a bot that is not an admin with can_post_messages in
a channel gets 400 "need administrator rights in the channel chat"; in a forum supergroup a closed
topic answers 400 "TOPIC_CLOSED" and a deleted or unknown one "message thread not found".

User-side helpers: `make_admin`, `add_bot`, `kick_bot`, `demote_bot`, `channel_post`,
`open_topic` / `close_topic` / `delete_topic`; anonymous admins write with
`send_text(..., as_chat=True)` (from GroupAnonymousBot, sender_chat = the group).
"""

from __future__ import annotations

import time
from typing import Any

from tests.fake_telegram import updates
from tests.fake_telegram.errors import ApiError
from tests.fake_telegram.errors import bad as _bad
from tests.fake_telegram.state import ChatState

Params = dict[str, Any]
Files = dict[str, tuple[str, str, bytes]]

ADMIN_RIGHTS = (
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_promote_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
    "can_pin_messages",
    "can_manage_topics",
)
CHANNEL_RIGHTS = ("can_post_messages", "can_edit_messages")


def member_json(user: dict[str, Any], status: str, chat_type: str, **rights: bool) -> dict[str, Any]:
    """A ChatMember as Telegram sends it: admins carry every right field (channel ones in channels)."""
    body: dict[str, Any] = {"user": user, "status": status}
    if status == "creator":
        body["is_anonymous"] = rights.get("is_anonymous", False)
    elif status == "administrator":
        names = ADMIN_RIGHTS + (CHANNEL_RIGHTS if chat_type == "channel" else ())
        body.update({name: rights.get(name, True) for name in names})
        body.update(can_be_edited=False, is_anonymous=rights.get("is_anonymous", False))
    elif status == "kicked":
        body["until_date"] = 0
    return body


class Members(ChatState):
    """Chat membership, channels and forum topics for the fake server."""

    def _chat_type(self, chat_id: int) -> str:
        return str(self.chats.get(chat_id, {}).get("type", updates.chat_type_for(chat_id)))

    def _bot_status(self, chat_id: int) -> dict[str, Any]:
        """The bot's ChatMember in a chat: a plain member of groups it was never told about."""
        known = self.bot_members.get(chat_id)
        if known is not None:
            return known
        kind = self._chat_type(chat_id)
        status = "left" if kind == "channel" else "member"
        return member_json(self.bot_user, status, kind)

    def _user_status(self, chat_id: int, user_id: int) -> dict[str, Any]:
        known = self.chat_members.get(chat_id, {}).get(user_id)
        if known is not None:
            return known
        wrote = any(m.user_id == user_id for m in self.messages(chat_id) if not m.from_bot)
        kind = self._chat_type(chat_id)
        return member_json(updates.user_json(user_id), "member" if wrote else "left", kind)

    def _presence(self, chat_id: int) -> None:
        """403 when the bot is not in the group or channel (kicked, left), as Telegram answers."""
        kind = self._chat_type(chat_id)
        if kind == "private":
            return
        status = self._bot_status(chat_id)["status"]
        if status == "kicked":
            raise ApiError(403, f"Forbidden: bot was kicked from the {kind} chat")
        if status == "left":
            raise ApiError(403, f"Forbidden: bot is not a member of the {kind} chat")

    def _may_post(self, chat_id: int, params: Params) -> None:
        """Channel posting rights and forum topics, checked before a message is sent."""
        kind = self._chat_type(chat_id)
        if kind == "channel":
            status = self._bot_status(chat_id)
            if status["status"] not in ("administrator", "creator") or not status.get("can_post_messages"):
                raise _bad("need administrator rights in the channel chat")
        thread = params.get("message_thread_id")
        if thread is None:
            return
        if not isinstance(thread, int):
            raise _bad("message thread not found")
        if self.chats.get(chat_id, {}).get("is_forum"):
            state = self.forum_topics.get(chat_id, {}).get(thread)
            if state == "closed":
                raise _bad("TOPIC_CLOSED")
            if state != "open":
                raise _bad("message thread not found")
        elif thread not in self._messages.get(chat_id, {}):
            raise _bad("message thread not found")

    # ---------------------------------------------------------------- Bot API methods
    def _member_chat(self, params: Params) -> int:
        chat_id = self._resolve(params.get("chat_id"))
        if chat_id not in self.chats:
            raise _bad("chat not found")
        if chat_id in self.migrated:
            raise ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": self.migrated[chat_id]},
            )
        self._presence(chat_id)
        return chat_id

    def _resolve(self, chat_id: Any) -> int:
        """A chat id, or a public chat's @username, as Telegram accepts them."""
        if isinstance(chat_id, str) and chat_id.startswith("@"):
            name = chat_id[1:].lower()
            for known, chat in self.chats.items():
                if str(chat.get("username", "")).lower() == name and chat.get("type") != "private":
                    return known
            raise _bad("chat not found")
        if not isinstance(chat_id, int):
            raise _bad("chat not found")
        return chat_id

    async def _api_getChat(self, params: Params, files: Files) -> dict[str, Any]:
        chat_id = self._resolve(params.get("chat_id"))
        if chat_id not in self.chats:
            raise _bad("chat not found")
        return {
            **self.chats[chat_id],
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }

    async def _api_getChatMember(self, params: Params, files: Files) -> dict[str, Any]:
        chat_id = self._member_chat(params)
        user_id = params.get("user_id")
        if not isinstance(user_id, int):
            try:
                user_id = int(str(user_id))
            except ValueError:
                raise _bad("invalid user_id specified") from None
        if user_id == self.bot_user["id"]:
            return self._bot_status(chat_id)
        if self._chat_type(chat_id) == "channel" and self._bot_status(chat_id)["status"] != "administrator":
            raise _bad("member list is inaccessible")
        return self._user_status(chat_id, user_id)

    async def _api_getChatAdministrators(self, params: Params, files: Files) -> list[dict[str, Any]]:
        chat_id = self._member_chat(params)
        if self._chat_type(chat_id) == "channel" and self._bot_status(chat_id)["status"] != "administrator":
            raise _bad("member list is inaccessible")
        members = self.chat_members.get(chat_id, {}).values()
        admins = [m for m in members if m["status"] in ("creator", "administrator")]
        if self._bot_status(chat_id)["status"] == "administrator":
            admins.append(self._bot_status(chat_id))
        return admins

    # ---------------------------------------------------------------- user side
    def _set_bot(
        self,
        chat_id: int,
        new: dict[str, Any],
        by_user: int,
        *,
        tell: bool = True,
        language_code: str | None = "en",
    ) -> None:
        old = self._bot_status(chat_id)
        self.bot_members[chat_id] = new
        if not tell:
            return
        self.send_update(
            {
                "my_chat_member": {
                    "chat": self.chats[chat_id],
                    "from": updates.user_json(by_user, language_code),
                    "date": int(time.time()),
                    "old_chat_member": old,
                    "new_chat_member": new,
                }
            }
        )

    def open_channel(self, chat_id: int, *, title: str | None = None, username: str | None = None) -> None:
        """A channel the bot knows of (not yet a member of it)."""
        self.open_chat(chat_id, chat_type="channel", title=title)
        if username:
            self.chats[chat_id]["username"] = username

    def open_forum(self, chat_id: int, *, title: str | None = None) -> None:
        """A forum supergroup (topics on)."""
        self.open_chat(chat_id, chat_type="supergroup", title=title)
        self.chats[chat_id]["is_forum"] = True

    def make_admin(
        self, chat_id: int, user_id: int, *, creator: bool = False, anonymous: bool = False, **rights: bool
    ) -> None:
        """The user becomes an administrator (or the creator) of the chat; other users stay members.
        A promotion in a chat the bot administers reaches it as a chat_member update."""
        self.open_chat(chat_id)
        status = "creator" if creator else "administrator"
        old = self._user_status(chat_id, user_id)
        new = member_json(
            updates.user_json(user_id), status, self._chat_type(chat_id), is_anonymous=anonymous, **rights
        )
        self.chat_members.setdefault(chat_id, {})[user_id] = new
        self._member_changed(chat_id, user_id, old, new)

    def demote_user(self, chat_id: int, user_id: int) -> None:
        """An admin becomes a plain member; Telegram sends a chat_member update (to admin bots)."""
        old = self._user_status(chat_id, user_id)
        new = member_json(updates.user_json(user_id), "member", self._chat_type(chat_id))
        self.chat_members.setdefault(chat_id, {})[user_id] = new
        self._member_changed(chat_id, user_id, old, new)

    def _member_changed(self, chat_id: int, user_id: int, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.send_update(
            {
                "chat_member": {
                    "chat": self.chats[chat_id],
                    "from": updates.user_json(user_id),
                    "date": int(time.time()),
                    "old_chat_member": old,
                    "new_chat_member": new,
                }
            }
        )

    def add_bot(
        self,
        chat_id: int,
        by_user: int,
        *,
        admin: bool = False,
        language_code: str | None = "en",
        **rights: bool,
    ) -> None:
        """`by_user` (whose app speaks `language_code`) adds the bot to the group or channel (as an
        admin if `admin`): my_chat_member update."""
        self.open_chat(chat_id)
        if self._chat_type(chat_id) == "channel":
            admin = True
        status = "administrator" if admin else "member"
        kind = self._chat_type(chat_id)
        new = member_json(self.bot_user, status, kind, **rights)
        self._set_bot(chat_id, new, by_user, language_code=language_code)

    def kick_bot(self, chat_id: int, by_user: int, *, tell: bool = True) -> None:
        """`by_user` removes the bot: sends answer 403 "bot was kicked…"; my_chat_member update
        (unless not `tell`)."""
        kind = self._chat_type(chat_id)
        self._set_bot(chat_id, member_json(self.bot_user, "kicked", kind), by_user, tell=tell)

    def demote_bot(self, chat_id: int, by_user: int, *, tell: bool = True) -> None:
        """The bot loses its admin rights (in a channel it can no longer post). Without `tell` the
        my_chat_member update is not sent (it was lost, or comes later: `send_update` it by hand)."""
        kind = self._chat_type(chat_id)
        self._set_bot(chat_id, member_json(self.bot_user, "member", kind), by_user, tell=tell)

    def channel_post(self, chat_id: int, text: str) -> int:
        """A post in the channel (a channel_post update); returns its message id."""
        self.open_chat(chat_id, chat_type="channel")
        message = self._new_message(chat_id, from_bot=False, text=text)
        message.raw = {
            "message_id": message.message_id,
            "sender_chat": self.chats[chat_id],
            "chat": self.chats[chat_id],
            "date": message.date,
            "text": text,
        }
        self._log("user", message)
        self.send_update({"channel_post": message.raw})
        return message.message_id

    def open_topic(self, chat_id: int, thread_id: int) -> None:
        self.forum_topics.setdefault(chat_id, {})[thread_id] = "open"

    def close_topic(self, chat_id: int, thread_id: int) -> None:
        self.forum_topics.setdefault(chat_id, {})[thread_id] = "closed"

    def delete_topic(self, chat_id: int, thread_id: int) -> None:
        self.forum_topics.setdefault(chat_id, {})[thread_id] = "deleted"
