-- Migration for SQLite, written by Strata.

-- Note: the table rebuild needs foreign keys off; PRAGMA foreign_keys does nothing inside a transaction
PRAGMA foreign_keys = OFF;

BEGIN;

ALTER TABLE customer RENAME TO client;

-- WARNING (rewrite): SQLite cannot make this change in place: the table is rebuilt and its rows copied
-- Safer: run it when the database is quiet; triggers on the table are dropped with it and must be made again
CREATE TABLE new_client (
    id INTEGER NOT NULL,
    full_name VARCHAR(50) NOT NULL,
    email TEXT,
    legacy TEXT,
    CONSTRAINT customer_pkey PRIMARY KEY (id),
    CONSTRAINT client_full_name_check CHECK (length(full_name) > 0)
);

INSERT INTO new_client (id, full_name, email, legacy)
    SELECT id, name, email, legacy FROM client;

DROP TABLE client;

ALTER TABLE new_client RENAME TO client;

CREATE INDEX customer_email_idx ON client ((lower(email)));

PRAGMA foreign_key_check;

COMMIT;

PRAGMA foreign_keys = ON;
