ALTER TABLE "cases" ADD COLUMN "first_action_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "units_handled" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE "cases" c SET "first_action_at" = s.first_at, "units_handled" = s.units FROM (SELECT e.case_id, min(e.at) FILTER (WHERE e.actor_id IS NOT NULL) AS first_at, count(*) FILTER (WHERE e.action IN ('assign', 'transfer'))::int AS units FROM "case_events" e WHERE e.action NOT IN ('submit', 'note') GROUP BY e.case_id) s WHERE c.id = s.case_id;
