CREATE SCHEMA sales;
CREATE TYPE sales.status AS ENUM ('new', 'paid');
CREATE TABLE sales.category (
    id serial PRIMARY KEY,
    parent_id integer REFERENCES sales.category (id),
    state sales.status
);
CREATE TABLE sales.item (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, category_id integer REFERENCES sales.category (id));
