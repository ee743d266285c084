"""Storage on SQLite (aiosqlite, the default) or PostgreSQL (asyncpg): schema migrations for both
and one repository per job, the same SQL text on either database.

Open with `db = await storage.open_database(path)` (WAL, synchronous=FULL, foreign keys, busy
timeout; migrations applied), or `open_database("postgresql://…")` for the PostgreSQL backend
(storage/db_postgres.py: the same API over a pool), and `await db.close()`. Write transactions: `async with
db.transaction(): ...` (BEGIN IMMEDIATE, one at a time per connection, rolled back on any exception
or cancellation). Errors reach callers as `StorageError` (its text is a sentence for the user);
`StorageBusyError` means "try again in a moment" and nothing was written. Run a transaction's
statements in the task that opened it (other tasks wait for it to end).

Repositories (module-level async functions taking `db` first; times are aware UTC datetimes):
- `storage.users`: `upsert_user`, `get_user`, `get_user_by_chat`, `mark_blocked`,
  `set_chat_info`, `set_digest_thread`, `migrate_chat`, `get_preferences`, `update_preferences`,
  `users_due`, `reschedule`, validators.
- `storage.chats`: channels managed from a private chat: `connect`, `disconnect`, `managed`,
  `managers_of`, `acting_on`, `act_on`, `await_forward`, `awaiting_forward`, `stop_awaiting`.
- `storage.topics`: `add_topic`, `get_topic`, `list_topics`, `set_delivery`, `remove_topic`,
  `active_topics`, `topics_for_source`.
- `storage.sources`: `add_source`, `get_source`, `get_source_by_url`, `sources_due`, `claim_poll`,
  `record_poll_success`, `record_poll_failure`, `mark_failure_notified`, `subscribe`,
  `unsubscribe`, `set_subscription_paused`, `list_subscriptions`, `subscribers`, `user_source_ids`
  (catalog feeds are sources with `catalog=True`).
- `storage.articles`: `store_article`, `add_urls`, `get_by_url`, `get_article`, `list_since`,
  `keep_meanings`, `carriers_since`, `known_entries`, `mark_entries_seen`, `purge_articles`.
- `storage.saved`: `save`, `list_saved`, `count_saved`, `remove`.
- `storage.deliveries`: `claim_delivery`, `get_delivery`, `mark_sent` / `mark_failed` /
  `mark_uncertain`, `stale_claims`, `reclaim`, `claim_alert`, `alerted_since`, `record_message`,
  `update_message`, `list_messages`, `purge_history`.
- `storage.pending`: `put`, `get`, `for_chat`, `take`, `drop`, `purge_expired` (state a button or
  the next message refers to, owned by one chat).
- `storage.privacy`: `export_user`, `forget_user`.
- `storage.schedule`: DST-safe digest instants (`slot`, `next_slot`, `latest_slot`).
All SQL lives in this package and stays portable (upserts and claims use `ON CONFLICT`).
"""

from storage.db import Database, open_database
from storage.errors import (
    InvalidPreferenceError,
    SchemaTooNewError,
    StorageBusyError,
    StorageConstraintError,
    StorageError,
)

__all__ = [
    "Database",
    "InvalidPreferenceError",
    "SchemaTooNewError",
    "StorageBusyError",
    "StorageConstraintError",
    "StorageError",
    "open_database",
]
