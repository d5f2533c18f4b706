-- Migration for SQLite, written by Strata.

BEGIN;

DROP INDEX customer_email_idx;

DROP INDEX orders_placed_idx;

CREATE INDEX customer_email_idx ON customer ((lower(email)), id);

CREATE INDEX orders_placed_idx ON orders (placed DESC) WHERE total > 0;

CREATE INDEX orders_open_idx ON orders (customer_id) WHERE status = 'new';

COMMIT;
