-- name: a
SELECT 1;
SELECT 2;
