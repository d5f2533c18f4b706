-- Migration for SQLite, written by Strata.

BEGIN;

DROP VIEW big_orders;

CREATE VIEW big_orders AS
SELECT id, customer_id, total
FROM orders
WHERE (total > 500);

COMMIT;
