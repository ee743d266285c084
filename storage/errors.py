"""Storage errors: one base class whose text is a sentence the bot can show to the user.

The sentence never carries the database's own error text (table names, SQL, constraint names);
`translate` logs that, and chains the original exception, for whoever reads the log.
"""

from __future__ import annotations

import logging
import sqlite3

log = logging.getLogger(__name__)


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
CLOSED_MESSAGE = "The database is closed; please try again in a moment."
FAILED_MESSAGE = "The database failed; please try again in a moment."
CONFLICT_MESSAGE = (
    "That change conflicts with what is already stored, so it was not saved; please check it and try again."
)


def translate(exc: BaseException) -> StorageError:
    """Map a sqlite3 (or closed-connection) error to the matching StorageError."""
    text = str(exc).lower()
    if isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text):
        return StorageBusyError(BUSY_MESSAGE)
    if isinstance(exc, sqlite3.IntegrityError):
        log.warning("database constraint broken: %s: %s", type(exc).__name__, exc)
        return StorageConstraintError(CONFLICT_MESSAGE)
    if isinstance(exc, ValueError) and "closed" in text:
        return StorageError(CLOSED_MESSAGE)
    log.error("database failed: %s: %s", type(exc).__name__, exc)
    return StorageError(FAILED_MESSAGE)
