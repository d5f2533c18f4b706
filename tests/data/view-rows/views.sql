-- Rows for the views of tests/data/ddl/views.strata, the same INSERTs for PostgreSQL and SQLite:
-- NULLs to sort, a Sunday to truncate to its week, ties for rank(), names that LIKE finds in both.
INSERT INTO customer (id, name, email, city, active, created_at) VALUES
    (1, 'Anna', 'anna@example.com', 'Oslo', TRUE, '2023-12-01 09:00:00'),
    (2, 'Bert', 'bert@example.org', 'Bergen', TRUE, '2024-01-15 10:00:00'),
    (3, 'Carl', NULL, NULL, FALSE, '2024-02-01 11:00:00'),
    (4, 'Dora', 'dora@example.com', 'Oslo', FALSE, '2024-02-20 12:00:00'),
    (5, 'Emil', 'emil@mail.net', 'Tromsø', TRUE, '2024-03-01 13:00:00');

INSERT INTO orders (id, customer_id, status, placed_at, shipped_at) VALUES
    (10, 1, 'paid', '2024-03-10 10:30:00', '2024-03-11 08:00:00'),
    (11, 1, 'new', '2024-03-12 14:15:00', NULL),
    (12, 2, 'shipped', '2024-02-29 23:59:00', '2024-03-02 09:00:00'),
    (13, 3, 'cancelled', '2024-01-07 07:00:00', NULL),
    (14, 4, 'new', '2024-05-18 16:45:00', NULL);

INSERT INTO order_item (order_id, line_no, product, quantity, unit_price) VALUES
    (10, 1, 'Hammer', 2, 12.40),
    (10, 2, 'Saw', 1, 85.00),
    (10, 3, 'Nails', 5, 0.20),
    (11, 1, 'Drill', 1, 120.00),
    (12, 1, 'Hammer', 4, 12.40),
    (12, 2, 'Glue', 3, 4.60),
    (13, 1, 'Saw', 1, 85.00),
    (14, 1, 'Nails', 6, 0.20),
    (14, 2, 'Ladder', 1, 60.00);
