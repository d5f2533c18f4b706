-- name: a

-- name: b
SELECT 2
