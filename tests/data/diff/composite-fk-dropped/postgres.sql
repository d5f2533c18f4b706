-- Migration for PostgreSQL, written by Strata.

BEGIN;

ALTER TABLE order_line DROP CONSTRAINT order_line_parent_fkey;

COMMIT;
