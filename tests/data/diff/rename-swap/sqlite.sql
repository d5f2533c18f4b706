-- Migration for SQLite, written by Strata.

BEGIN;

ALTER TABLE customer RENAME COLUMN name TO name_strata_tmp;

ALTER TABLE customer RENAME COLUMN legacy TO name;

ALTER TABLE customer RENAME COLUMN name_strata_tmp TO legacy;

COMMIT;
