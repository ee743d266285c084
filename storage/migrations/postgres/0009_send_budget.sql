-- The Bot API budget every bot process shares (30 messages a second for the bot, per-chat limits)
-- and per-user limits such as links a minute: each use is a row (`at` in epoch milliseconds),
-- counted over a sliding window. A bucket's row in `budget_buckets` is locked by the transaction
-- that counts and records its uses, so processes taking from one bucket at once are serialised.
CREATE TABLE budget_buckets (
    bucket     TEXT    PRIMARY KEY,
    touched_at BIGINT  NOT NULL
);
CREATE TABLE budget_uses (
    bucket TEXT    NOT NULL,
    at     BIGINT  NOT NULL
);
CREATE INDEX budget_uses_bucket_at ON budget_uses (bucket, at);
CREATE INDEX budget_uses_at ON budget_uses (at);
