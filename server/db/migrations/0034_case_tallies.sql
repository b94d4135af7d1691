CREATE TABLE "case_tallies" (
	"grain" text NOT NULL,
	"start" date NOT NULL,
	"org_id" uuid,
	"stamp" integer DEFAULT 1 NOT NULL,
	"computed" integer,
	"basis" text,
	"n" integer DEFAULT 0 NOT NULL,
	"acted" integer DEFAULT 0 NOT NULL,
	"accept_on_time" integer DEFAULT 0 NOT NULL,
	"answered" integer DEFAULT 0 NOT NULL,
	"completion_on_time" integer DEFAULT 0 NOT NULL,
	"first_days" integer DEFAULT 0 NOT NULL,
	"first_n" integer DEFAULT 0 NOT NULL,
	"answer_days" integer DEFAULT 0 NOT NULL,
	"answer_n" integer DEFAULT 0 NOT NULL,
	"reopened" integer DEFAULT 0 NOT NULL,
	"satisfied" integer DEFAULT 0 NOT NULL,
	"basically" integer DEFAULT 0 NOT NULL,
	"dissatisfied" integer DEFAULT 0 NOT NULL,
	"by_status" integer[],
	"by_channel" integer[],
	"by_category" integer[],
	"by_day" integer[],
	"overdue_from" date[],
	"accept_late_from" date[],
	"completion_late_from" date[],
	CONSTRAINT "case_tallies_cell_uq" UNIQUE NULLS NOT DISTINCT("grain","start","org_id")
);
--> statement-breakpoint
ALTER TABLE "case_tallies" ADD CONSTRAINT "case_tallies_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cases_watch_idx" ON "cases" USING btree (greatest("dissatisfied_count", "units_handled"));--> statement-breakpoint
-- bumps (creating if need be) the month and day cells of these cases' submission days and units
CREATE FUNCTION "case_tallies_bump"(days date[], org_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO case_tallies AS t (grain, start, org_id)
  SELECT g.grain, CASE WHEN g.grain = 'month' THEN date_trunc('month', k.day)::date ELSE k.day END, k.org_id
  FROM unnest(days, org_ids) AS k(day, org_id) CROSS JOIN (VALUES ('month'), ('day')) AS g(grain)
  GROUP BY 1, 2, 3
  -- one order for every writer and reader (case-stats.repo.ts): two never wait on each other's cells
  ORDER BY 1, 2, 3
  ON CONFLICT (grain, start, org_id) DO UPDATE SET stamp = t.stamp + 1
$$;--> statement-breakpoint
-- every write to cases, whoever makes it (services, seeds, bulk loads), marks the cells it changes
CREATE FUNCTION "case_tallies_touch"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    UPDATE case_tallies SET stamp = stamp + 1;
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM case_tallies_bump(array_agg((created_at AT TIME ZONE 'Asia/Shanghai')::date), array_agg(assigned_org_id)) FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM case_tallies_bump(array_agg((created_at AT TIME ZONE 'Asia/Shanghai')::date), array_agg(assigned_org_id)) FROM old_rows;
  ELSE
    -- the cells before and after, in one statement (one lock order)
    PERFORM case_tallies_bump(array_agg((created_at AT TIME ZONE 'Asia/Shanghai')::date), array_agg(assigned_org_id))
    FROM (SELECT created_at, assigned_org_id FROM old_rows UNION ALL SELECT created_at, assigned_org_id FROM new_rows) r;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "case_tallies_insert" AFTER INSERT ON "cases" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_tallies_touch();--> statement-breakpoint
CREATE TRIGGER "case_tallies_update" AFTER UPDATE ON "cases" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_tallies_touch();--> statement-breakpoint
CREATE TRIGGER "case_tallies_delete" AFTER DELETE ON "cases" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION case_tallies_touch();--> statement-breakpoint
CREATE TRIGGER "case_tallies_truncate" AFTER TRUNCATE ON "cases" FOR EACH STATEMENT EXECUTE FUNCTION case_tallies_touch();--> statement-breakpoint
-- the existing cases' cells, to be computed on first read
SELECT case_tallies_bump(array_agg((created_at AT TIME ZONE 'Asia/Shanghai')::date), array_agg(assigned_org_id)) FROM cases;
--> statement-breakpoint
INSERT INTO "settings" ("key", "value") VALUES
('dashboard.watchReopened', '3'::jsonb),
('dashboard.watchUnits', '3'::jsonb),
('dashboard.trendMonths', '6'::jsonb)
ON CONFLICT ("key") DO NOTHING;
