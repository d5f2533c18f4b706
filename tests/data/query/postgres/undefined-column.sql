CREATE TABLE orders (id int, amount numeric);
SELECT id, amont FROM orders;
