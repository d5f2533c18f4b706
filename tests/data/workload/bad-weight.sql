-- name: a  weight: -3
SELECT 1
