-- name: a  speed: 3
SELECT 1
