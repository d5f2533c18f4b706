-- Migration for PostgreSQL, written by Strata.

BEGIN;

DROP VIEW big_orders;

ALTER TYPE status RENAME TO status_strata_old;

CREATE TYPE status AS ENUM (
    'paid',
    'new'
);

ALTER TABLE orders ALTER COLUMN status DROP DEFAULT;

-- WARNING (rewrite): the enum status is made again (values removed or reordered): this rewrites the table, and fails on rows that hold a removed value
-- Safer: first UPDATE the rows that hold a removed value to one that stays
ALTER TABLE orders ALTER COLUMN status TYPE status USING status::text::status;

ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';

CREATE VIEW big_orders AS
SELECT id, total FROM orders WHERE total > 100;

DROP TYPE status_strata_old;

COMMIT;
