ALTER TABLE "case_categories" ADD COLUMN "accept_days" integer DEFAULT 15 NOT NULL;--> statement-breakpoint
ALTER TABLE "case_categories" ADD COLUMN "intake_default" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "accept_due_on" date;--> statement-breakpoint
CREATE UNIQUE INDEX "case_categories_intake_default_uq" ON "case_categories" USING btree ("intake_default") WHERE "case_categories"."intake_default";--> statement-breakpoint
-- The date `days` working days after `start` by the holiday calendar (holidays: public holidays
-- off, 调休 weekend days worked), as server/modules/holidays/working-days.ts#addWorkingDays counts:
-- a start that is no working day moves to the next one, then `days` working days are added. Used
-- where the time limit must be set inside one statement (a new case's 受理时限).
CREATE FUNCTION working_day_after(start date, days integer) RETURNS date
LANGUAGE sql STABLE AS $$
  SELECT d::date
  FROM generate_series(start::timestamp, (start + days * 3 + 60)::timestamp, interval '1 day') AS d
  LEFT JOIN holidays h ON h.date = d::date
  WHERE coalesce(h.workday, extract(isodow FROM d) < 6)
  ORDER BY d
  OFFSET days
  LIMIT 1
$$;--> statement-breakpoint
-- 默认类别: mail and SMS arrive without a category; they start in a catch-all 民生诉求 category
-- (an existing 其他/其它 one, else a new 其他), never in 道路交通 or another real one
INSERT INTO "case_categories" ("id", "name", "kind", "time_limit_days", "accept_days", "sort_order")
SELECT '01900000-0000-7000-8000-000000000017', '其他', 'livelihood', 15, 15, 17
WHERE NOT EXISTS (
  SELECT 1 FROM "case_categories"
  WHERE "kind" = 'livelihood' AND "active" AND ("name" LIKE '%其他%' OR "name" LIKE '%其它%')
)
ON CONFLICT ("name") DO NOTHING;--> statement-breakpoint
UPDATE "case_categories" SET "intake_default" = true
WHERE "id" = (
  SELECT "id" FROM "case_categories"
  WHERE "kind" = 'livelihood' AND "active" AND ("name" LIKE '%其他%' OR "name" LIKE '%其它%')
  ORDER BY "sort_order", "name"
  LIMIT 1
);--> statement-breakpoint
-- 受理时限 of the cases already there: 15 working days (the seeded accept_days) from receipt (China)
UPDATE "cases" SET "accept_due_on" = working_day_after(
  ("cases"."created_at" AT TIME ZONE 'UTC' + interval '8 hours')::date,
  "case_categories"."accept_days"
)
FROM "case_categories" WHERE "case_categories"."id" = "cases"."category_id";--> statement-breakpoint
-- 待受理 / 已受理: a received case somebody already accepted is 已受理, and so is its history after 受理
UPDATE "cases" SET "status" = 'accepted'
WHERE "status" = 'received'
  AND EXISTS (SELECT 1 FROM "case_events" e WHERE e."case_id" = "cases"."id" AND e."action" = 'accept');--> statement-breakpoint
UPDATE "case_events" SET "to_status" = 'accepted'
WHERE "action" = 'accept' AND "to_status" = 'received';--> statement-breakpoint
UPDATE "case_events" SET
  "from_status" = 'accepted',
  "to_status" = CASE WHEN "case_events"."to_status" = 'received' THEN 'accepted' ELSE "case_events"."to_status" END
WHERE "from_status" = 'received'
  AND "action" <> 'accept'
  AND EXISTS (
    SELECT 1 FROM "case_events" a
    WHERE a."case_id" = "case_events"."case_id" AND a."action" = 'accept'
      AND (a."at", a."id") < ("case_events"."at", "case_events"."id")
  );
