-- Migration for PostgreSQL, written by Strata.

-- Note: runs before the transaction: a value added inside one cannot be used until it commits
ALTER TYPE status ADD VALUE 'shipped' BEFORE 'paid';

BEGIN;

COMMIT;
