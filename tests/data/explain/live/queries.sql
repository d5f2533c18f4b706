-- EXPLAIN ANALYZE cases for test_explain_live, run against schema.sql. "-- name: NAME [parallel]":
-- a parallel plan's per-worker numbers change from run to run, so only its shape is compared.
-- name: join-aggregate-sort
SELECT c.country, count(*), sum(o.total) FROM orders o JOIN customers c ON c.id = o.customer_id
WHERE o.status = 'open' GROUP BY c.country ORDER BY 2 DESC;
-- name: cte-merge-join-initplan
SET work_mem = '64kB';
WITH big AS MATERIALIZED (SELECT customer_id, sum(total) t FROM orders GROUP BY customer_id)
SELECT * FROM big b1 JOIN big b2 ON b1.customer_id = b2.customer_id + 1
WHERE b1.t > (SELECT avg(total) FROM orders) ORDER BY b1.t;
-- name: correlated-subplan
SELECT c.id, (SELECT max(o.total) FROM orders o WHERE o.customer_id = c.id) FROM customers c WHERE c.id < 60;
-- name: initplan-filter
SELECT count(*) FROM orders WHERE total > (SELECT avg(total) FROM orders) AND customer_id < 100;
-- name: semi-anti-join
SELECT count(*) FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.status = 'refunded')
AND NOT EXISTS (SELECT 1 FROM orders o2 WHERE o2.customer_id = c.id AND o2.total > 499);
-- name: index-nested-loop
SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer_id
WHERE o.ordered_at BETWEEN '2023-03-01' AND '2023-03-03' ORDER BY o.id LIMIT 20;
-- name: window-grouping-sets
SELECT country, city, count(*), rank() OVER (PARTITION BY country ORDER BY count(*) DESC)
FROM customers GROUP BY GROUPING SETS ((country), (country, city));
-- name: partition-scan
SELECT kind, count(*) FROM events WHERE happened_at >= '2023-10-01' GROUP BY kind;
-- name: recursive-cte
WITH RECURSIVE chain(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM chain WHERE n < 100) SELECT sum(n) FROM chain;
-- name: parallel-aggregate parallel
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
SELECT status, count(*), avg(total) FROM orders GROUP BY status;
-- name: parallel-hash-join parallel
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
SELECT p.category, sum(i.quantity) FROM order_items i JOIN products p ON p.id = i.product_id GROUP BY p.category;
-- name: sort-spill
SET work_mem = '64kB';
SELECT * FROM order_items ORDER BY quantity, product_id;
