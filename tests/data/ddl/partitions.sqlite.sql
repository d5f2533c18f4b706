-- SQLite schema of the model "Partitions", written by Strata.
-- SQLite enforces foreign keys only on connections that run PRAGMA foreign_keys = ON.

CREATE TABLE measure ( -- By region, then by year
    id BIGINT NOT NULL,
    region TEXT NOT NULL,
    taken DATE NOT NULL,
    value DOUBLE,
    CONSTRAINT measure_pkey PRIMARY KEY (id, region, taken)
);

CREATE INDEX measure_taken_idx ON measure (taken);

CREATE TABLE measure_eu (
    id BIGINT NOT NULL,
    region TEXT NOT NULL,
    taken DATE NOT NULL,
    value DOUBLE
);

CREATE TABLE measure_eu_2024 (
    id BIGINT NOT NULL,
    region TEXT NOT NULL,
    taken DATE NOT NULL,
    value DOUBLE,
    CONSTRAINT measure_eu_2024_value_check CHECK (value >= 0)
);

CREATE TABLE measure_us ( -- Its own column list, attached
    id BIGINT NOT NULL,
    region TEXT NOT NULL,
    taken DATE NOT NULL,
    value DOUBLE
);

CREATE TABLE measure_rest (
    id BIGINT NOT NULL,
    region TEXT NOT NULL,
    taken DATE NOT NULL,
    value DOUBLE
);

CREATE TABLE station (
    id INTEGER NOT NULL,
    region TEXT NOT NULL,
    taken DATE NOT NULL,
    measure_id BIGINT,
    CONSTRAINT station_pkey PRIMARY KEY (id),
    CONSTRAINT station_measure_fkey FOREIGN KEY (measure_id, region, taken) REFERENCES measure (id, region, taken)
);

-- Diagnostics:
-- [ddl.unsupported] warning: measure: SQLite cannot express partitioning: left out (hint: the partitioned table is an ordinary table)
-- [ddl.unsupported] warning: measure_eu: SQLite cannot express partitioning: left out (hint: the partitioned table is an ordinary table)
-- [ddl.unsupported] warning: measure_eu: SQLite cannot express partitions: left out (hint: the partition is a table of its own)
-- [ddl.unsupported] warning: measure_eu_2024: SQLite cannot express partitions: left out (hint: the partition is a table of its own)
-- [ddl.unsupported] warning: measure_us: SQLite cannot express partitions: left out (hint: the partition is a table of its own)
-- [ddl.unsupported] warning: measure_rest: SQLite cannot express partitions: left out (hint: the partition is a table of its own)
