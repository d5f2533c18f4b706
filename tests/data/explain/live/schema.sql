-- A small shop, generated: enough rows for real joins, sorts that spill, parallel scans and
-- misestimates. Used by test_explain_live (EXPLAIN ANALYZE on a throw-away server).
CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL,
    country text NOT NULL,
    city text NOT NULL,
    created_at date NOT NULL
);
CREATE TABLE products (
    id integer PRIMARY KEY,
    title text NOT NULL,
    category text NOT NULL,
    price numeric(10,2) NOT NULL
);
CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers,
    status text NOT NULL,
    ordered_at timestamp NOT NULL,
    total numeric(12,2) NOT NULL
);
CREATE TABLE order_items (
    order_id integer NOT NULL REFERENCES orders,
    product_id integer NOT NULL REFERENCES products,
    quantity integer NOT NULL,
    PRIMARY KEY (order_id, product_id)
);
CREATE TABLE events (
    id bigint NOT NULL,
    kind text NOT NULL,
    happened_at timestamp NOT NULL
) PARTITION BY RANGE (happened_at);
CREATE TABLE events_2023 PARTITION OF events FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

INSERT INTO customers
SELECT i, 'customer ' || i, (ARRAY['FR','DE','US','JP','BR'])[1 + i % 5],
       'city ' || (i % 97), date '2020-01-01' + (i % 1000)
FROM generate_series(1, 5000) AS i;
INSERT INTO products
SELECT i, 'product ' || i, (ARRAY['books','games','tools','food'])[1 + i % 4], (i % 200) + 0.99
FROM generate_series(1, 800) AS i;
INSERT INTO orders
SELECT i, 1 + (i * 7) % 5000, CASE WHEN i % 50 = 0 THEN 'refunded' WHEN i % 10 = 0 THEN 'open' ELSE 'shipped' END,
       timestamp '2023-01-01' + (i % 700) * interval '1 day', (i % 500) + 0.5
FROM generate_series(1, 60000) AS i;
INSERT INTO order_items
SELECT o, 1 + (o * 13 + k * 101) % 800, 1 + (o + k) % 4
FROM generate_series(1, 60000) AS o, generate_series(1, 3) AS k;
INSERT INTO events
SELECT i, (ARRAY['view','click','buy'])[1 + i % 3], timestamp '2023-01-01' + (i % 700) * interval '1 day'
FROM generate_series(1, 40000) AS i;
-- Correlated columns the planner cannot know about without extended statistics.
UPDATE customers SET city = 'Paris' WHERE country = 'FR' AND id % 10 = 0;
CREATE INDEX orders_ordered_at ON orders (ordered_at);
VACUUM ANALYZE;
