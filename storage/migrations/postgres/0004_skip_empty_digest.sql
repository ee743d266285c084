-- "Nothing new" days: with skip_empty on, a daily digest that has no stories sends nothing (the day
-- is still recorded, so it is not retried); off, the default, it sends one short line.
ALTER TABLE preferences ADD COLUMN skip_empty BIGINT NOT NULL DEFAULT 0 CHECK (skip_empty IN (0, 1));
