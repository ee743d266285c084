"""What the fake Bot API server remembers: chat messages, buttons, files, requests, transcript events."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Button:
    """One inline keyboard button as the bot sent it."""

    text: str
    callback_data: str | None = None
    url: str | None = None


@dataclass
class StoredFile:
    """A file a user sent or the bot uploaded, downloadable through getFile and the file URL."""

    file_id: str
    file_unique_id: str
    filename: str
    mime_type: str
    data: bytes
    path: str

    def as_document(self) -> dict[str, Any]:
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_name": self.filename,
            "mime_type": self.mime_type,
            "file_size": len(self.data),
        }


@dataclass
class Message:
    """A message in a chat, live: edits change it in place, deletion sets `deleted`; `history`: old texts."""

    chat_id: int
    message_id: int
    from_bot: bool
    date: int
    text: str = ""
    html: str | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)
    reply_markup: dict[str, Any] | None = None
    document: StoredFile | None = None
    reply_to: int | None = None
    link_preview_options: dict[str, Any] | None = None
    user_id: int | None = None
    thread_id: int | None = None
    deleted: bool = False
    history: list[str] = field(default_factory=list)
    raw: dict[str, Any] = field(default_factory=dict)

    @property
    def buttons(self) -> list[list[Button]]:
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [
            [Button(b.get("text", ""), b.get("callback_data"), b.get("url")) for b in row] for row in rows
        ]

    @property
    def flat_buttons(self) -> list[Button]:
        return [button for row in self.buttons for button in row]

    def button(self, text: str) -> Button:
        """The button whose label contains `text`; KeyError naming the labels there are."""
        for button in self.flat_buttons:
            if text in button.text:
                return button
        raise KeyError(
            f"no button {text!r} in message {self.message_id}; buttons: {[b.text for b in self.flat_buttons]}"
        )

    @property
    def edited(self) -> bool:
        return bool(self.history)

    @property
    def caption(self) -> str | None:
        return self.text if self.document is not None else None


@dataclass(frozen=True)
class Event:
    """One change in a chat's transcript: a message sent, edited or deleted (by the bot or a user)."""

    kind: str
    chat_id: int
    message_id: int
    time: float
    from_bot: bool
    text: str


@dataclass
class RequestRecord:
    """One Bot API call as the server saw it: method, parsed parameters, arrival time (monotonic), outcome."""

    method: str
    params: dict[str, Any]
    time: float
    status: int = 0
    description: str = ""
