-- PostgreSQL schema of the model "Types", written by Strata.

CREATE TYPE color AS ENUM (
    'red',
    'green',
    'blue'
);

CREATE DOMAIN positive AS integer
    CONSTRAINT positive_check CHECK (VALUE > 0);

CREATE DOMAIN code AS character(4) COLLATE "C" DEFAULT '0000' NOT NULL;

CREATE TABLE every_type (
    id integer NOT NULL,
    c_boolean boolean,
    c_smallint smallint,
    c_integer integer,
    c_bigint bigint,
    c_numeric numeric,
    c_numeric_10 numeric(10),
    c_numeric_10_2 numeric(10,2),
    c_real real,
    c_double double precision,
    c_char character,
    c_char_3 character(3),
    c_varchar character varying,
    c_varchar_40 character varying(40),
    c_text text,
    c_binary bytea,
    c_date date,
    c_time time without time zone,
    c_time_3 time(3) without time zone,
    c_timetz time with time zone,
    c_timestamp timestamp without time zone,
    c_timestamp_0 timestamp(0) without time zone,
    c_timestamptz timestamp with time zone,
    c_timestamptz_6 timestamp(6) with time zone,
    c_interval interval,
    c_interval_2 interval(2),
    c_uuid uuid,
    c_json json,
    c_jsonb jsonb,
    c_xml xml,
    c_inet inet,
    c_cidr cidr,
    c_macaddr macaddr,
    c_money money,
    c_bit_8 bit(8),
    c_varbit bit varying,
    c_varbit_16 bit varying(16),
    a_integer integer[],
    a_text_2d text[][],
    a_numeric numeric(8,3)[],
    e_color color,
    a_color color[],
    d_positive positive,
    d_code code,
    x_tsvector tsvector,
    x_point point,
    CONSTRAINT every_type_pkey PRIMARY KEY (id)
);
