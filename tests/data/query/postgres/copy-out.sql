COPY (SELECT i, 'row ' || i AS label FROM generate_series(1, 3) i) TO STDOUT WITH (FORMAT csv, HEADER);
