INSERT INTO "shop"."Price List" ("id", "note", "price", "ratio", "ok", "Data ""raw""") VALUES (1, 'plain', 12.50, 0.25, TRUE, '\x00ff');
INSERT INTO "shop"."Price List" ("id", "note", "price", "ratio", "ok", "Data ""raw""") VALUES (2, '', NULL, NULL, FALSE, NULL);
INSERT INTO "shop"."Price List" ("id", "note", "price", "ratio", "ok", "Data ""raw""") VALUES (3, 'it''s a "quote", a	tab | pipe
and a new line', 'NaN', 'Infinity', NULL, '\x');
INSERT INTO "shop"."Price List" ("id", "note", "price", "ratio", "ok", "Data ""raw""") VALUES (NULL, ' leading space', -0.001, -1.5e-10, TRUE, '\x61');
