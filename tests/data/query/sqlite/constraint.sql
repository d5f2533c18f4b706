CREATE TABLE account (id integer PRIMARY KEY, email text UNIQUE NOT NULL);
INSERT INTO account (email) VALUES ('a@example.com');
INSERT INTO account (email) VALUES ('a@example.com');
