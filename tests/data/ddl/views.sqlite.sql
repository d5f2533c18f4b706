-- SQLite schema of the model "Views", written by Strata.
-- Views in PostgreSQL's spelling: rewritten for SQLite, each shape run on both databases with the rows of tests/data/view-rows/views.sql
-- SQLite enforces foreign keys only on connections that run PRAGMA foreign_keys = ON.

CREATE TABLE customer (
    id INTEGER NOT NULL,
    name TEXT NOT NULL,
    email VARCHAR(100),
    city TEXT,
    active BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT customer_pkey PRIMARY KEY (id)
);

CREATE TABLE orders (
    id INTEGER NOT NULL,
    customer_id INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('new', 'paid', 'shipped', 'cancelled')),
    placed_at TIMESTAMP NOT NULL,
    shipped_at TIMESTAMP,
    CONSTRAINT orders_pkey PRIMARY KEY (id),
    CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customer (id)
);

CREATE TABLE order_item (
    order_id INTEGER NOT NULL,
    line_no SMALLINT NOT NULL,
    product TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    unit_price NUMERIC(10,2) NOT NULL,
    CONSTRAINT order_item_pkey PRIMARY KEY (order_id, line_no),
    CONSTRAINT order_item_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders (id)
);

CREATE VIEW order_summary AS
SELECT o.id,
    o.customer_id,
    o.status,
    o.placed_at,
    count(i.line_no) AS lines,
    sum((CAST(i.quantity AS NUMERIC) * i.unit_price)) AS items_total
FROM orders AS o JOIN order_item AS i ON (i.order_id = o.id)
GROUP BY o.id, o.customer_id, o.status, o.placed_at;

CREATE VIEW customer_activity AS
SELECT c.id,
    c.name,
    coalesce(c.city, 'unknown') AS city,
    CASE WHEN c.active THEN 'yes' ELSE 'no' END AS active,
    count(o.id) AS orders,
    max(o.placed_at) AS last_order
FROM customer AS c LEFT JOIN orders AS o ON ((o.customer_id = c.id) AND (o.status <> 'cancelled'))
GROUP BY c.id, c.name, c.city, c.active
HAVING (count(o.id) >= 0);

CREATE VIEW big_orders AS
SELECT t.order_id,
    t.total,
    (SELECT c.name
    FROM customer AS c JOIN orders AS o ON (o.customer_id = c.id)
    WHERE (o.id = t.order_id)) AS customer
FROM (
    SELECT order_id AS order_id, sum((quantity * unit_price)) AS total
    FROM order_item
    GROUP BY order_id
) AS t
WHERE ((t.total > (SELECT avg((quantity * unit_price))
    FROM order_item)) AND EXISTS (SELECT 1
    FROM orders AS o
    WHERE ((o.id = t.order_id) AND (o.status IN ('paid', 'shipped', 'new')))) AND (NOT (t.order_id IN (SELECT id
    FROM orders
    WHERE (status = 'cancelled')))));

CREATE VIEW status_board AS
SELECT o.status,
    count(*) AS orders,
    count(DISTINCT o.customer_id) AS customers,
    count(*) FILTER (WHERE (o.shipped_at IS NOT NULL)) AS shipped,
    CASE o.status WHEN 'new' THEN 'open' WHEN 'paid' THEN 'open' ELSE 'closed' END AS state
FROM orders AS o
WHERE ((o.status IN ('new', 'paid', 'shipped')) AND (o.id NOT IN (99, 98)))
GROUP BY o.status;

CREATE VIEW ranked_items AS
SELECT order_id,
    line_no,
    product,
    row_number() OVER (PARTITION BY order_id ORDER BY (quantity * unit_price) DESC NULLS FIRST, line_no NULLS LAST) AS position,
    rank() OVER w AS price_rank,
    sum(quantity) OVER (PARTITION BY order_id ORDER BY line_no NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running_quantity,
    lag(product) OVER (PARTITION BY order_id ORDER BY line_no NULLS LAST) AS previous_product,
    count(*) OVER (ORDER BY order_id NULLS LAST RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS nearby,
    first_value(unit_price) OVER (w GROUPS BETWEEN 1 FOLLOWING AND 1 FOLLOWING) AS next_price,
    sum(quantity) OVER (ORDER BY order_id NULLS LAST, line_no NULLS LAST ROWS 2 PRECEDING EXCLUDE CURRENT ROW) AS "before"
FROM order_item
WINDOW w AS (ORDER BY unit_price DESC NULLS FIRST);

CREATE VIEW some_names AS
SELECT name
FROM customer
WHERE (city = 'Oslo')
UNION
SELECT c.name
FROM customer AS c JOIN orders AS o ON (o.customer_id = c.id)
WHERE (o.status = 'new')
EXCEPT
SELECT name
FROM customer
WHERE (NOT active);

CREATE VIEW product_mix AS
SELECT product, 'cheap' AS kind
FROM order_item
WHERE (unit_price < 5)
UNION ALL
SELECT * FROM (
    SELECT product, 'bulk'
    FROM order_item
    WHERE (quantity >= 4)
    INTERSECT
    SELECT product, 'bulk'
    FROM order_item
    WHERE (unit_price < 1)
)
ORDER BY 1 NULLS LAST, 2 NULLS LAST
LIMIT 20;

CREATE VIEW order_calendar AS
SELECT o.id,
    strftime('%Y-%m-01 00:00:00', o.placed_at) AS month,
    strftime('%Y-%m-%d 00:00:00', o.placed_at, 'weekday 0', '-6 days') AS week,
    strftime('%Y-%m-%d %H:00:00', o.placed_at) AS hour,
    CAST(strftime('%Y', o.placed_at) AS INTEGER) AS year,
    ((CAST(strftime('%m', o.placed_at) AS INTEGER) + 2) / 3) AS quarter,
    CAST(strftime('%w', o.placed_at) AS INTEGER) AS weekday,
    ((CAST(strftime('%w', o.placed_at) AS INTEGER) + 6) % 7 + 1) AS isodow,
    CAST(strftime('%j', o.placed_at) AS INTEGER) AS doy,
    date(o.placed_at) AS day,
    datetime(o.placed_at, '+1 days', '+2 hours') AS follow_up,
    datetime(o.placed_at, '-90 minutes') AS prepared
FROM orders AS o
WHERE ((o.placed_at < CURRENT_TIMESTAMP) AND (o.placed_at >= '2024-01-01'));

CREATE VIEW customer_strings AS
SELECT c.id,
    lower(c.name) AS lower_name,
    upper(c.name) AS upper_name,
    (length(c.name) + length(coalesce(c.email, ''))) AS chars,
    substr(c.name, 2, 2) AS middle,
    substr(c.name, 1, 1) AS initial,
    instr(c.name, 'e') AS e_at,
    instr(coalesce(c.email, ''), '@') AS at_sign,
    (((c.name || ' <') || coalesce(c.email, '-')) || '>') AS address,
    (coalesce(c.name, '') || coalesce(' ', '') || coalesce(c.email, '')) AS joined,
    CASE WHEN ((c.name LIKE 'A%') OR (c.name LIKE 'b%') OR (c.email NOT LIKE '%.com')) THEN 1 ELSE 0 END AS flagged,
    trim((('  ' || c.name) || '  '), ' ') AS trimmed
FROM customer AS c;

CREATE VIEW item_stats AS
SELECT product,
    count(*) AS count,
    sum(quantity) AS quantity,
    avg(unit_price) AS avg_price,
    min(unit_price) AS min,
    max(unit_price) AS max_price,
    length(group_concat(product, ',')) AS agg_length,
    CASE WHEN min((quantity > 1)) THEN 'all' WHEN max((quantity > 1)) THEN 'some' ELSE 'none' END AS multiples,
    (CAST(sum(quantity) AS REAL) / count(*)) AS per_line,
    CAST(round((avg(unit_price) * 3)) AS INTEGER) AS rounded,
    round(avg(unit_price), 1) AS one_decimal
FROM order_item
GROUP BY product
HAVING (count(*) >= 1);

CREATE VIEW latest_contacts AS
SELECT name, email
FROM customer
ORDER BY email DESC NULLS FIRST
LIMIT 3;

CREATE VIEW city_list AS
SELECT name, city
FROM customer
ORDER BY city NULLS FIRST, name NULLS LAST
LIMIT 2 OFFSET 1;

CREATE VIEW new_orders_by_customer AS
SELECT c.name, o.id AS order_id, i.product
FROM customer AS c FULL JOIN orders AS o ON ((o.customer_id = c.id) AND (o.status = 'new')) LEFT JOIN order_item AS i ON ((i.order_id = o.id) AND (i.line_no = 1));

CREATE VIEW bulk_lines AS
SELECT o.id, i.product, c.name
FROM customer AS c JOIN (orders AS o JOIN order_item AS i ON (i.order_id = o.id)) ON (o.customer_id = c.id)
WHERE (i.quantity > 3);

CREATE VIEW active_first_status AS
SELECT c.name, s.status, s.rank
FROM customer AS c, ((
    SELECT column1 AS status, column2 AS rank FROM (VALUES ('new', 1), ('paid', 2))
) AS s RIGHT JOIN orders AS o ON (o.status = s.status))
WHERE ((s.rank = 1) AND c.active AND (o.customer_id = c.id));

CREATE VIEW lines_per_order AS
WITH open_orders (order_id) AS (
    SELECT id
    FROM orders
    WHERE (status <> 'cancelled')
)
SELECT order_id, count(*) AS lines
FROM open_orders JOIN order_item USING (order_id)
GROUP BY order_id;

CREATE VIEW monthly_numbers AS
WITH RECURSIVE numbers (n) AS (
    SELECT 1 AS "?column?"
    UNION ALL
    SELECT (n + 1)
    FROM numbers
    WHERE (n < 5)
)
SELECT n,
    (n * n) AS square,
    (SELECT count(*)
    FROM orders
    WHERE (CAST(strftime('%m', placed_at) AS INTEGER) = n)) AS orders_in_month
FROM numbers;

CREATE VIEW other_cities AS
SELECT DISTINCT city
FROM customer
ORDER BY city NULLS LAST
LIMIT -1 OFFSET 1;

CREATE VIEW spending AS
SELECT customer_id, sum(items_total) AS spent
FROM order_summary
GROUP BY customer_id;

CREATE VIEW cross_products AS
SELECT a.product AS "first", b.product AS second
FROM (
    SELECT DISTINCT product
    FROM order_item
    WHERE (unit_price > 50)
) AS a CROSS JOIN (
    SELECT DISTINCT product
    FROM order_item
    WHERE (unit_price > 80)
) AS b
WHERE (a.product <> b.product);

CREATE VIEW counts_as_read AS
SELECT status, count(*) FROM orders GROUP BY status ORDER BY status;

CREATE VIEW native_syntax AS
SELECT id, name FROM customer WHERE city IS NOT 'Oslo' ORDER BY id LIMIT 1, 2;

-- Diagnostics:
-- [ddl.lossy-type] warning: order_item.unit_price: numeric(10,2) becomes NUMERIC(10,2): SQLite does not enforce numeric precision and scale (hint: see docs/type-mapping.md)
-- [ddl.rewritten] info: order_summary: the query of the view is written in SQLite's spelling
-- [ddl.unsupported] warning: order_summary: SQLite cannot express the comment of this view: left out
-- [ddl.rewritten] info: customer_activity: the query of the view is written in SQLite's spelling
-- [ddl.rewritten] info: big_orders: the query of the view is written in SQLite's spelling
-- [ddl.rewritten] info: status_board: the query of the view is written in SQLite's spelling
-- [ddl.unsupported] warning: status_board: SQLite cannot express the comment of this view: left out
-- [ddl.rewritten] info: ranked_items: the query of the view is written in SQLite's spelling
-- [ddl.rewritten] info: some_names: the query of the view is written in SQLite's spelling
-- [ddl.unsupported] warning: some_names: SQLite cannot express the comment of this view: left out
-- [ddl.rewritten] info: product_mix: the query of the view is written in SQLite's spelling
-- [ddl.unsupported] warning: product_mix: SQLite cannot express the comment of this view: left out
-- [ddl.rewritten] info: order_calendar: the query of the view is written in SQLite's spelling
-- [ddl.rewritten] info: customer_strings: the query of the view is written in SQLite's spelling
-- [ddl.rewritten] info: item_stats: the query of the view is written in SQLite's spelling
-- [ddl.rewritten] info: latest_contacts: the query of the view is written in SQLite's spelling
-- [ddl.unsupported] warning: latest_contacts: SQLite cannot express the comment of this view: left out
-- [ddl.rewritten] info: city_list: the query of the view is written in SQLite's spelling
-- [ddl.rewritten] info: new_orders_by_customer: the query of the view is written in SQLite's spelling
-- [ddl.rewritten] info: bulk_lines: the query of the view is written in SQLite's spelling
-- [ddl.rewritten] info: active_first_status: the query of the view is written in SQLite's spelling
-- [ddl.unsupported] warning: active_first_status: SQLite cannot express the comment of this view: left out
-- [ddl.rewritten] info: monthly_numbers: the query of the view is written in SQLite's spelling
-- [ddl.rewritten] info: other_cities: the query of the view is written in SQLite's spelling
-- [ddl.unsupported] warning: spending: SQLite cannot express the comment of this view: left out
-- [ddl.rewritten] info: cross_products: the query of the view is written in SQLite's spelling
-- [ddl.rejected] warning: first_order_of_each: SQLite cannot hold the query of the view (SQLite has no counterpart for DISTINCT ON): left out (hint: write it in SQL that SQLite understands)
-- [ddl.rejected] warning: last_lines: SQLite cannot hold the query of the view (SQLite has no counterpart for LATERAL): left out (hint: write it in SQL that SQLite understands)
-- [ddl.rejected] warning: totals_rollup: SQLite cannot hold the query of the view (SQLite has no counterpart for GROUPING SETS, ROLLUP and CUBE): left out (hint: write it in SQL that SQLite understands)
-- [ddl.rejected] warning: month_later: SQLite cannot hold the query of the view (SQLite has no counterpart for intervals of months and years ('1 month'): SQLite's run over into the next month): left out (hint: write it in SQL that SQLite understands)
-- [ddl.rejected] warning: products_per_order: SQLite cannot hold the query of the view (SQLite refuses its rewrite: no such function: array_agg): left out (hint: write it in SQL that SQLite understands)
-- [ddl.unsupported] warning: counts_as_read: SQLite cannot express the comment of this view: left out
-- [ddl.unsupported] warning: native_syntax: SQLite cannot express the comment of this view: left out
