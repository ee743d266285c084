"""What users do in the fake Telegram: send texts, commands, files, press buttons, block the bot, migrate."""

from __future__ import annotations

import time
from typing import Any

from tests.fake_telegram import updates
from tests.fake_telegram.html_check import utf16_len
from tests.fake_telegram.records import Message
from tests.fake_telegram.state import ChatState


class UserSide(ChatState):
    """User-side helpers: each queues the update Telegram would deliver to the bot."""

    def _user_message(
        self,
        user_id: int,
        chat_id: int | None,
        chat_type: str | None,
        language_code: str | None,
        fields: dict[str, Any],
        reply_to: int | None = None,
        *,
        thread_id: int | None = None,
        as_chat: bool = False,
    ) -> Message:
        chat_id = user_id if chat_id is None else chat_id
        chat_id = self.migrated.get(chat_id, chat_id)
        self.open_chat(chat_id, chat_type=chat_type)
        if chat_id in self.blocked:
            self.unblock(chat_id)
        message = self._new_message(
            chat_id,
            from_bot=False,
            user_id=user_id,
            text=fields.get("text") or fields.get("caption") or "",
            reply_to=reply_to,
            thread_id=thread_id,
        )
        raw = {
            "message_id": message.message_id,
            "from": updates.user_json(user_id, language_code),
            "chat": self.chats[chat_id],
            "date": message.date,
            **fields,
        }
        if as_chat:
            raw["from"] = updates.anonymous_admin_json()
            raw["sender_chat"] = self.chats[chat_id]
        if thread_id is not None:
            raw["message_thread_id"] = thread_id
            raw["is_topic_message"] = bool(self.chats[chat_id].get("is_forum"))
        if reply_to is not None:
            replied = self._messages[chat_id].get(reply_to)
            if replied is None:
                raise ValueError(f"no message {reply_to} in chat {chat_id} to reply to")
            raw["reply_to_message"] = self._message_json(replied)
        message.raw = raw
        message.entities = list(fields.get("entities") or fields.get("caption_entities") or [])
        self._log("user", message)
        self.send_update({"message": raw})
        return message

    def send_text(
        self,
        user_id: int,
        text: str,
        *,
        chat_id: int | None = None,
        chat_type: str | None = None,
        entities: list[dict[str, Any]] | None = None,
        forward_from_chat: dict[str, Any] | str | None = None,
        caption: bool = False,
        reply_to: int | None = None,
        language_code: str | None = "en",
        thread_id: int | None = None,
        as_chat: bool = False,
    ) -> int:
        """A user sends `text` (as a photo caption if `caption`); returns the new message id.

        `entities=None` adds what Telegram detects (url, bot_command, mention); pass `[]` for none.
        `thread_id`: the forum topic it is written in. `as_chat`: an anonymous admin writes as the
        group itself (from GroupAnonymousBot, with sender_chat the group).
        """
        found = updates.detect_entities(text) if entities is None else entities
        fields: dict[str, Any] = {}
        if caption:
            fields["photo"] = [
                {
                    "file_id": f"AgACAgIAAxkBAAI{next(self._file_ids):08d}",
                    "file_unique_id": "AQADphoto",
                    "width": 800,
                    "height": 600,
                    "file_size": 48213,
                }
            ]
            fields["caption"] = text
            if found:
                fields["caption_entities"] = found
        else:
            fields["text"] = text
            if found:
                fields["entities"] = found
        if forward_from_chat is not None:
            fields["forward_origin"] = updates.forward_origin(forward_from_chat, int(time.time()) - 600, 17)
        return self._user_message(
            user_id, chat_id, chat_type, language_code, fields, reply_to, thread_id=thread_id, as_chat=as_chat
        ).message_id

    def send_command(self, user_id: int, command: str, **kwargs: Any) -> int:
        """A user sends a command such as "/start args"; Telegram marks it with a bot_command entity."""
        name = command.split(maxsplit=1)[0]
        entity = {"type": "bot_command", "offset": 0, "length": utf16_len(name)}
        return self.send_text(user_id, command, entities=[entity], **kwargs)

    def send_document(
        self,
        user_id: int,
        filename: str,
        data: bytes,
        *,
        mime_type: str | None = None,
        caption: str | None = None,
        chat_id: int | None = None,
        chat_type: str | None = None,
    ) -> int:
        """A user sends a file; the bot can fetch it with getFile and the file URL. Returns the message id."""
        stored = self.store_file(filename, data, mime_type)
        fields: dict[str, Any] = {"document": stored.as_document()}
        if caption:
            fields["caption"] = caption
        message = self._user_message(user_id, chat_id, chat_type, "en", fields)
        message.document = stored
        return message.message_id

    def press_button(
        self,
        user_id: int,
        message_id: int,
        callback_data: str,
        *,
        chat_id: int | None = None,
        too_old: bool = False,
    ) -> str:
        """A user presses the inline button with `callback_data` under a bot message; returns the query id.

        `too_old`: the query reaches the bot after Telegram stopped waiting for its answer (the bot was
        busy or down), so answerCallbackQuery fails with "query is too old"."""
        chat_id = user_id if chat_id is None else chat_id
        message = self._messages.get(chat_id, {}).get(message_id)
        if message is None or message.deleted or not message.from_bot:
            raise ValueError(f"no live bot message {message_id} in chat {chat_id}")
        if callback_data not in {b.callback_data for b in message.flat_buttons}:
            raise ValueError(
                f"message {message_id} has no button with data {callback_data!r}; "
                f"it has {[b.callback_data for b in message.flat_buttons]}"
            )
        query_id = str(next(self._callback_ids))
        query = {
            "id": query_id,
            "from": updates.user_json(user_id),
            "message": self._message_json(message),
            "chat_instance": str(abs(hash(chat_id))),
            "data": callback_data,
        }
        if not too_old:
            self._open_queries[query_id] = query
        self.send_update({"callback_query": query})
        return query_id

    def _member_update(self, chat_id: int, old: str, new: str) -> None:
        if self.chats.get(chat_id, {}).get("type") != "private":
            return

        def member(status: str) -> dict[str, Any]:
            return {
                "user": self.bot_user,
                "status": status,
                **({"until_date": 0} if status == "kicked" else {}),
            }

        update = {
            "chat": self.chats[chat_id],
            "from": updates.user_json(chat_id),
            "date": int(time.time()),
            "old_chat_member": member(old),
            "new_chat_member": member(new),
        }
        self.send_update({"my_chat_member": update})

    def block(self, chat_id: int) -> None:
        """The user blocks the bot: sends to the chat answer 403; the bot gets a my_chat_member update."""
        self.open_chat(chat_id)
        self.blocked.add(chat_id)
        self._member_update(chat_id, "member", "kicked")

    def unblock(self, chat_id: int) -> None:
        """The user unblocks the bot (sending it anything in private does this too)."""
        if chat_id in self.blocked:
            self.blocked.discard(chat_id)
            self._member_update(chat_id, "kicked", "member")

    def migrate(self, chat_id: int, new_chat_id: int) -> None:
        """The group `chat_id` becomes the supergroup `new_chat_id`: calls to the old id answer 400 with
        migrate_to_chat_id, users' later messages arrive from the new id; both service messages are sent."""
        self.open_chat(chat_id)
        title = self.chats[chat_id].get("title")
        self.chats[new_chat_id] = updates.chat_json(new_chat_id, "supergroup", title)
        for chat, key, other in (
            (chat_id, "migrate_to_chat_id", new_chat_id),
            (new_chat_id, "migrate_from_chat_id", chat_id),
        ):
            message = self._new_message(chat, from_bot=False)
            message.raw = {
                "message_id": message.message_id,
                "from": updates.user_json(1),
                "date": message.date,
                "chat": self.chats[chat],
                key: other,
            }
            self.send_update({"message": message.raw})
        self.migrated[chat_id] = new_chat_id
        if chat_id in self.chat_members:
            self.chat_members[new_chat_id] = self.chat_members[chat_id]
        if chat_id in self.bot_members:
            self.bot_members[new_chat_id] = self.bot_members[chat_id]
