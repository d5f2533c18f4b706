-- Migration for PostgreSQL, written by Strata.

BEGIN;

ALTER TABLE orders RENAME TO orders_strata_tmp;

ALTER TABLE order_line RENAME TO orders;

ALTER TABLE orders_strata_tmp RENAME TO order_line;

COMMIT;
