CREATE TABLE account (id int PRIMARY KEY, email text UNIQUE NOT NULL);
INSERT INTO account VALUES (1, 'a@example.com');
INSERT INTO account VALUES (2, 'a@example.com');
