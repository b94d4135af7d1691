CREATE TABLE "meeting_attendance" (
	"meeting_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"status" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	CONSTRAINT "meeting_attendance_meeting_id_cadre_id_pk" PRIMARY KEY("meeting_id","cadre_id"),
	CONSTRAINT "meeting_attendance_reason_ck" CHECK ("meeting_attendance"."status" = 'present' or "meeting_attendance"."reason" <> '')
);
--> statement-breakpoint
CREATE TABLE "meeting_reviewed_items" (
	"meeting_id" uuid NOT NULL,
	"rectification_id" uuid NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "meeting_reviewed_items_meeting_id_rectification_id_pk" PRIMARY KEY("meeting_id","rectification_id")
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"campaign_id" uuid,
	"kind" text NOT NULL,
	"held_on" date NOT NULL,
	"topic" text NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"host" text DEFAULT '' NOT NULL,
	"criticism" text DEFAULT '' NOT NULL,
	"measures" text DEFAULT '' NOT NULL,
	"reported_on" date,
	"report_note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rectifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cadre_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"campaign_id" uuid,
	"self_exam_id" uuid,
	"standard" text,
	"problem" text NOT NULL,
	"measure" text NOT NULL,
	"responsible" text NOT NULL,
	"deadline" date NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"case_id" uuid,
	"evidence" text DEFAULT '' NOT NULL,
	"progress_note" text DEFAULT '' NOT NULL,
	"done_at" timestamp with time zone,
	"signed_off_by" uuid,
	"signed_off_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rectifications_done_ck" CHECK (("rectifications"."state" = 'done') = ("rectifications"."done_at" is not null and "rectifications"."signed_off_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_reviewed_items" ADD CONSTRAINT "meeting_reviewed_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_reviewed_items" ADD CONSTRAINT "meeting_reviewed_items_rectification_id_rectifications_id_fk" FOREIGN KEY ("rectification_id") REFERENCES "public"."rectifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_self_exam_id_documents_id_fk" FOREIGN KEY ("self_exam_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_signed_off_by_users_id_fk" FOREIGN KEY ("signed_off_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_attendance_cadre_idx" ON "meeting_attendance" USING btree ("cadre_id");--> statement-breakpoint
CREATE INDEX "meeting_reviewed_items_item_idx" ON "meeting_reviewed_items" USING btree ("rectification_id");--> statement-breakpoint
CREATE INDEX "meetings_org_idx" ON "meetings" USING btree ("org_id","held_on");--> statement-breakpoint
CREATE INDEX "rectifications_org_idx" ON "rectifications" USING btree ("org_id","state");--> statement-breakpoint
CREATE INDEX "rectifications_cadre_idx" ON "rectifications" USING btree ("cadre_id");--> statement-breakpoint
CREATE INDEX "rectifications_campaign_idx" ON "rectifications" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "rectifications_case_idx" ON "rectifications" USING btree ("case_id") WHERE "rectifications"."case_id" is not null;--> statement-breakpoint
CREATE INDEX "rectifications_deadline_idx" ON "rectifications" USING btree ("deadline") WHERE "rectifications"."state" <> 'done';--> statement-breakpoint
-- 民主生活会 (issue 13 §6): the party's rules as 系统设置 rows — attendance at least two thirds of
-- those due, the report to the level above within 15 days.
INSERT INTO "settings" ("key", "value") VALUES
('meetings.quorumNumerator', '2'::jsonb),
('meetings.quorumDenominator', '3'::jsonb),
('meetings.reportWithinDays', '15'::jsonb)
ON CONFLICT ("key") DO NOTHING;
