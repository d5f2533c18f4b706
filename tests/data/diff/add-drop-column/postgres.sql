-- Migration for PostgreSQL, written by Strata.

BEGIN;

-- WARNING (data loss): the column and its data are dropped
-- Safer: back the column up first, or keep it a release longer
ALTER TABLE customer DROP COLUMN legacy;

ALTER TABLE customer ADD COLUMN note text DEFAULT '';

COMMIT;
