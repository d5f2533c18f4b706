-- PostgreSQL schema of the model "Views", written by Strata.
-- Views in PostgreSQL's spelling: rewritten for SQLite, each shape run on both databases with the rows of tests/data/view-rows/views.sql

CREATE TYPE order_status AS ENUM (
    'new',
    'paid',
    'shipped',
    'cancelled'
);

CREATE TABLE customer (
    id integer NOT NULL,
    name text NOT NULL,
    email character varying(100),
    city text,
    active boolean NOT NULL,
    created_at timestamp without time zone NOT NULL,
    CONSTRAINT customer_pkey PRIMARY KEY (id)
);

CREATE TABLE orders (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    status order_status NOT NULL,
    placed_at timestamp without time zone NOT NULL,
    shipped_at timestamp without time zone,
    CONSTRAINT orders_pkey PRIMARY KEY (id)
);

CREATE TABLE order_item (
    order_id integer NOT NULL,
    line_no smallint NOT NULL,
    product text NOT NULL,
    quantity integer NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    CONSTRAINT order_item_pkey PRIMARY KEY (order_id, line_no)
);

ALTER TABLE orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customer (id);

ALTER TABLE order_item
    ADD CONSTRAINT order_item_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders (id);

CREATE VIEW order_summary AS
SELECT o.id,
    o.customer_id,
    o.status,
    o.placed_at,
    count(i.line_no) AS lines,
    sum((i.quantity)::numeric * i.unit_price) AS items_total
   FROM (orders o
     JOIN order_item i ON ((i.order_id = o.id)))
  GROUP BY o.id, o.customer_id, o.status, o.placed_at;

COMMENT ON VIEW order_summary IS 'As pg_get_viewdef prints it';

CREATE VIEW customer_activity AS
SELECT c.id, c.name, coalesce(c.city, 'unknown') AS city,
       CASE WHEN c.active THEN 'yes' ELSE 'no' END AS active,
       count(o.id) AS orders, max(o.placed_at) AS last_order
FROM public.customer c LEFT JOIN public.orders o ON o.customer_id = c.id AND o.status <> 'cancelled'
GROUP BY c.id, c.name, c.city, c.active
HAVING count(o.id) >= 0;

CREATE VIEW big_orders AS
SELECT t.order_id, t.total,
       (SELECT c.name FROM customer c JOIN orders o ON o.customer_id = c.id WHERE o.id = t.order_id) AS customer
FROM (SELECT order_id, sum(quantity * unit_price) FROM order_item GROUP BY order_id) AS t(order_id, total)
WHERE t.total > (SELECT avg(quantity * unit_price) FROM order_item)
  AND EXISTS (SELECT 1 FROM orders o WHERE o.id = t.order_id AND o.status IN ('paid', 'shipped', 'new'))
  AND t.order_id NOT IN (SELECT id FROM orders WHERE status = 'cancelled');

CREATE VIEW status_board AS
SELECT o.status,
    count(*) AS orders,
    count(DISTINCT o.customer_id) AS customers,
    count(*) FILTER (WHERE (o.shipped_at IS NOT NULL)) AS shipped,
        CASE o.status
            WHEN 'new'::order_status THEN 'open'::text
            WHEN 'paid'::order_status THEN 'open'::text
            ELSE 'closed'::text
        END AS state
   FROM orders o
  WHERE (((o.status)::text = ANY ((ARRAY['new'::character varying, 'paid'::character varying, 'shipped'::character varying])::text[])) AND (o.id <> ALL (ARRAY[99, 98])))
  GROUP BY o.status;

COMMENT ON VIEW status_board IS 'IN lists as pg_dump writes them';

CREATE VIEW ranked_items AS
SELECT order_id, line_no, product,
       row_number() OVER (PARTITION BY order_id ORDER BY quantity * unit_price DESC, line_no) AS position,
       rank() OVER w AS price_rank,
       sum(quantity) OVER (PARTITION BY order_id ORDER BY line_no ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running_quantity,
       lag(product) OVER (PARTITION BY order_id ORDER BY line_no) AS previous_product,
       count(*) OVER (ORDER BY order_id RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS nearby,
       first_value(unit_price) OVER (w GROUPS BETWEEN 1 FOLLOWING AND 1 FOLLOWING) AS next_price,
       sum(quantity) OVER (ORDER BY order_id, line_no ROWS 2 PRECEDING EXCLUDE CURRENT ROW) AS before
FROM order_item
WINDOW w AS (ORDER BY unit_price DESC);

CREATE VIEW some_names AS
SELECT name FROM customer WHERE city = 'Oslo'
UNION
SELECT c.name FROM customer c JOIN orders o ON o.customer_id = c.id WHERE o.status = 'new'
EXCEPT
SELECT name FROM customer WHERE NOT active;

COMMENT ON VIEW some_names IS 'UNION and EXCEPT from left to right';

CREATE VIEW product_mix AS
SELECT product, 'cheap' AS kind FROM order_item WHERE unit_price < 5
UNION ALL
SELECT product, 'bulk' FROM order_item WHERE quantity >= 4
INTERSECT
SELECT product, 'bulk' FROM order_item WHERE unit_price < 1
ORDER BY 1, 2
LIMIT 20;

COMMENT ON VIEW product_mix IS 'INTERSECT binds closer than UNION';

CREATE VIEW order_calendar AS
SELECT o.id,
       date_trunc('month', o.placed_at) AS month,
       date_trunc('week'::text, o.placed_at) AS week,
       date_trunc('hour', o.placed_at) AS hour,
       extract(year FROM o.placed_at) AS year,
       EXTRACT(quarter FROM o.placed_at) AS quarter,
       date_part('dow', o.placed_at) AS weekday,
       extract(isodow from o.placed_at) AS isodow,
       extract(doy from o.placed_at) AS doy,
       o.placed_at::date AS day,
       o.placed_at + interval '1 day 2 hours' AS follow_up,
       o.placed_at - '90 minutes'::interval AS prepared
FROM orders o
WHERE o.placed_at < now() AND o.placed_at >= '2024-01-01'::date;

CREATE VIEW customer_strings AS
SELECT c.id,
       lower(c.name) AS lower_name, upper(c.name) AS upper_name,
       length(c.name) + char_length(coalesce(c.email, '')) AS chars,
       substring(c.name from 2 for 2) AS middle,
       substr(c.name, 1, 1) AS initial,
       position('e' in c.name) AS e_at,
       strpos(coalesce(c.email, ''), '@') AS at_sign,
       c.name || ' <' || coalesce(c.email, '-') || '>' AS address,
       concat(c.name, ' ', c.email) AS joined,
       CASE WHEN c.name LIKE 'A%' OR c.name ILIKE 'b%' OR c.email NOT LIKE '%.com' THEN 1 ELSE 0 END AS flagged,
       trim(both ' ' from '  ' || c.name || '  ') AS trimmed
FROM customer c;

CREATE VIEW item_stats AS
SELECT product, count(*), sum(quantity) AS quantity, avg(unit_price) AS avg_price,
       min(unit_price), max(unit_price) AS max_price,
       length(string_agg(product, ',')) AS agg_length,
       CASE WHEN bool_and(quantity > 1) THEN 'all' WHEN bool_or(quantity > 1) THEN 'some' ELSE 'none' END AS multiples,
       sum(quantity)::numeric / count(*) AS per_line,
       (avg(unit_price) * 3)::integer AS rounded,
       avg(unit_price)::numeric(10,1) AS one_decimal
FROM order_item GROUP BY product HAVING count(*) >= 1;

CREATE VIEW latest_contacts AS
SELECT name, email FROM customer ORDER BY email DESC LIMIT 3;

COMMENT ON VIEW latest_contacts IS 'PostgreSQL sorts NULLs last, SQLite first';

CREATE VIEW city_list AS
SELECT name, city FROM customer ORDER BY city NULLS FIRST, name LIMIT 2 OFFSET 1;

CREATE VIEW new_orders_by_customer AS
SELECT c.name, o.id AS order_id, i.product
FROM customer c
     FULL JOIN orders o ON o.customer_id = c.id AND o.status = 'new'
     LEFT JOIN order_item i ON (i.order_id = o.id AND i.line_no = 1);

CREATE VIEW bulk_lines AS
SELECT o.id, i.product, c.name
FROM customer c JOIN (orders o JOIN order_item i ON i.order_id = o.id) ON o.customer_id = c.id
WHERE i.quantity > 3;

CREATE VIEW active_first_status AS
SELECT c.name, s.status, s.rank
FROM customer c, (VALUES ('new'::text, 1), ('paid', 2)) AS s(status, rank)
     RIGHT JOIN orders o ON o.status::text = s.status
WHERE s.rank = 1 AND c.active AND o.customer_id = c.id;

COMMENT ON VIEW active_first_status IS 'A join after a comma';

CREATE VIEW lines_per_order AS
WITH open_orders(order_id) AS (SELECT id FROM orders WHERE status <> 'cancelled')
SELECT order_id, count(*) AS lines
FROM open_orders JOIN order_item USING (order_id)
GROUP BY order_id;

CREATE VIEW monthly_numbers AS
WITH RECURSIVE numbers(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM numbers WHERE n < 5)
SELECT n, n * n AS square,
       (SELECT count(*) FROM orders WHERE extract(month FROM placed_at) = n) AS orders_in_month
FROM numbers;

CREATE VIEW other_cities AS
SELECT DISTINCT city FROM customer ORDER BY city LIMIT ALL OFFSET 1;

CREATE VIEW spending AS
SELECT customer_id, sum(items_total) AS spent FROM order_summary GROUP BY customer_id;

COMMENT ON VIEW spending IS 'A view over a view';

CREATE VIEW cross_products AS
SELECT a.product AS first, b.product AS second
FROM (SELECT DISTINCT product FROM order_item WHERE unit_price > 50) a CROSS JOIN (SELECT DISTINCT product FROM order_item WHERE unit_price > 80) b
WHERE a.product <> b.product;

CREATE VIEW first_order_of_each AS
SELECT DISTINCT ON (customer_id) customer_id, id FROM orders ORDER BY customer_id, placed_at DESC;

CREATE VIEW last_lines AS
SELECT o.id, l.product FROM orders o, LATERAL (SELECT product FROM order_item WHERE order_id = o.id ORDER BY line_no DESC LIMIT 1) l;

CREATE VIEW totals_rollup AS
SELECT status, count(*) FROM orders GROUP BY ROLLUP (status);

CREATE VIEW month_later AS
SELECT id, placed_at + interval '1 month' AS reminder FROM orders;

CREATE VIEW products_per_order AS
SELECT order_id, array_agg(product) AS products FROM order_item GROUP BY order_id;

CREATE VIEW counts_as_read AS
SELECT status, count(*) FROM orders GROUP BY status ORDER BY status;

COMMENT ON VIEW counts_as_read IS 'Read from SQLite: kept as written, its second column named count(*)';

-- Diagnostics:
-- [ddl.foreign-query] info: counts_as_read: the query of the view is SQLite's, written as it is (hint: check that PostgreSQL reads it the same: NULLs sort last, and a column without AS is named otherwise)
-- [ddl.foreign-query] info: native_syntax: the query of the view is SQLite's, written as it is (hint: check that PostgreSQL reads it the same: NULLs sort last, and a column without AS is named otherwise)
-- [ddl.rejected] warning: native_syntax: PostgreSQL refuses the statement (syntax error at or near "'Oslo'"): left out (hint: correct the object so that the statement can run)
