-- Migration for PostgreSQL, written by Strata.

BEGIN;

ALTER TABLE customer RENAME TO client;

ALTER TABLE client RENAME COLUMN name TO full_name;

-- WARNING (lock): checks every row under an exclusive lock
-- Safer: ADD ... NOT VALID, then VALIDATE CONSTRAINT after the commit (--concurrently)
ALTER TABLE client ADD CONSTRAINT client_full_name_check CHECK (length(full_name) > 0);

COMMIT;
