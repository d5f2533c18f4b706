-- name: a
SELECT 1
-- $1: uniform(1, 2)
