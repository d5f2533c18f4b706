-- A non-ASCII name before a syntax PostgreSQL 15's grammar lacks (a VIRTUAL generated column of
-- PostgreSQL 18): the column reads as STORED with a warning naming its line and column, counted in
-- characters, not bytes.
CREATE DOMAIN public."bıgınt" AS bigint;
CREATE TABLE public.film (
    "ıd" public."bıgınt" NOT NULL,
    length smallint,
    "lëngth_hôurs" numeric(4,2) GENERATED ALWAYS AS (round(length / 60.0, 2)) VIRTUAL,
    uuid uuid DEFAULT uuidv7() NOT NULL
);
