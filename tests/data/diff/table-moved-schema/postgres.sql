-- Migration for PostgreSQL, written by Strata.

BEGIN;

CREATE SCHEMA archive;

ALTER TABLE order_line SET SCHEMA archive;

COMMIT;
