-- Which statements a production connection asks about, as sqlite3_stmt_readonly() says for each
-- statement compiled against a database with a table "orders" (one line each in sqlite.expected).
SELECT 1;
select * from orders where note = 'DELETE FROM orders; -- not a statement';
/* UPDATE orders SET x = 1 */ SELECT count(*) FROM orders;
VALUES (1), (2);
WITH recent AS (SELECT * FROM orders) SELECT * FROM recent;
EXPLAIN QUERY PLAN DELETE FROM orders;
PRAGMA table_info(orders);
INSERT INTO orders (id) VALUES (1);
update orders set total = 2;
DELETE FROM orders;
REPLACE INTO orders (id) VALUES (1);
CREATE TABLE t (id int);
DROP TABLE orders;
ALTER TABLE orders ADD COLUMN x int;
CREATE INDEX orders_total ON orders (total);
SELECT * FROM no_such_table;
BEGIN;
COMMIT;
VACUUM;
