-- Migration for PostgreSQL, written by Strata.

BEGIN;

-- WARNING (lock): checks every row under an exclusive lock
-- Safer: ADD ... NOT VALID, then VALIDATE CONSTRAINT after the commit (--concurrently)
ALTER TABLE order_line ADD CONSTRAINT order_line_qty_check CHECK (qty > 0);

COMMIT;
