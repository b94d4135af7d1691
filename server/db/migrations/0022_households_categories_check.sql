-- Every code in households.categories is a row of household_categories (an array cannot carry a
-- foreign key): checked on every write, whichever path makes it (API, import, seed, generator).
-- Categories are retired (active = false), never deleted, so a stored code stays valid.
CREATE FUNCTION households_categories_check() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  unknown text;
BEGIN
  SELECT c INTO unknown FROM unnest(NEW.categories) AS c
  WHERE NOT EXISTS (SELECT 1 FROM household_categories hc WHERE hc.code = c)
  LIMIT 1;
  IF unknown IS NOT NULL THEN
    RAISE EXCEPTION 'household category "%" does not exist', unknown USING ERRCODE = '23503';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER households_categories_check BEFORE INSERT OR UPDATE OF categories ON households
FOR EACH ROW EXECUTE FUNCTION households_categories_check();
