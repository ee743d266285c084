-- Finding who is due reads only this index (no table lookups): a crowded minute of about a
-- thousand users stays within a few milliseconds.
DROP INDEX preferences_next_due;
CREATE INDEX preferences_due ON preferences (next_due_at, paused, digest_time, timezone, last_digest_date)
    WHERE next_due_at IS NOT NULL;
