-- Migration for PostgreSQL, written by Strata.

BEGIN;

ALTER TABLE order_line ADD CONSTRAINT order_line_qty_check CHECK (qty > 0) NOT VALID;

COMMIT;

ALTER TABLE order_line VALIDATE CONSTRAINT order_line_qty_check;
