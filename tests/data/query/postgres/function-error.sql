CREATE FUNCTION fail(n int) RETURNS int LANGUAGE plpgsql AS $$
BEGIN
  IF n > 1 THEN
    RAISE EXCEPTION 'n is too big: %', n USING DETAIL = 'n must be 0 or 1', HINT = 'pass a smaller n';
  END IF;
  RETURN n;
END $$;
SELECT fail(0) AS ok;
SELECT fail(5);
