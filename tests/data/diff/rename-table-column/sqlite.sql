-- Migration for SQLite, written by Strata.

BEGIN;

ALTER TABLE customer RENAME TO client;

ALTER TABLE client RENAME COLUMN name TO full_name;

COMMIT;
