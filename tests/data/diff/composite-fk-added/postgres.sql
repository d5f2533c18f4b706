-- Migration for PostgreSQL, written by Strata.

BEGIN;

-- WARNING (lock): checks every row while blocking writes to both tables
-- Safer: ADD ... NOT VALID, then VALIDATE CONSTRAINT after the commit (--concurrently)
ALTER TABLE order_line ADD CONSTRAINT order_line_parent_fkey FOREIGN KEY (order_id, parent_line) REFERENCES order_line (order_id, line_no) ON DELETE CASCADE;

COMMIT;
