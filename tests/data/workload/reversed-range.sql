-- name: a
-- $1: uniform(10, 1)
SELECT $1
