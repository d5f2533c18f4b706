-- Migration for PostgreSQL, written by Strata.

BEGIN;

ALTER TABLE customer ALTER COLUMN name TYPE character varying(100);

-- WARNING (rewrite): changing integer to bigint rewrites the table and its indexes under an exclusive lock
-- Safer: add a new column, fill it in batches, and swap the names
ALTER TABLE order_line ALTER COLUMN qty TYPE bigint;

COMMIT;
