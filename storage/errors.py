"""Storage errors: one base class whose text is a sentence the bot can show to the user."""

from __future__ import annotations

import sqlite3


class StorageError(Exception):
    """Something went wrong in the database; `str(err)` is one clear sentence for the user."""

    code = "storage"


class StorageBusyError(StorageError):
    """The database stayed locked by another writer past the busy timeout; nothing was written."""

    code = "busy"


class StorageConstraintError(StorageError):
    """A write broke a rule of the schema (a duplicate, a missing row, a value out of range)."""

    code = "constraint"


class SchemaTooNewError(StorageError):
    """The database file was written by a newer version of digestbot than this one."""

    code = "schema_too_new"


class InvalidPreferenceError(StorageError, ValueError):
    """A preference value outside what is allowed; the message says what is valid."""

    code = "invalid_preference"


BUSY_MESSAGE = "The database is busy right now; please try again in a moment."


def translate(exc: BaseException) -> StorageError:
    """Map a sqlite3 (or closed-connection) error to the matching StorageError."""
    text = str(exc).lower()
    if isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text):
        return StorageBusyError(BUSY_MESSAGE)
    if isinstance(exc, sqlite3.IntegrityError):
        return StorageConstraintError(f"That change conflicts with what is already stored ({exc}).")
    if isinstance(exc, ValueError) and "closed" in text:
        return StorageError("The database is closed; please try again in a moment.")
    return StorageError(f"The database failed ({exc}); please try again in a moment.")
