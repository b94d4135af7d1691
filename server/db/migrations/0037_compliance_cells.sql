CREATE TABLE "compliance_cells" (
	"campaign_id" uuid NOT NULL,
	"month" date NOT NULL,
	"org_id" uuid NOT NULL,
	"cadres" integer NOT NULL,
	"met" integer NOT NULL,
	"leading_cadres" integer NOT NULL,
	"leading_met" integer NOT NULL,
	"county_cadres" integer NOT NULL,
	"county_met" integer NOT NULL,
	"section_cadres" integer NOT NULL,
	"section_met" integer NOT NULL,
	"other_cadres" integer NOT NULL,
	"other_met" integer NOT NULL,
	CONSTRAINT "compliance_cells_pk" PRIMARY KEY("campaign_id","month","org_id")
);
--> statement-breakpoint
CREATE TABLE "compliance_marks" (
	"campaign_id" uuid,
	"org_id" uuid,
	"from_month" date,
	"to_month" date
);
--> statement-breakpoint
CREATE INDEX "compliance_cells_org_idx" ON "compliance_cells" USING btree ("org_id","month");--> statement-breakpoint
-- compliance_marks: what the dashboard's compliance cells depend on, marked on every write by
-- statement-level triggers (whichever path writes: API, import, seed, a raw UPDATE). A trigger only
-- INSERTs marks, never updates or locks a shared row, so writers never wait for each other or for
-- a reader; the reader deletes the cells the marks cover and computes them again
-- (server/modules/compliance/README.md, "The dashboard's figures").
--
-- A mark covers the cells of a campaign (null: all), a unit (null: all) and a range of months
-- (null ends: open). The row with every column null covers everything.

-- The cells of these cadres' units, from the month of `froms` to the month of `tos` (null: onwards),
-- one mark per unit.
CREATE FUNCTION compliance_mark_cadres(cadre_ids uuid[], froms date[], tos date[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO compliance_marks (org_id, from_month, to_month)
  SELECT k.org_id, min(date_trunc('month', u.f::timestamp))::date,
    CASE WHEN bool_or(u.t IS NULL) THEN NULL ELSE max(date_trunc('month', u.t::timestamp))::date END
  FROM unnest(cadre_ids, froms, tos) AS u(cadre_id, f, t) JOIN cadres k ON k.id = u.cadre_id
  GROUP BY k.org_id
$$;
--> statement-breakpoint
-- Tables of per-cadre rows (cadre_month_days, pairings, assistance, cadre_rank_history): the
-- trigger's first argument is the column of the first month the row counts in, the second (absent:
-- onwards) the column of the last. Old and new rows both: an update may move a row out of a month.
CREATE FUNCTION compliance_marks_by_cadre() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  rows_of text;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    INSERT INTO compliance_marks DEFAULT VALUES;
    RETURN NULL;
  END IF;
  FOREACH rows_of IN ARRAY CASE TG_OP
      WHEN 'INSERT' THEN '{new_rows}'::text[]
      WHEN 'DELETE' THEN '{old_rows}'::text[]
      ELSE '{new_rows,old_rows}'::text[] END LOOP
    EXECUTE format(
      'SELECT compliance_mark_cadres(array_agg(cadre_id), array_agg(%I), array_agg(%s)) FROM %I',
      TG_ARGV[0], coalesce(quote_ident(TG_ARGV[1]), 'NULL::date'), rows_of);
  END LOOP;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- A cadre added, removed, moved to another unit, (de)activated, re-ranked or made leading: the
-- cells of his old and new unit, every month.
CREATE FUNCTION compliance_marks_cadres() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    INSERT INTO compliance_marks DEFAULT VALUES;
  ELSIF TG_OP = 'INSERT' THEN
    INSERT INTO compliance_marks (org_id) SELECT DISTINCT n.org_id FROM new_rows n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO compliance_marks (org_id) SELECT DISTINCT o.org_id FROM old_rows o;
  ELSE
    INSERT INTO compliance_marks (org_id)
    SELECT DISTINCT x.org_id
    FROM old_rows o JOIN new_rows n ON n.id = o.id, LATERAL (VALUES (o.org_id), (n.org_id)) AS x(org_id)
    WHERE (o.org_id, o.active, o.rank, o.leading) IS DISTINCT FROM (n.org_id, n.active, n.rank, n.leading);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- A campaign re-dated from another start (the poor households helped count from it) or deleted:
-- its cells. Which campaign a month belongs to is read live, so the end date marks nothing.
CREATE FUNCTION compliance_marks_campaigns() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    INSERT INTO compliance_marks DEFAULT VALUES;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO compliance_marks (campaign_id) SELECT o.id FROM old_rows o;
  ELSE
    INSERT INTO compliance_marks (campaign_id)
    SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE o.start_date IS DISTINCT FROM n.start_date;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- A quota rule version: its campaign's cells from the month it takes effect.
CREATE FUNCTION compliance_marks_quota_rules() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    INSERT INTO compliance_marks DEFAULT VALUES;
    RETURN NULL;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO compliance_marks (campaign_id, from_month)
    SELECT n.campaign_id, min(date_trunc('month', n.effective_from::timestamp))::date
    FROM new_rows n GROUP BY n.campaign_id;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO compliance_marks (campaign_id, from_month)
    SELECT o.campaign_id, min(date_trunc('month', o.effective_from::timestamp))::date
    FROM old_rows o GROUP BY o.campaign_id;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- A household's categories changed (it may have become poor, or no longer be): the cells of the
-- cadres who helped it, from their first help.
CREATE FUNCTION compliance_marks_households() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO compliance_marks (org_id, from_month)
  SELECT k.org_id, min(date_trunc('month', a.date::timestamp))::date
  FROM old_rows o JOIN new_rows n ON n.id = o.id
    JOIN assistance a ON a.household_id = n.id JOIN cadres k ON k.id = a.cadre_id
  WHERE o.categories IS DISTINCT FROM n.categories
  GROUP BY k.org_id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Which categories count as poor changed: every cell.
CREATE FUNCTION compliance_marks_household_categories() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  changed boolean;
BEGIN
  -- one branch per operation: a transition table absent from the trigger may not be named
  IF TG_OP = 'TRUNCATE' THEN
    changed := true;
  ELSIF TG_OP = 'INSERT' THEN
    changed := EXISTS (SELECT 1 FROM new_rows n WHERE n.counts_as_poor);
  ELSIF TG_OP = 'DELETE' THEN
    changed := EXISTS (SELECT 1 FROM old_rows o WHERE o.counts_as_poor);
  ELSE
    changed := EXISTS (
      SELECT 1 FROM old_rows o FULL JOIN new_rows n ON n.code = o.code
      WHERE o.counts_as_poor IS DISTINCT FROM n.counts_as_poor);
  END IF;
  IF changed THEN
    INSERT INTO compliance_marks DEFAULT VALUES;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER compliance_marks_ins AFTER INSERT ON cadre_month_days REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_by_cadre('month', 'month');
--> statement-breakpoint
CREATE TRIGGER compliance_marks_upd AFTER UPDATE ON cadre_month_days REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_by_cadre('month', 'month');
--> statement-breakpoint
CREATE TRIGGER compliance_marks_del AFTER DELETE ON cadre_month_days REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_by_cadre('month', 'month');
--> statement-breakpoint
CREATE TRIGGER compliance_marks_trunc AFTER TRUNCATE ON cadre_month_days
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_by_cadre();
--> statement-breakpoint
CREATE TRIGGER compliance_marks_ins AFTER INSERT ON pairings REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_by_cadre('start_date', 'end_date');
--> statement-breakpoint
CREATE TRIGGER compliance_marks_upd AFTER UPDATE ON pairings REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_by_cadre('start_date', 'end_date');
--> statement-breakpoint
CREATE TRIGGER compliance_marks_del AFTER DELETE ON pairings REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_by_cadre('start_date', 'end_date');
--> statement-breakpoint
CREATE TRIGGER compliance_marks_trunc AFTER TRUNCATE ON pairings
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_by_cadre();
--> statement-breakpoint
CREATE TRIGGER compliance_marks_ins AFTER INSERT ON assistance REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_by_cadre('date');
--> statement-breakpoint
CREATE TRIGGER compliance_marks_upd AFTER UPDATE ON assistance REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_by_cadre('date');
--> statement-breakpoint
CREATE TRIGGER compliance_marks_del AFTER DELETE ON assistance REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_by_cadre('date');
--> statement-breakpoint
CREATE TRIGGER compliance_marks_trunc AFTER TRUNCATE ON assistance
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_by_cadre();
--> statement-breakpoint
CREATE TRIGGER compliance_marks_ins AFTER INSERT ON cadre_rank_history REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_by_cadre('effective_from');
--> statement-breakpoint
CREATE TRIGGER compliance_marks_upd AFTER UPDATE ON cadre_rank_history REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_by_cadre('effective_from');
--> statement-breakpoint
CREATE TRIGGER compliance_marks_del AFTER DELETE ON cadre_rank_history REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_by_cadre('effective_from');
--> statement-breakpoint
CREATE TRIGGER compliance_marks_trunc AFTER TRUNCATE ON cadre_rank_history
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_by_cadre();
--> statement-breakpoint
CREATE TRIGGER compliance_marks_ins AFTER INSERT ON cadres REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_cadres();
--> statement-breakpoint
CREATE TRIGGER compliance_marks_upd AFTER UPDATE ON cadres REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_cadres();
--> statement-breakpoint
CREATE TRIGGER compliance_marks_del AFTER DELETE ON cadres REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_cadres();
--> statement-breakpoint
CREATE TRIGGER compliance_marks_trunc AFTER TRUNCATE ON cadres
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_cadres();
--> statement-breakpoint
CREATE TRIGGER compliance_marks_upd AFTER UPDATE ON campaigns REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_campaigns();
--> statement-breakpoint
CREATE TRIGGER compliance_marks_del AFTER DELETE ON campaigns REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_campaigns();
--> statement-breakpoint
CREATE TRIGGER compliance_marks_trunc AFTER TRUNCATE ON campaigns
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_campaigns();
--> statement-breakpoint
CREATE TRIGGER compliance_marks_ins AFTER INSERT ON quota_rules REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_quota_rules();
--> statement-breakpoint
CREATE TRIGGER compliance_marks_upd AFTER UPDATE ON quota_rules REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_quota_rules();
--> statement-breakpoint
CREATE TRIGGER compliance_marks_del AFTER DELETE ON quota_rules REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_quota_rules();
--> statement-breakpoint
CREATE TRIGGER compliance_marks_trunc AFTER TRUNCATE ON quota_rules
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_quota_rules();
--> statement-breakpoint
CREATE TRIGGER compliance_marks_upd AFTER UPDATE ON households REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_households();
--> statement-breakpoint
CREATE TRIGGER compliance_marks_ins AFTER INSERT ON household_categories REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_household_categories();
--> statement-breakpoint
CREATE TRIGGER compliance_marks_upd AFTER UPDATE ON household_categories REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_household_categories();
--> statement-breakpoint
CREATE TRIGGER compliance_marks_del AFTER DELETE ON household_categories REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_household_categories();
--> statement-breakpoint
CREATE TRIGGER compliance_marks_trunc AFTER TRUNCATE ON household_categories
  FOR EACH STATEMENT EXECUTE FUNCTION compliance_marks_household_categories();
