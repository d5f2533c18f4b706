-- name: a
-- $1: uniform(1, 2)
-- $2: uniform(1, 2)
SELECT $1
