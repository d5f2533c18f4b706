-- SQLite schema of the model "Sequences", written by Strata.
-- SQLite enforces foreign keys only on connections that run PRAGMA foreign_keys = ON.

CREATE TABLE ticket (
    id INTEGER CONSTRAINT ticket_pkey PRIMARY KEY AUTOINCREMENT,
    number INTEGER NOT NULL,
    code INTEGER NOT NULL
);

CREATE TABLE s1 (
    id INTEGER CONSTRAINT s1_pkey PRIMARY KEY AUTOINCREMENT,
    note TEXT
);

CREATE TABLE s2 (
    id INTEGER CONSTRAINT s2_pkey PRIMARY KEY AUTOINCREMENT
);

CREATE TABLE s3 (
    id INTEGER CONSTRAINT s3_pkey PRIMARY KEY AUTOINCREMENT,
    other SMALLINT NOT NULL
);

CREATE TABLE by_default (
    id INTEGER CONSTRAINT by_default_pkey PRIMARY KEY AUTOINCREMENT
);

CREATE TABLE composite_identity (
    a INTEGER NOT NULL,
    b INTEGER NOT NULL,
    CONSTRAINT composite_identity_pkey PRIMARY KEY (a, b)
);

-- Diagnostics:
-- [ddl.unsupported] warning: plain: SQLite cannot express sequences: left out (hint: number rows with an INTEGER PRIMARY KEY AUTOINCREMENT column (an identity column in the model))
-- [ddl.unsupported] warning: small: SQLite cannot express sequences: left out (hint: number rows with an INTEGER PRIMARY KEY AUTOINCREMENT column (an identity column in the model))
-- [ddl.unsupported] warning: down: SQLite cannot express sequences: left out (hint: number rows with an INTEGER PRIMARY KEY AUTOINCREMENT column (an identity column in the model))
-- [ddl.unsupported] warning: owned: SQLite cannot express sequences: left out (hint: number rows with an INTEGER PRIMARY KEY AUTOINCREMENT column (an identity column in the model))
-- [ddl.unsupported] warning: ticket.id: SQLite cannot express GENERATED ALWAYS (inserts may give their own value): left out
-- [ddl.unsupported] warning: ticket.id: SQLite cannot express the identity's sequence name and options: left out (hint: AUTOINCREMENT starts at 1 and counts by 1)
-- [ddl.rejected] warning: ticket.number: SQLite does not accept the default nextval('owned'::regclass) (unrecognized token: ":"): left out (hint: write it in SQL that SQLite understands (SQLite has no counterpart for sequences (nextval)))
-- [ddl.rejected] warning: ticket.code: SQLite does not accept the default nextval('plain'::regclass) (unrecognized token: ":"): left out (hint: write it in SQL that SQLite understands (SQLite has no counterpart for sequences (nextval)))
-- [ddl.unsupported] warning: s3.other: SQLite cannot express an identity on a column that is not the whole primary key of a rowid table: left out (hint: make it the table's only primary key column)
-- [ddl.unsupported] warning: by_default.id: SQLite cannot express the identity's sequence name and options: left out (hint: AUTOINCREMENT starts at 1 and counts by 1)
-- [ddl.unsupported] warning: composite_identity.a: SQLite cannot express an identity on a column that is not the whole primary key of a rowid table: left out (hint: make it the table's only primary key column)
