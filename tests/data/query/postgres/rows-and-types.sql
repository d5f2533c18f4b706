-- Types as PostgreSQL prints them; NULL and the empty string print differently.
CREATE TABLE item (id serial PRIMARY KEY, name text, price numeric(8,2), tags text[], photo bytea, seen timestamptz);
INSERT INTO item (name, price, tags, photo, seen) VALUES
  ('tea', 2.50, '{hot,drink}', '\xcafe', '2024-05-01 10:00:00+00'),
  ('', 0, '{}', NULL, NULL),
  (NULL, NULL, NULL, '\x', NULL),
  (E'tab\tand\nnewline and \\ backslash', 999999.99, '{"with space"}', NULL, NULL);
SET TIME ZONE 'UTC';
SELECT id, name, price, tags, photo, seen FROM item ORDER BY id;
SELECT true AS yes, 1.5::float8 AS half, 10000000000::int8 AS big, '{"a": [1, 2]}'::jsonb AS doc;
