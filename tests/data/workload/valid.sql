-- A workload with every kind of parameter source.

-- name: by_customer  weight: 5
-- $1: sample(orders.customer_id)
SELECT * FROM orders WHERE customer_id = $1;

-- name: between
-- weight: 0.5
-- $2: uniform(10, 99.5)
-- $1: uniform(1, 9)
SELECT * FROM product
WHERE price BETWEEN $1 AND $2 -- a comment with $3 in it
  AND name <> 'costs $4;'; -- strings and comments hold no parameters

-- name: skewed weight: 2
-- $1: zipf(1, 1000, 1.2)
-- $2: normal(50, 5)
-- $3: one_of('paid', 'shipped', 3)
-- $4: date('2024-01-01', '2024-12-31')
-- $5: timestamp('2024-01-01 08:00:00', '2024-01-31')
-- $6: sequence(1000)
-- $7: constant('x')
-- $8: sample(shop."Order Lines".qty)
INSERT INTO t VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
