-- Values of every storage class; NULL and the empty string print differently.
CREATE TABLE item (id integer PRIMARY KEY, name text, price real, photo blob);
INSERT INTO item (name, price, photo) VALUES
  ('tea', 2.5, x'cafe'),
  ('', 0.1, NULL),
  (NULL, NULL, x''),
  ('tab	and
newline and \ backslash', -1e300, NULL);
SELECT id, name, price, photo FROM item ORDER BY id;
SELECT count(*) AS items, count(name) AS named FROM item;
