CREATE TABLE t (x integer);
INSERT INTO t VALUES (1);
SELECT x
  FORM t;
SELECT 'never runs';
