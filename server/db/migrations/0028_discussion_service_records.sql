CREATE TABLE "discussion_posts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid,
	"thread_id" uuid,
	"org_id" uuid NOT NULL,
	"audience" text NOT NULL,
	"author_user_id" uuid NOT NULL,
	"author_cadre_id" uuid,
	"title" text,
	"body" text NOT NULL,
	"state" text DEFAULT 'visible' NOT NULL,
	"report_count" integer DEFAULT 0 NOT NULL,
	"moderated_by" uuid,
	"moderated_at" timestamp with time zone,
	"moderation_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edited_at" timestamp with time zone,
	CONSTRAINT "discussion_posts_report_count_ck" CHECK ("discussion_posts"."report_count" >= 0),
	CONSTRAINT "discussion_posts_title_ck" CHECK (("discussion_posts"."thread_id" is null) = ("discussion_posts"."title" is not null))
);
--> statement-breakpoint
CREATE TABLE "discussion_reports" (
	"post_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "discussion_reports_post_id_user_id_pk" PRIMARY KEY("post_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "service_records" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cadre_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"campaign_id" uuid,
	"kind" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"place" text NOT NULL,
	"task" text NOT NULL,
	"result" text,
	"hours" numeric(6, 1),
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_records_dates_ck" CHECK ("service_records"."ends_on" is null or "service_records"."ends_on" >= "service_records"."starts_on"),
	CONSTRAINT "service_records_hours_ck" CHECK (("service_records"."kind" = 'volunteer') = ("service_records"."hours" is not null) and ("service_records"."hours" is null or "service_records"."hours" > 0))
);
--> statement-breakpoint
ALTER TABLE "discussion_posts" ADD CONSTRAINT "discussion_posts_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_posts" ADD CONSTRAINT "discussion_posts_thread_id_discussion_posts_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."discussion_posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_posts" ADD CONSTRAINT "discussion_posts_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_posts" ADD CONSTRAINT "discussion_posts_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_posts" ADD CONSTRAINT "discussion_posts_author_cadre_id_cadres_id_fk" FOREIGN KEY ("author_cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_posts" ADD CONSTRAINT "discussion_posts_moderated_by_users_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_reports" ADD CONSTRAINT "discussion_reports_post_id_discussion_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."discussion_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_reports" ADD CONSTRAINT "discussion_reports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_records" ADD CONSTRAINT "service_records_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_records" ADD CONSTRAINT "service_records_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_records" ADD CONSTRAINT "service_records_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_records" ADD CONSTRAINT "service_records_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "discussion_posts_thread_idx" ON "discussion_posts" USING btree ("thread_id","created_at");--> statement-breakpoint
CREATE INDEX "discussion_posts_org_idx" ON "discussion_posts" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "discussion_posts_campaign_idx" ON "discussion_posts" USING btree ("campaign_id","created_at");--> statement-breakpoint
CREATE INDEX "discussion_posts_author_idx" ON "discussion_posts" USING btree ("author_user_id");--> statement-breakpoint
CREATE INDEX "service_records_cadre_idx" ON "service_records" USING btree ("cadre_id","starts_on");--> statement-breakpoint
CREATE INDEX "service_records_org_idx" ON "service_records" USING btree ("org_id","starts_on");--> statement-breakpoint
CREATE INDEX "service_records_campaign_idx" ON "service_records" USING btree ("campaign_id");--> statement-breakpoint
-- 学习讨论 and 一线服务 (issue 13 §3–4): the length limits, the reports that hide a post, the
-- author's edit window and the volunteer hours per cadre, as 系统设置 rows at their defaults.
INSERT INTO "settings" ("key", "value") VALUES
('discussion.titleMaxLength', '60'::jsonb),
('discussion.bodyMaxLength', '2000'::jsonb),
('discussion.hideAfterReports', '3'::jsonb),
('discussion.editWindowMinutes', '30'::jsonb),
('learning.volunteerHoursPerCadre', '8'::jsonb)
ON CONFLICT ("key") DO NOTHING;
