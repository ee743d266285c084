"""In groups the bot speaks only when spoken to: commands, @mentions and replies to its own messages."""

from __future__ import annotations

from telegram import Message, MessageEntity
from telegram.constants import ChatType
from telegram.ext import filters


def addressed_to_bot(message: Message) -> bool:
    """True in private chats; in groups, only for a mention of the bot or a reply to one of its messages."""
    if message.chat.type == ChatType.PRIVATE:
        return True
    bot = message.get_bot()
    reply = message.reply_to_message
    if reply is not None and reply.from_user is not None and reply.from_user.id == bot.id:
        return True
    handle = f"@{bot.username}".lower() if bot.username else None
    mentions = {
        **message.parse_entities([MessageEntity.MENTION]),
        **message.parse_caption_entities([MessageEntity.MENTION]),
    }
    return handle is not None and any(text.lower() == handle for text in mentions.values())


class AddressedToBot(filters.MessageFilter):
    """`addressed_to_bot` as a handler filter."""

    def filter(self, message: Message) -> bool:
        return addressed_to_bot(message)


ADDRESSED = AddressedToBot(name="AddressedToBot")
