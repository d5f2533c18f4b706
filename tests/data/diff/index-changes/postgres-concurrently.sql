-- Migration for PostgreSQL, written by Strata.

BEGIN;

DROP INDEX customer_email_idx;

DROP INDEX orders_placed_idx;

COMMIT;

-- Note: CONCURRENTLY cannot run in a transaction; a failed build leaves an INVALID index to drop
CREATE INDEX CONCURRENTLY customer_email_idx ON customer ((lower(email)), id);

-- Note: CONCURRENTLY cannot run in a transaction; a failed build leaves an INVALID index to drop
CREATE INDEX CONCURRENTLY orders_placed_idx ON orders (placed DESC) WHERE total > 0;

-- Note: CONCURRENTLY cannot run in a transaction; a failed build leaves an INVALID index to drop
CREATE INDEX CONCURRENTLY orders_open_idx ON orders (customer_id) WHERE status = 'new';
