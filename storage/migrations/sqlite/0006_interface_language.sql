-- The interface language of a chat (a catalog code such as 'ru'): taken from Telegram's
-- language_code at first contact, changed with /language or in /settings. NULL: not known yet.
ALTER TABLE users ADD COLUMN locale TEXT;
-- How the digest of a single article shows the page's own preview card (its picture): large above
-- the text (the default), small, or not at all.
ALTER TABLE preferences ADD COLUMN article_preview TEXT NOT NULL DEFAULT 'large'
    CHECK (article_preview IN ('large', 'small', 'off'));
