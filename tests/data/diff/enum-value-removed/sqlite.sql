-- Migration for SQLite, written by Strata.

-- Note: the table rebuild needs foreign keys off; PRAGMA foreign_keys does nothing inside a transaction
PRAGMA foreign_keys = OFF;

BEGIN;

DROP VIEW big_orders;

-- WARNING (rewrite): SQLite cannot make this change in place: the table is rebuilt and its rows copied
-- Safer: run it when the database is quiet; triggers on the table are dropped with it and must be made again
CREATE TABLE new_orders (
    id INTEGER NOT NULL,
    customer_id INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('paid', 'new')),
    total NUMERIC(10,2) NOT NULL DEFAULT 0,
    placed DATE,
    CONSTRAINT orders_pkey PRIMARY KEY (id),
    CONSTRAINT orders_customer_fkey FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
);

INSERT INTO new_orders (id, customer_id, status, total, placed)
    SELECT id, customer_id, status, total, placed FROM orders;

DROP TABLE orders;

ALTER TABLE new_orders RENAME TO orders;

CREATE INDEX orders_placed_idx ON orders (placed);

CREATE VIEW big_orders AS
SELECT id, total
FROM orders
WHERE (total > 100);

PRAGMA foreign_key_check;

COMMIT;

PRAGMA foreign_keys = ON;
-- warning: orders.total: numeric(10,2) becomes NUMERIC(10,2): SQLite does not enforce numeric precision and scale (hint: see docs/type-mapping.md)
