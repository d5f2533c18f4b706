-- SQLite schema of the model "Types", written by Strata.
-- SQLite enforces foreign keys only on connections that run PRAGMA foreign_keys = ON.

CREATE TABLE every_type (
    id INTEGER NOT NULL,
    c_boolean BOOLEAN,
    c_smallint SMALLINT,
    c_integer INTEGER,
    c_bigint BIGINT,
    c_numeric NUMERIC,
    c_numeric_10 NUMERIC(10),
    c_numeric_10_2 NUMERIC(10,2),
    c_real REAL,
    c_double DOUBLE,
    c_char CHAR,
    c_char_3 CHAR(3),
    c_varchar VARCHAR,
    c_varchar_40 VARCHAR(40),
    c_text TEXT,
    c_binary BLOB,
    c_date DATE,
    c_time TIME,
    c_time_3 TIME(3),
    c_timetz TIME,
    c_timestamp TIMESTAMP,
    c_timestamp_0 TIMESTAMP(0),
    c_timestamptz TIMESTAMP,
    c_timestamptz_6 TIMESTAMP(6),
    c_interval TEXT,
    c_interval_2 TEXT,
    c_uuid TEXT,
    c_json TEXT,
    c_jsonb TEXT,
    c_xml TEXT,
    c_inet TEXT,
    c_cidr TEXT,
    c_macaddr TEXT,
    c_money NUMERIC,
    c_bit_8 BLOB,
    c_varbit BLOB,
    c_varbit_16 BLOB,
    a_integer TEXT,
    a_text_2d TEXT,
    a_numeric TEXT,
    e_color TEXT CHECK (e_color IN ('red', 'green', 'blue')),
    a_color TEXT,
    d_positive INTEGER,
    d_code CHAR(4),
    x_tsvector tsvector,
    x_point point,
    CONSTRAINT every_type_pkey PRIMARY KEY (id)
);

-- Diagnostics:
-- [ddl.unsupported] warning: positive: SQLite cannot express domains: left out (hint: its columns get the base type, without the domain's constraints)
-- [ddl.unsupported] warning: code: SQLite cannot express domains: left out (hint: its columns get the base type, without the domain's constraints)
-- [ddl.lossy-type] warning: every_type.c_numeric_10: numeric(10) becomes NUMERIC(10): SQLite does not enforce numeric precision and scale (hint: see docs/type-mapping.md)
-- [ddl.lossy-type] warning: every_type.c_numeric_10_2: numeric(10,2) becomes NUMERIC(10,2): SQLite does not enforce numeric precision and scale (hint: see docs/type-mapping.md)
-- [ddl.lossy-type] warning: every_type.c_timetz: timetz becomes TIME: SQLite keeps no time zone: values are stored as text (hint: see docs/type-mapping.md)
-- [ddl.lossy-type] warning: every_type.c_timestamptz: timestamptz becomes TIMESTAMP: SQLite keeps no time zone: values are stored as text (hint: see docs/type-mapping.md)
-- [ddl.lossy-type] warning: every_type.c_timestamptz_6: timestamptz(6) becomes TIMESTAMP(6): SQLite keeps no time zone: values are stored as text (hint: see docs/type-mapping.md)
-- [ddl.lossy-type] warning: every_type.c_interval: interval becomes TEXT: SQLite has no interval type: stored as text (hint: see docs/type-mapping.md)
-- [ddl.lossy-type] warning: every_type.c_interval_2: interval(2) becomes TEXT: SQLite has no interval type: stored as text (hint: see docs/type-mapping.md)
-- [ddl.lossy-type] warning: every_type.c_uuid: uuid becomes TEXT: SQLite has no uuid type: stored as text (hint: see docs/type-mapping.md)
-- [ddl.lossy-type] warning: every_type.c_json: json becomes TEXT: SQLite has no json type: stored as text (the JSON functions work on it) (hint: see docs/type-mapping.md)
-- [ddl.lossy-type] warning: every_type.c_jsonb: jsonb becomes TEXT: SQLite has no jsonb type: stored as text (the JSON functions work on it) (hint: see docs/type-mapping.md)
-- [ddl.lossy-type] warning: every_type.c_xml: xml becomes TEXT: SQLite has no xml type: stored as text (hint: see docs/type-mapping.md)
-- [ddl.lossy-type] warning: every_type.c_inet: inet becomes TEXT: SQLite has no inet type: stored as text (hint: see docs/type-mapping.md)
-- [ddl.lossy-type] warning: every_type.c_cidr: cidr becomes TEXT: SQLite has no cidr type: stored as text (hint: see docs/type-mapping.md)
-- [ddl.lossy-type] warning: every_type.c_macaddr: macaddr becomes TEXT: SQLite has no macaddr type: stored as text (hint: see docs/type-mapping.md)
-- [ddl.lossy-type] warning: every_type.c_money: money becomes NUMERIC: SQLite has no money type: stored as a number (hint: see docs/type-mapping.md)
-- [ddl.lossy-type] warning: every_type.c_bit_8: bit(8) becomes BLOB: SQLite has no bit string type: stored as a blob (hint: see docs/type-mapping.md)
-- [ddl.lossy-type] warning: every_type.c_varbit: varbit becomes BLOB: SQLite has no bit string type: stored as a blob (hint: see docs/type-mapping.md)
-- [ddl.lossy-type] warning: every_type.c_varbit_16: varbit(16) becomes BLOB: SQLite has no bit string type: stored as a blob (hint: see docs/type-mapping.md)
-- [ddl.lossy-type] warning: every_type.a_integer: integer[] becomes TEXT: SQLite has no arrays: integer[] is stored as text (e.g. JSON) (hint: see docs/type-mapping.md)
-- [ddl.lossy-type] warning: every_type.a_text_2d: text[][] becomes TEXT: SQLite has no arrays: text[][] is stored as text (e.g. JSON) (hint: see docs/type-mapping.md)
-- [ddl.lossy-type] warning: every_type.a_numeric: numeric(8,3)[] becomes TEXT: SQLite has no arrays: numeric(8,3)[] is stored as text (e.g. JSON) (hint: see docs/type-mapping.md)
-- [ddl.lossy-type] warning: every_type.a_color: color[] becomes TEXT: SQLite has no arrays: color[] is stored as text (e.g. JSON) (hint: see docs/type-mapping.md)
-- [ddl.lossy-type] warning: every_type.d_positive: positive becomes INTEGER: SQLite has no domains: positive becomes its base type without its constraints (hint: see docs/type-mapping.md)
-- [ddl.lossy-type] warning: every_type.d_code: code becomes CHAR(4): SQLite has no domains: code becomes its base type without its constraints (hint: see docs/type-mapping.md)
-- [ddl.lossy-type] warning: every_type.x_tsvector: tsvector becomes tsvector: tsvector is not a SQLite type: its name is kept (without a schema), with SQLite's affinity rules (hint: see docs/type-mapping.md)
-- [ddl.lossy-type] warning: every_type.x_point: point becomes point: point is not a SQLite type: its name is kept (without a schema), with SQLite's affinity rules (hint: see docs/type-mapping.md)
