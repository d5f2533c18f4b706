-- A syntax error in the third statement: the import stops there and names its line and column.
CREATE TABLE ok (id integer PRIMARY KEY);
COMMENT ON TABLE ok IS 'Fine';
CREATE TABLE broken (id integer,, name text);
CREATE TABLE never_read (id integer);
