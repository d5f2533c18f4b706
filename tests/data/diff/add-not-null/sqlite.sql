-- Migration for SQLite, written by Strata.

-- Note: the table rebuild needs foreign keys off; PRAGMA foreign_keys does nothing inside a transaction
PRAGMA foreign_keys = OFF;

BEGIN;

-- WARNING (rewrite): SQLite cannot make this change in place: the table is rebuilt and its rows copied
-- Safer: run it when the database is quiet; triggers on the table are dropped with it and must be made again
CREATE TABLE new_customer (
    id INTEGER NOT NULL,
    name VARCHAR(50) NOT NULL,
    email TEXT NOT NULL,
    legacy TEXT,
    CONSTRAINT customer_pkey PRIMARY KEY (id)
);

INSERT INTO new_customer (id, name, email, legacy)
    SELECT id, name, email, legacy FROM customer;

DROP TABLE customer;

ALTER TABLE new_customer RENAME TO customer;

CREATE INDEX customer_email_idx ON customer ((lower(email)));

PRAGMA foreign_key_check;

COMMIT;

PRAGMA foreign_keys = ON;
