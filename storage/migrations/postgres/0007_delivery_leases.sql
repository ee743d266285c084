-- Daily digest claims shared by several bot processes: the owner holds a lease until `lease_until`;
-- `token` (the fencing token) grows by one at every takeover and every later write checks it, so a
-- stalled worker's late writes (and so its sends) are refused. `plan` holds the rendered parts
-- (JSON) while the digest is being sent, so a takeover sends exactly the parts not yet handed to
-- Telegram; `attempts` counts releases after transient errors (retried later the same day).
ALTER TABLE deliveries ADD COLUMN owner TEXT;
ALTER TABLE deliveries ADD COLUMN token BIGINT NOT NULL DEFAULT 1;
ALTER TABLE deliveries ADD COLUMN lease_until BIGINT;
ALTER TABLE deliveries ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE deliveries ADD COLUMN plan TEXT;
UPDATE deliveries SET lease_until = claimed_at + 300 WHERE state = 'claimed';
CREATE INDEX deliveries_lease ON deliveries (lease_until) WHERE state = 'claimed';
