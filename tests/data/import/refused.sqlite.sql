-- A SQLite script that SQLite does not take in one go: an index before its table, a foreign key to
-- a table created later, a table created twice, a type SQLite reads by its affinity, triggers,
-- data and settings (skipped), a virtual generated column and a STRICT table.
PRAGMA foreign_keys = ON;
BEGIN TRANSACTION;

CREATE INDEX film_title_idx ON film (title COLLATE NOCASE DESC);

CREATE TABLE film (
  film_id INTEGER NOT NULL PRIMARY KEY,
  title VARCHAR(255) NOT NULL,
  description BLOB SUB_TYPE TEXT,
  language_id SMALLINT NOT NULL REFERENCES language (language_id) ON UPDATE CASCADE,
  rating TEXT DEFAULT 'G' CONSTRAINT rating_values CHECK (rating IN ('G', 'PG', 'R')),
  title_length INTEGER AS (length(title)),
  extra
);

CREATE TABLE film (id INTEGER);

CREATE TABLE language (
  language_id INTEGER NOT NULL,
  name TEXT NOT NULL,
  CONSTRAINT language_pk PRIMARY KEY (language_id),
  CONSTRAINT language_name UNIQUE (name)
) STRICT;

CREATE INDEX nowhere_idx ON nowhere (x);

CREATE TRIGGER film_touch AFTER UPDATE ON film
BEGIN
  UPDATE film SET title = title WHERE rowid = new.rowid;
END;

INSERT INTO language VALUES (1, 'English');
CREATE VIEW english_films AS SELECT f.title FROM film f JOIN language l USING (language_id) WHERE l.name = 'English';
COMMIT;
