-- A small shop, as a PostgreSQL script: what File > Import SQL reads into a new model.
CREATE TABLE supplier (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name varchar(120) NOT NULL UNIQUE
);

CREATE TABLE part (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    supplier_id bigint NOT NULL REFERENCES supplier (id),
    code char(8) NOT NULL,
    price numeric(10,2) CHECK (price >= 0)
);

CREATE INDEX part_supplier ON part (supplier_id);

CREATE FUNCTION part_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM part';
