-- Work only one bot process may do at a time (long polling): a named lease held by an owner until
-- `expires_at` (epoch milliseconds), with a token that grows whenever another owner takes it. And
-- the updates already taken for handling, so an update delivered twice (a webhook retried to another
-- process, a poller taking over before the last offset was confirmed) is handled once.
CREATE TABLE leases (
    name       TEXT    PRIMARY KEY,
    owner      TEXT    NOT NULL,
    token      INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE TABLE updates_seen (
    update_id INTEGER PRIMARY KEY,
    seen_at   INTEGER NOT NULL
);
CREATE INDEX updates_seen_at ON updates_seen (seen_at);
