-- What a button or the next message refers to, kept in the database so it survives a restart and
-- is the same on every bot process: pasted articles behind More/Less, the feeds offered after /add,
-- "waiting for a city". Each row belongs to one chat (users.id) and is found only by that chat.
CREATE TABLE pending (
    token      TEXT    PRIMARY KEY,
    kind       TEXT    NOT NULL CHECK (kind IN ('paste', 'feeds', 'city')),
    user_id    BIGINT  NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    payload    TEXT    NOT NULL,
    created_at BIGINT  NOT NULL,
    expires_at BIGINT  NOT NULL
);
CREATE INDEX pending_user ON pending (user_id);
CREATE INDEX pending_expires ON pending (expires_at);
