-- The shared budget counts and records a use in one statement inside the backend's serialised write
-- transaction; the per-bucket lock rows are no longer needed.
DROP TABLE budget_buckets;
