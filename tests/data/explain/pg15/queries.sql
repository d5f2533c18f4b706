-- name: cte-initplan-spill
SET work_mem = '64kB';
WITH big AS MATERIALIZED (SELECT customer_id, sum(total) t FROM orders GROUP BY customer_id)
SELECT * FROM big b1 JOIN big b2 ON b1.customer_id = b2.customer_id + 1
WHERE b1.t > (SELECT avg(total) FROM orders) ORDER BY b1.t;
-- name: index-nested-loop
SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer_id
WHERE o.ordered_at BETWEEN '2023-03-01' AND '2023-03-03' ORDER BY o.id LIMIT 20;
-- name: hash-join-aggregate
SELECT p.category, count(*), sum(i.quantity) FROM order_items i JOIN products p ON p.id = i.product_id
GROUP BY p.category;
-- name: correlated-subplan
SELECT c.id, (SELECT max(o.total) FROM orders o WHERE o.customer_id = c.id) FROM customers c WHERE c.id < 40;
-- name: semi-anti-join
SELECT count(*) FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.status = 'refunded')
AND NOT EXISTS (SELECT 1 FROM orders o2 WHERE o2.customer_id = c.id AND o2.status = 'open' AND o2.total > 499);
-- name: grouping-sets
SELECT country, city, count(*) FROM customers GROUP BY GROUPING SETS ((country), (country, city), ());
-- name: window-union-values
SELECT kind, n, rank() OVER (ORDER BY n DESC) FROM (
  SELECT kind, count(*) n FROM events GROUP BY kind
  UNION ALL SELECT * FROM (VALUES ('other', 0::bigint)) v(kind, n)) s;
-- name: partitions-bitmap
SELECT count(*) FROM events WHERE happened_at >= '2024-06-01' AND id % 7 = 0;
-- name: misestimate-correlated
SELECT count(*) FROM customers WHERE country = 'FR' AND city = 'Paris';
-- name: function-scan-memoize
SELECT g, c.name FROM generate_series(1, 3000) g JOIN LATERAL (SELECT name FROM customers WHERE id = g % 50 + 1) c ON true;
