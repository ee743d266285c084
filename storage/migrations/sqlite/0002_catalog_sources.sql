-- Built-in catalog feeds live in `sources` too, flagged, so one poller serves them: they are polled
-- while any active user with the catalog on follows a topic, even with no subscriptions.
ALTER TABLE sources ADD COLUMN catalog INTEGER NOT NULL DEFAULT 0 CHECK (catalog IN (0, 1));
CREATE INDEX sources_catalog ON sources (catalog) WHERE catalog = 1;
