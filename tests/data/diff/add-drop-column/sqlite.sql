-- Migration for SQLite, written by Strata.

BEGIN;

-- WARNING (data loss): the column and its data are dropped
-- Safer: back the column up first
ALTER TABLE customer DROP COLUMN legacy;

ALTER TABLE customer ADD COLUMN note TEXT DEFAULT '';

COMMIT;
