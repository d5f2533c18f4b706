CREATE SCHEMA sales;
CREATE TYPE sales.status AS ENUM ('new', 'paid', 'sent');
CREATE TABLE customer (email text, customer_no integer PRIMARY KEY);
CREATE TABLE sales.item (id serial PRIMARY KEY, name text);
CREATE TABLE sales.orders (
    id integer PRIMARY KEY,
    customer_no integer REFERENCES customer (customer_no),
    item_id integer REFERENCES sales.item (id),
    state sales.status NOT NULL DEFAULT 'new'
);
CREATE TABLE orders (id integer PRIMARY KEY, note text);
