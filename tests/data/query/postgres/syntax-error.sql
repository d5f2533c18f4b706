CREATE TABLE t (x int);
INSERT INTO t VALUES (1);
SELECT x
  FORM t;
SELECT 'never runs';
