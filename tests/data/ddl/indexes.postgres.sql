-- PostgreSQL schema of the model "Indexes", written by Strata.

CREATE TABLE doc (
    id integer NOT NULL,
    title text NOT NULL,
    body text,
    tags text[],
    score real,
    published boolean DEFAULT false NOT NULL,
    owner integer,
    CONSTRAINT doc_pkey PRIMARY KEY (id) INCLUDE (title),
    CONSTRAINT doc_title_owner_key UNIQUE NULLS NOT DISTINCT (title, owner) INCLUDE (score),
    CONSTRAINT doc_deferred_key UNIQUE (owner, id) DEFERRABLE
);

CREATE INDEX doc_title_idx ON doc (title COLLATE "C" text_pattern_ops);

CREATE INDEX doc_score_idx ON doc (score DESC NULLS LAST, id NULLS FIRST);

CREATE UNIQUE INDEX doc_lower_title_idx ON doc ((lower(title))) WHERE published;

CREATE INDEX doc_owner_hash ON doc USING hash (owner);

CREATE INDEX doc_tags_gin ON doc USING gin (tags);

CREATE INDEX doc_owner_incl ON doc (owner) INCLUDE (title, score);

COMMENT ON INDEX doc_owner_incl IS 'Covers the listing';

CREATE UNIQUE INDEX doc_nnd ON doc (owner, score) NULLS NOT DISTINCT;

CREATE INDEX doc_expr2 ON doc (((score * 2)) DESC, (length(body))) WHERE (owner IS NOT NULL);

CREATE INDEX ON doc (body);
