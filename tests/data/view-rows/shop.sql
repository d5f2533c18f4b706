-- Rows for the view order_summary of resources/samples/shop.strata, the same INSERTs for PostgreSQL
-- and SQLite: identities are left to number the rows 1, 2, ... in both.
INSERT INTO country (code, name, currency) VALUES ('NO', 'Norway', 'NOK');
INSERT INTO address (line1, city, postal_code, country_code) VALUES ('Storgata 1', 'Oslo', '0155', 'NO');
INSERT INTO customer (email, full_name, tier, created_at) VALUES
    ('ann@example.com', 'Ann', 'gold', '2024-01-02 08:00:00'),
    ('bob@example.com', 'Bob', 'bronze', '2024-01-03 09:00:00');
INSERT INTO category (name, slug) VALUES ('Tools', 'tools');
INSERT INTO supplier (name, country_code) VALUES ('Acme', 'NO');
INSERT INTO product (sku, name, category_id, supplier_id, price, created_at) VALUES
    ('H-1', 'Hammer', 1, 1, 12.40, '2024-01-01 00:00:00'),
    ('S-2', 'Saw', 1, 1, 30.00, '2024-01-01 00:00:00');
INSERT INTO orders (customer_id, status, placed_at, shipping_address_id, billing_address_id, total) VALUES
    (1, 'paid', '2024-03-05 10:30:00', 1, 1, 54.80),
    (2, 'pending', '2024-03-06 11:00:00', 1, 1, 12.40),
    (1, 'cancelled', '2024-03-07 12:00:00', 1, 1, 0);
INSERT INTO order_item (order_id, line_no, product_id, quantity, unit_price) VALUES
    (1, 1, 1, 2, 12.40),
    (1, 2, 2, 1, 30.00),
    (2, 1, 1, 1, 12.40);
