-- Groups, channels and forum topics. A group's or channel's title, and the person (Telegram user
-- id) who added the bot or connected the chat: told once when the bot loses the chat.
ALTER TABLE users ADD COLUMN title TEXT;
ALTER TABLE users ADD COLUMN owner_telegram_id INTEGER;

-- The forum topic (message_thread_id) that receives a forum group's daily digest; NULL: General.
ALTER TABLE preferences ADD COLUMN digest_thread_id INTEGER;

-- Chats (channels) a person manages from their private chat with the bot.
CREATE TABLE managed_chats (
    manager_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    chat_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (manager_id, chat_id)
);
CREATE INDEX managed_chats_chat ON managed_chats (chat_id);

-- Per private chat: which managed chat its commands act on (NULL: itself), and until when its next
-- forwarded channel post is read as "connect this channel".
CREATE TABLE managers (
    user_id        INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    acting_on      INTEGER REFERENCES users(id) ON DELETE SET NULL,
    awaiting_until INTEGER
);
