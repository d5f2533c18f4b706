CREATE TABLE log (msg text);
CREATE TABLE audit (n integer);
CREATE TRIGGER count_logs AFTER INSERT ON log BEGIN
  INSERT INTO audit VALUES ((SELECT count(*) FROM log));
  UPDATE audit SET n = n; -- a semicolon in a trigger body
END;
INSERT INTO log VALUES ('one; two'), ('/* three */'), ('-- four');
SELECT msg FROM log ORDER BY rowid;
SELECT max(n) AS logged FROM audit;
