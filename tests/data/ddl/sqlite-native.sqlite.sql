-- SQLite schema of the model "Notes app", written by Strata.
-- SQLite enforces foreign keys only on connections that run PRAGMA foreign_keys = ON.

CREATE TABLE note ( -- One note
    -- written by hand
    id INTEGER CONSTRAINT note_pkey PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL COLLATE NOCASE,
    body TEXT DEFAULT '',
    created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    words INTEGER DEFAULT ((0)),
    slug TEXT GENERATED ALWAYS AS (lower(title)) STORED,
    rating REAL DEFAULT -1.5,
    CHECK (length(title) > 0)
);

CREATE INDEX note_slug_idx ON note (slug) WHERE slug IS NOT NULL;

CREATE INDEX note_title_ci ON note ((lower(title)), created DESC);

CREATE TABLE tag (
    note_id INTEGER NOT NULL,
    label TEXT NOT NULL COLLATE BINARY,
    CONSTRAINT tag_pkey PRIMARY KEY (note_id, label),
    CONSTRAINT tag_note_fkey FOREIGN KEY (note_id) REFERENCES note (id) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE VIEW recent AS
SELECT id, title FROM note WHERE created > '2024-01-01';
