-- A syntax error in the second statement: the import stops there and names its line and column.
CREATE TABLE ok (id INTEGER PRIMARY KEY);
CREATE TABLE broken (
    id INTEGER,
    name TEXT NOT NULL DEFAULT
);
CREATE TABLE never_read (id INTEGER);
