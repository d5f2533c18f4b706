-- Migration for SQLite, written by Strata.

-- Note: the table rebuild needs foreign keys off; PRAGMA foreign_keys does nothing inside a transaction
PRAGMA foreign_keys = OFF;

BEGIN;

-- WARNING (rewrite): SQLite cannot make this change in place: the table is rebuilt and its rows copied
-- Safer: run it when the database is quiet; triggers on the table are dropped with it and must be made again
CREATE TABLE new_customer (
    id INTEGER NOT NULL,
    name VARCHAR(100) NOT NULL,
    email TEXT,
    legacy TEXT,
    CONSTRAINT customer_pkey PRIMARY KEY (id)
);

INSERT INTO new_customer (id, name, email, legacy)
    SELECT id, name, email, legacy FROM customer;

DROP TABLE customer;

ALTER TABLE new_customer RENAME TO customer;

CREATE INDEX customer_email_idx ON customer ((lower(email)));

-- WARNING (rewrite): SQLite cannot make this change in place: the table is rebuilt and its rows copied
-- Safer: run it when the database is quiet; triggers on the table are dropped with it and must be made again
CREATE TABLE new_order_line (
    order_id INTEGER NOT NULL,
    line_no INTEGER NOT NULL,
    qty BIGINT NOT NULL,
    parent_line INTEGER,
    CONSTRAINT order_line_pkey PRIMARY KEY (order_id, line_no),
    CONSTRAINT order_line_order_fkey FOREIGN KEY (order_id) REFERENCES orders (id)
);

INSERT INTO new_order_line (order_id, line_no, qty, parent_line)
    SELECT order_id, line_no, qty, parent_line FROM order_line;

DROP TABLE order_line;

ALTER TABLE new_order_line RENAME TO order_line;

PRAGMA foreign_key_check;

COMMIT;

PRAGMA foreign_keys = ON;
