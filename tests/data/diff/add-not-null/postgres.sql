-- Migration for PostgreSQL, written by Strata.

BEGIN;

-- WARNING (lock): scans the whole table under an exclusive lock
-- Safer: first ADD CONSTRAINT ... CHECK (email IS NOT NULL) NOT VALID and VALIDATE it; SET NOT NULL then uses it
ALTER TABLE customer ALTER COLUMN email SET NOT NULL;

COMMIT;
