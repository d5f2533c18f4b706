-- Migration for PostgreSQL, written by Strata.

BEGIN;

DROP INDEX customer_email_idx;

DROP INDEX orders_placed_idx;

-- WARNING (lock): builds the index while blocking writes to the table
-- Safer: build it with CREATE INDEX CONCURRENTLY (--concurrently)
CREATE INDEX customer_email_idx ON customer ((lower(email)), id);

-- WARNING (lock): builds the index while blocking writes to the table
-- Safer: build it with CREATE INDEX CONCURRENTLY (--concurrently)
CREATE INDEX orders_placed_idx ON orders (placed DESC) WHERE total > 0;

-- WARNING (lock): builds the index while blocking writes to the table
-- Safer: build it with CREATE INDEX CONCURRENTLY (--concurrently)
CREATE INDEX orders_open_idx ON orders (customer_id) WHERE status = 'new';

COMMIT;
