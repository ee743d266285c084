-- digestbot schema, version 1. Times are INTEGER seconds since the epoch (UTC); booleans are 0/1;
-- lists are JSON text. Portable SQL: a PostgreSQL port maps INTEGER PRIMARY KEY to identity columns.

-- A conversation the bot serves: a private chat with one person, or a group.
CREATE TABLE users (
    id               INTEGER PRIMARY KEY,
    chat_id          INTEGER NOT NULL UNIQUE,
    telegram_user_id INTEGER,
    chat_type        TEXT    NOT NULL DEFAULT 'private',
    language         TEXT,
    status           TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'blocked', 'inactive')),
    created_at       INTEGER NOT NULL,
    last_seen_at     INTEGER NOT NULL
);

CREATE TABLE preferences (
    user_id          INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    digest_time      TEXT    NOT NULL DEFAULT '09:00',
    timezone         TEXT    NOT NULL DEFAULT 'UTC',
    items_per_digest INTEGER NOT NULL DEFAULT 7 CHECK (items_per_digest BETWEEN 3 AND 15),
    sentences        INTEGER NOT NULL DEFAULT 2 CHECK (sentences BETWEEN 1 AND 3),
    quotes           INTEGER NOT NULL DEFAULT 1 CHECK (quotes IN (0, 1)),
    languages        TEXT    NOT NULL DEFAULT '[]',
    paused           INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
    use_catalog      INTEGER NOT NULL DEFAULT 1 CHECK (use_catalog IN (0, 1)),
    -- next daily-digest instant; NULL while paused or the chat is not active
    next_due_at      INTEGER,
    last_digest_date TEXT
);
CREATE INDEX preferences_next_due ON preferences (next_due_at) WHERE next_due_at IS NOT NULL;

CREATE TABLE topics (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    query      TEXT    NOT NULL CHECK (length(query) > 0),
    delivery   TEXT    NOT NULL DEFAULT 'daily' CHECK (delivery IN ('daily', 'instant')),
    created_at INTEGER NOT NULL,
    UNIQUE (user_id, query)
);
CREATE INDEX topics_delivery ON topics (delivery);

CREATE TABLE sources (
    id                  INTEGER PRIMARY KEY,
    feed_url            TEXT    NOT NULL UNIQUE,
    title               TEXT    NOT NULL DEFAULT '',
    site_url            TEXT,
    etag                TEXT,
    last_modified       TEXT,
    poll_interval       INTEGER NOT NULL DEFAULT 900,
    next_poll_at        INTEGER NOT NULL,
    last_polled_at      INTEGER,
    failure_count       INTEGER NOT NULL DEFAULT 0,
    first_failure_at    INTEGER,
    failure_notified_at INTEGER,
    last_error          TEXT,
    created_at          INTEGER NOT NULL
);
CREATE INDEX sources_next_poll ON sources (next_poll_at);

CREATE TABLE subscriptions (
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    source_id  INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    paused     INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, source_id)
);
CREATE INDEX subscriptions_source ON subscriptions (source_id);

-- One row per article, shared by every user; `digest` is Digest.to_dict() as JSON (text included).
CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    canonical_url TEXT    NOT NULL UNIQUE,
    title         TEXT    NOT NULL DEFAULT '',
    outlet        TEXT,
    language      TEXT,
    published     TEXT,
    fetched_at    INTEGER NOT NULL,
    source_id     INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    digest        TEXT    NOT NULL
);
CREATE INDEX articles_fetched_at ON articles (fetched_at);
CREATE INDEX articles_source ON articles (source_id);

-- Every URL known to lead to an article: the requested URL, the final URL after redirects, the
-- canonical URL.
CREATE TABLE article_urls (
    url        TEXT    PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);
CREATE INDEX article_urls_article ON article_urls (article_id);

-- Feed entries already seen per source; article_id is NULL when no article came of it (or it
-- was purged), so the poller still does not fetch it again.
CREATE TABLE feed_entries (
    source_id  INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    guid       TEXT    NOT NULL,
    article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    seen_at    INTEGER NOT NULL,
    PRIMARY KEY (source_id, guid)
);
CREATE INDEX feed_entries_article ON feed_entries (article_id);
CREATE INDEX feed_entries_seen ON feed_entries (seen_at);

CREATE TABLE saved (
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    saved_at   INTEGER NOT NULL,
    PRIMARY KEY (user_id, article_id)
);
CREATE INDEX saved_article ON saved (article_id);

-- Daily digests: claimed once per (user, local date) before anything is sent.
CREATE TABLE deliveries (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    local_date TEXT    NOT NULL,
    state      TEXT    NOT NULL DEFAULT 'claimed'
               CHECK (state IN ('claimed', 'sent', 'failed', 'uncertain')),
    claimed_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    error      TEXT,
    UNIQUE (user_id, local_date)
);
CREATE INDEX deliveries_state ON deliveries (state, claimed_at);

-- Instant topic alerts: one per (user, article), claimed before sending.
CREATE TABLE alerts (
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    topic_id   INTEGER REFERENCES topics(id) ON DELETE SET NULL,
    claimed_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, article_id)
);
CREATE INDEX alerts_article ON alerts (article_id);

-- Every Telegram message the bot tried to send for a delivery or an alert.
CREATE TABLE messages (
    id                  INTEGER PRIMARY KEY,
    user_id             INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    delivery_id         INTEGER REFERENCES deliveries(id) ON DELETE CASCADE,
    article_id          INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    part                INTEGER NOT NULL DEFAULT 0,
    state               TEXT    NOT NULL CHECK (state IN ('sending', 'sent', 'failed', 'uncertain')),
    telegram_message_id INTEGER,
    error               TEXT,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL
);
CREATE INDEX messages_user ON messages (user_id);
CREATE INDEX messages_delivery ON messages (delivery_id);
CREATE INDEX messages_article ON messages (article_id);
