-- SQLite schema of the model "Indexes", written by Strata.
-- SQLite enforces foreign keys only on connections that run PRAGMA foreign_keys = ON.

CREATE TABLE doc (
    id INTEGER NOT NULL,
    title TEXT NOT NULL,
    body TEXT,
    tags TEXT,
    score REAL,
    published BOOLEAN NOT NULL DEFAULT false,
    owner INTEGER,
    CONSTRAINT doc_pkey PRIMARY KEY (id),
    CONSTRAINT doc_title_owner_key UNIQUE (title, owner),
    CONSTRAINT doc_deferred_key UNIQUE (owner, id)
);

CREATE INDEX doc_title_idx ON doc (title COLLATE BINARY);

CREATE INDEX doc_score_idx ON doc (score DESC, id);

CREATE UNIQUE INDEX doc_lower_title_idx ON doc ((lower(title))) WHERE published;

CREATE INDEX doc_owner_hash ON doc (owner);

CREATE INDEX doc_tags_gin ON doc (tags);

CREATE INDEX doc_owner_incl ON doc (owner);

CREATE UNIQUE INDEX doc_nnd ON doc (owner, score);

CREATE INDEX doc_expr2 ON doc (((score * 2)) DESC, (length(body))) WHERE (owner IS NOT NULL);

CREATE INDEX doc_9_idx ON doc (body);

-- Diagnostics:
-- [ddl.lossy-type] warning: doc.tags: text[] becomes TEXT: SQLite has no arrays: text[] is stored as text (e.g. JSON) (hint: see docs/type-mapping.md)
-- [ddl.unsupported] warning: doc (primary key doc_pkey): SQLite cannot express INCLUDE columns: left out
-- [ddl.unsupported] warning: doc (unique constraint doc_title_owner_key): SQLite cannot express INCLUDE columns: left out
-- [ddl.unsupported] warning: doc (unique constraint doc_title_owner_key): SQLite cannot express NULLS NOT DISTINCT (SQLite counts every NULL as distinct): left out
-- [ddl.unsupported] warning: doc (unique constraint doc_deferred_key): SQLite cannot express a deferrable key (SQLite defers only foreign keys): left out
-- [ddl.unsupported] warning: doc (index doc_title_idx): SQLite cannot express the operator class text_pattern_ops: left out
-- [ddl.unsupported] warning: doc (index doc_score_idx): SQLite cannot express NULLS FIRST or LAST in an index (NULLs sort first, or last with DESC): left out
-- [ddl.unsupported] warning: doc (index doc_score_idx): SQLite cannot express NULLS FIRST or LAST in an index (NULLs sort first, or last with DESC): left out
-- [ddl.unsupported] warning: doc (index doc_owner_hash): SQLite cannot express the index method hash: left out (hint: the index is an ordinary b-tree)
-- [ddl.unsupported] warning: doc (index doc_tags_gin): SQLite cannot express the index method gin: left out (hint: the index is an ordinary b-tree)
-- [ddl.unsupported] warning: doc (index doc_owner_incl): SQLite cannot express INCLUDE columns: left out
-- [ddl.unsupported] warning: doc (index doc_owner_incl): SQLite cannot express the comment of this index: left out
-- [ddl.unsupported] warning: doc (index doc_nnd): SQLite cannot express NULLS NOT DISTINCT (SQLite counts every NULL as distinct): left out
-- [ddl.named] warning: doc (index ): SQLite needs a name for every index: named doc_9_idx (hint: name the index)
