-- PostgreSQL schema of the model "Partitions", written by Strata.

CREATE TABLE measure (
    id bigint NOT NULL,
    region text NOT NULL,
    taken date NOT NULL,
    value double precision,
    CONSTRAINT measure_pkey PRIMARY KEY (id, region, taken)
) PARTITION BY LIST (region);

COMMENT ON TABLE measure IS 'By region, then by year';

CREATE TABLE measure_eu PARTITION OF measure FOR VALUES IN ('eu', 'uk') PARTITION BY RANGE (taken);

CREATE TABLE measure_eu_2024 PARTITION OF measure_eu (
    CONSTRAINT measure_eu_2024_value_check CHECK (value >= 0)
) FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE TABLE measure_us (
    id bigint NOT NULL,
    region text NOT NULL,
    taken date NOT NULL,
    value double precision
);

ALTER TABLE ONLY measure ATTACH PARTITION measure_us FOR VALUES IN ('us');

COMMENT ON TABLE measure_us IS 'Its own column list, attached';

CREATE TABLE measure_rest PARTITION OF measure DEFAULT;

CREATE TABLE station (
    id integer NOT NULL,
    region text NOT NULL,
    taken date NOT NULL,
    measure_id bigint,
    CONSTRAINT station_pkey PRIMARY KEY (id)
);

CREATE INDEX measure_taken_idx ON measure (taken);

ALTER TABLE station
    ADD CONSTRAINT station_measure_fkey FOREIGN KEY (measure_id, region, taken) REFERENCES measure (id, region, taken);
