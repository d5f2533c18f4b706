-- name: a
-- $1: one_of('x, 2)
SELECT $1
