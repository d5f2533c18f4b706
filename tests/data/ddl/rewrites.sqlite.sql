-- SQLite schema of the model "Rewrites", written by Strata.
-- PostgreSQL expressions in a SQLite script: rewritten where SQLite has the same, else left out with the reason
-- SQLite enforces foreign keys only on connections that run PRAGMA foreign_keys = ON.

CREATE TABLE t (
    id INTEGER NOT NULL,
    a INTEGER,
    b TEXT DEFAULT 'none',
    c NUMERIC DEFAULT (CAST(0 AS NUMERIC)),
    d TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    e BOOLEAN DEFAULT true,
    f DOUBLE DEFAULT (CAST('1.5' AS REAL)),
    g DATE DEFAULT CURRENT_DATE,
    h TEXT NOT NULL DEFAULT 'new' CHECK (h IN ('new', 'done')),
    i BIGINT,
    j INTEGER GENERATED ALWAYS AS ((a * 2)) STORED,
    k TEXT GENERATED ALWAYS AS (upper(b) || '!') STORED,
    l INTEGER DEFAULT -1,
    m TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT t_pkey PRIMARY KEY (id),
    CONSTRAINT t_casts_check CHECK (((CAST(a AS NUMERIC) > CAST(0 AS NUMERIC)) AND (b <> '') AND (CAST(round(c) AS INTEGER) >= 0) AND (CAST(f AS REAL) < 1e9))),
    CONSTRAINT t_like_check CHECK (((b LIKE 'x%') OR (b NOT LIKE '%y'))),
    CONSTRAINT t_in_between_check CHECK (a IN (1, 2, 3) AND a NOT IN (4) AND a BETWEEN -5 AND 5 AND a NOT BETWEEN 100 AND 200),
    CONSTRAINT t_nulls_check CHECK (b IS NOT NULL OR (a IS NULL AND e IS NOT TRUE AND e IS NOT FALSE)),
    CONSTRAINT t_distinct_check CHECK (a IS DISTINCT FROM 7 AND a IS NOT DISTINCT FROM a),
    CONSTRAINT t_functions_check CHECK (((length(b) < 100) AND (coalesce(a, 0) = coalesce(a, 0)) AND (max(a, 1) >= min(a, 1)) AND ((nullif(a, 0) IS NULL) IS NOT TRUE))),
    CONSTRAINT t_case_when_check CHECK (CASE WHEN a > 0 THEN b ELSE 'none' END <> '' AND CASE a WHEN 1 THEN true ELSE e END),
    CONSTRAINT t_arith_check CHECK (-a + 2 * (c % 3) - 4 / 2 <> 1.5 AND b || 'x' <> 'y'),
    CONSTRAINT t_array_check CHECK ((a IN (1, 2)))
);

CREATE INDEX t_lower_b ON t ((lower(b)), ((a + 1)) DESC);

CREATE INDEX t_new ON t (d) WHERE ((h = 'new') AND (b LIKE 'a%'));

-- Diagnostics:
-- [ddl.unsupported] warning: counter: SQLite cannot express sequences: left out (hint: number rows with an INTEGER PRIMARY KEY AUTOINCREMENT column (an identity column in the model))
-- [ddl.rewritten] info: t.b: the default 'none'::text is written for SQLite as 'none'
-- [ddl.rewritten] info: t.c: the default (0)::numeric is written for SQLite as CAST(0 AS NUMERIC)
-- [ddl.lossy-type] warning: t.d: timestamptz becomes TIMESTAMP: SQLite keeps no time zone: values are stored as text (hint: see docs/type-mapping.md)
-- [ddl.rewritten] info: t.d: the default now() is written for SQLite as CURRENT_TIMESTAMP
-- [ddl.rewritten] info: t.f: the default '1.5'::double precision is written for SQLite as CAST('1.5' AS REAL)
-- [ddl.rewritten] info: t.h: the default 'new'::state is written for SQLite as 'new'
-- [ddl.rejected] warning: t.i: SQLite does not accept the default nextval('counter'::regclass) (unrecognized token: ":"): left out (hint: write it in SQL that SQLite understands (SQLite has no counterpart for sequences (nextval)))
-- [ddl.rewritten] info: t.m: the default ('now'::text)::timestamp without time zone is written for SQLite as CURRENT_TIMESTAMP
-- [ddl.rewritten] info: t (check constraint t_casts_check): the check (a)::numeric > (0)::numeric AND b::text <> ''::text AND c::integer >= 0 AND f::double precision < 1e9 is written for SQLite as ((CAST(a AS NUMERIC) > CAST(0 AS NUMERIC)) AND (b <> '') AND (CAST(round(c) AS INTEGER) >= 0) AND (CAST(f AS REAL) < 1e9))
-- [ddl.rewritten] info: t (check constraint t_like_check): the check b ~~ 'x%' OR b !~~* '%y' is written for SQLite as ((b LIKE 'x%') OR (b NOT LIKE '%y'))
-- [ddl.rewritten] info: t (check constraint t_functions_check): the check char_length(b) < 100 AND coalesce(a, 0) = coalesce(a, 0) AND GREATEST(a, 1) >= LEAST(a, 1) AND nullif(a, 0) IS NULL IS NOT TRUE is written for SQLite as ((length(b) < 100) AND (coalesce(a, 0) = coalesce(a, 0)) AND (max(a, 1) >= min(a, 1)) AND ((nullif(a, 0) IS NULL) IS NOT TRUE))
-- [ddl.rejected] warning: t (check constraint t_regex_check): SQLite does not accept the check b ~ '^[a-z]+$' (near "~": syntax error): left out (hint: write it in SQL that SQLite understands (SQLite has no counterpart for the operator ~))
-- [ddl.rewritten] info: t (check constraint t_array_check): the check a = ANY (ARRAY[1, 2]) is written for SQLite as (a IN (1, 2))
-- [ddl.rewritten] info: t (index t_new): the index predicate h = 'new'::state AND b ~~ 'a%' is written for SQLite as ((h = 'new') AND (b LIKE 'a%'))
-- [ddl.rejected] warning: t (index t_regex): SQLite does not accept the index predicate b ~ 'x' (near "~": syntax error): left out (hint: write it in SQL that SQLite understands (SQLite has no counterpart for the operator ~))
