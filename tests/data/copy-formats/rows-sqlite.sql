INSERT INTO "Price List" ("id", "note", "price", "ratio", "ok", "Data ""raw""") VALUES (1, 'plain', 12.50, 0.25, 1, X'00FF');
INSERT INTO "Price List" ("id", "note", "price", "ratio", "ok", "Data ""raw""") VALUES (2, '', NULL, NULL, 0, NULL);
INSERT INTO "Price List" ("id", "note", "price", "ratio", "ok", "Data ""raw""") VALUES (3, 'it''s a "quote", a	tab | pipe
and a new line', 'NaN', 9e999, NULL, X'');
INSERT INTO "Price List" ("id", "note", "price", "ratio", "ok", "Data ""raw""") VALUES (NULL, ' leading space', -0.001, -1.5e-10, 1, X'61');
