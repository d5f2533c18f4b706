-- name: a
-- $1: gaussian(0, 1)
SELECT $1
