-- A day at the shop of shop.strata: what the web site, the warehouse and the back office ask.
-- Run it with: strata-cli profile shop.workload.sql --db shop.sqlite   (docs/workload.md)

-- name: customer_orders  weight: 10
-- $1: sample(orders.customer_id)
SELECT id, status, placed_at, total
FROM orders
WHERE customer_id = $1
ORDER BY placed_at DESC
LIMIT 20;

-- name: order_lines  weight: 10
-- $1: sample(order_item.order_id)
SELECT i.line_no, p.name, i.quantity, i.unit_price
FROM order_item i JOIN product p ON p.id = i.product_id
WHERE i.order_id = $1
ORDER BY i.line_no;

-- name: product_page  weight: 8
-- $1: sample(product.id)
SELECT p.name, p.price, p.description, c.name AS category
FROM product p JOIN category c ON c.id = p.category_id
WHERE p.id = $1;

-- name: product_reviews  weight: 5
-- $1: sample(review.product_id)
SELECT rating, title, created_at FROM review WHERE product_id = $1 ORDER BY created_at DESC LIMIT 10;

-- name: track_parcel  weight: 4
-- $1: sample(shipment.tracking_number)
SELECT s.order_id, s.carrier, s.shipped_at, s.delivered_at
FROM shipment s
WHERE s.tracking_number = $1;

-- name: reviews_by_customer  weight: 2
-- $1: sample(review.customer_id)
SELECT product_id, rating FROM review WHERE customer_id = $1;

-- name: price_range  weight: 2
-- $1: uniform(5, 50)
-- $2: uniform(60, 200)
SELECT id, name, price FROM product WHERE price BETWEEN $1 AND $2 ORDER BY price LIMIT 50;

-- name: revenue_by_status  weight: 1
SELECT status, count(*), sum(total) FROM orders GROUP BY status;

-- name: new_cart  weight: 1
-- $1: sample(customer.id)
-- $2: one_of('2b1c3e0a-0000-4000-8000-000000000001', '2b1c3e0a-0000-4000-8000-000000000002')
SELECT count(*) FROM cart WHERE customer_id = $1 OR session_token = $2;
