CREATE SCHEMA sales;
CREATE TYPE sales.status AS ENUM ('new', 'paid');
