DO $body$
BEGIN
  RAISE NOTICE 'a semicolon; inside %', 'a dollar quote';
  RAISE WARNING 'watch out' USING HINT = 'it is only a test';
END
$body$;
CREATE FUNCTION add_one(i int) RETURNS int LANGUAGE sql
BEGIN ATOMIC
  SELECT i + 1;
END;
SELECT add_one(41) AS answer;
COMMIT;
