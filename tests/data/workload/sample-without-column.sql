-- name: a
-- $1: sample(orders)
SELECT $1
