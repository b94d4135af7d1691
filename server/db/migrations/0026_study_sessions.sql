CREATE TABLE "session_attendance" (
	"session_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"status" text DEFAULT 'expected' NOT NULL,
	"reason" text,
	"method" text,
	"checked_in_at" timestamp with time zone,
	"recorded_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_attendance_pk" PRIMARY KEY("session_id","cadre_id"),
	CONSTRAINT "session_attendance_status_ck" CHECK ("session_attendance"."status" in ('expected', 'present', 'late', 'leave', 'absent')),
	CONSTRAINT "session_attendance_leave_reason_ck" CHECK ("session_attendance"."status" <> 'leave' or "session_attendance"."reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "study_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"campaign_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"presenter" text DEFAULT '' NOT NULL,
	"recorder_cadre_id" uuid,
	"material_id" uuid,
	"minutes" text DEFAULT '' NOT NULL,
	"late_state" text,
	"late_reason" text,
	"late_decided_by" uuid,
	"late_decided_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "study_sessions_period_ck" CHECK ("study_sessions"."ends_at" > "study_sessions"."starts_at"),
	CONSTRAINT "study_sessions_late_state_ck" CHECK ("study_sessions"."late_state" is null or "study_sessions"."late_state" in ('requested', 'approved', 'refused'))
);
--> statement-breakpoint
ALTER TABLE "session_attendance" ADD CONSTRAINT "session_attendance_session_id_study_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."study_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_attendance" ADD CONSTRAINT "session_attendance_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_attendance" ADD CONSTRAINT "session_attendance_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_sessions" ADD CONSTRAINT "study_sessions_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_sessions" ADD CONSTRAINT "study_sessions_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_sessions" ADD CONSTRAINT "study_sessions_recorder_cadre_id_cadres_id_fk" FOREIGN KEY ("recorder_cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_sessions" ADD CONSTRAINT "study_sessions_late_decided_by_users_id_fk" FOREIGN KEY ("late_decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_sessions" ADD CONSTRAINT "study_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "session_attendance_cadre_idx" ON "session_attendance" USING btree ("cadre_id");--> statement-breakpoint
CREATE INDEX "study_sessions_org_starts_idx" ON "study_sessions" USING btree ("org_id","starts_at");--> statement-breakpoint
CREATE INDEX "study_sessions_campaign_idx" ON "study_sessions" USING btree ("campaign_id");--> statement-breakpoint
-- 学习座谈 (issue 13 §2): the entry window, the rotating QR's slot, the late mark and an approved
-- late entry's days, as 系统设置 rows at their defaults.
INSERT INTO "settings" ("key", "value") VALUES
('learning.recordWindowDays', '3'::jsonb),
('learning.checkinTokenSeconds', '120'::jsonb),
('learning.lateAfterMinutes', '15'::jsonb),
('learning.lateEntryDays', '7'::jsonb)
ON CONFLICT ("key") DO NOTHING;
