-- PostgreSQL schema of the model "Rewrites", written by Strata.
-- PostgreSQL expressions in a SQLite script: rewritten where SQLite has the same, else left out with the reason

CREATE TYPE state AS ENUM (
    'new',
    'done'
);

CREATE SEQUENCE counter;

CREATE TABLE t (
    id integer NOT NULL,
    a integer,
    b text DEFAULT 'none'::text,
    c numeric DEFAULT (0)::numeric,
    d timestamp with time zone DEFAULT now() NOT NULL,
    e boolean DEFAULT true,
    f double precision DEFAULT '1.5'::double precision,
    g date DEFAULT CURRENT_DATE,
    h state DEFAULT 'new'::state NOT NULL,
    i bigint DEFAULT nextval('counter'::regclass),
    j integer GENERATED ALWAYS AS ((a * 2)) STORED,
    k text GENERATED ALWAYS AS (upper(b) || '!') STORED,
    l integer DEFAULT -1,
    m timestamp without time zone DEFAULT ('now'::text)::timestamp without time zone,
    CONSTRAINT t_pkey PRIMARY KEY (id),
    CONSTRAINT t_casts_check CHECK ((a)::numeric > (0)::numeric AND b::text <> ''::text AND c::integer >= 0 AND f::double precision < 1e9),
    CONSTRAINT t_like_check CHECK (b ~~ 'x%' OR b !~~* '%y'),
    CONSTRAINT t_in_between_check CHECK (a IN (1, 2, 3) AND a NOT IN (4) AND a BETWEEN -5 AND 5 AND a NOT BETWEEN 100 AND 200),
    CONSTRAINT t_nulls_check CHECK (b IS NOT NULL OR (a IS NULL AND e IS NOT TRUE AND e IS NOT FALSE)),
    CONSTRAINT t_distinct_check CHECK (a IS DISTINCT FROM 7 AND a IS NOT DISTINCT FROM a),
    CONSTRAINT t_functions_check CHECK (char_length(b) < 100 AND coalesce(a, 0) = coalesce(a, 0) AND GREATEST(a, 1) >= LEAST(a, 1) AND nullif(a, 0) IS NULL IS NOT TRUE),
    CONSTRAINT t_case_when_check CHECK (CASE WHEN a > 0 THEN b ELSE 'none' END <> '' AND CASE a WHEN 1 THEN true ELSE e END),
    CONSTRAINT t_arith_check CHECK (-a + 2 * (c % 3) - 4 / 2 <> 1.5 AND b || 'x' <> 'y'),
    CONSTRAINT t_regex_check CHECK (b ~ '^[a-z]+$'),
    CONSTRAINT t_array_check CHECK (a = ANY (ARRAY[1, 2]))
);

CREATE INDEX t_lower_b ON t ((lower(b)), ((a + 1)) DESC);

CREATE INDEX t_new ON t (d) WHERE h = 'new'::state AND b ~~ 'a%';

CREATE INDEX t_regex ON t (a) WHERE b ~ 'x';
