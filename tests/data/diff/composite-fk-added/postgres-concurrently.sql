-- Migration for PostgreSQL, written by Strata.

BEGIN;

ALTER TABLE order_line ADD CONSTRAINT order_line_parent_fkey FOREIGN KEY (order_id, parent_line) REFERENCES order_line (order_id, line_no) ON DELETE CASCADE NOT VALID;

COMMIT;

ALTER TABLE order_line VALIDATE CONSTRAINT order_line_parent_fkey;
