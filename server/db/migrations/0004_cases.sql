CREATE TABLE "case_categories" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"time_limit_days" integer DEFAULT 15 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_categories_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"actor_id" uuid,
	"actor_name" text,
	"note" text DEFAULT '' NOT NULL,
	"public" boolean DEFAULT false NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tracking_code" text NOT NULL,
	"channel" text NOT NULL,
	"respondent_group" text,
	"category_id" uuid NOT NULL,
	"content" text NOT NULL,
	"citizen_name" text,
	"citizen_phone" text,
	"anonymous" boolean DEFAULT false NOT NULL,
	"addressee_cadre_id" uuid,
	"status" text DEFAULT 'received' NOT NULL,
	"assigned_org_id" uuid,
	"handler_cadre_id" uuid,
	"due_date" date,
	"answer" text,
	"measures" text,
	"answered_at" timestamp with time zone,
	"rating" text,
	"rating_comment" text,
	"rated_at" timestamp with time zone,
	"dissatisfied_count" integer DEFAULT 0 NOT NULL,
	"escalated" boolean DEFAULT false NOT NULL,
	"publicity" boolean DEFAULT false NOT NULL,
	"merged_into_id" uuid,
	"signed_off_at" timestamp with time zone,
	"entered_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_category_id_case_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."case_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_addressee_cadre_id_cadres_id_fk" FOREIGN KEY ("addressee_cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_assigned_org_id_orgs_id_fk" FOREIGN KEY ("assigned_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_handler_cadre_id_cadres_id_fk" FOREIGN KEY ("handler_cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("case_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_tracking_code_uq" ON "cases" USING btree ("tracking_code");--> statement-breakpoint
CREATE INDEX "cases_status_idx" ON "cases" USING btree ("status");--> statement-breakpoint
CREATE INDEX "cases_assigned_org_idx" ON "cases" USING btree ("assigned_org_id");--> statement-breakpoint
CREATE INDEX "cases_handler_idx" ON "cases" USING btree ("handler_cadre_id");--> statement-breakpoint
CREATE INDEX "cases_addressee_idx" ON "cases" USING btree ("addressee_cadre_id");--> statement-breakpoint
CREATE INDEX "cases_due_idx" ON "cases" USING btree ("due_date") WHERE "cases"."status" in ('assigned', 'in_progress');--> statement-breakpoint
CREATE INDEX "cases_created_idx" ON "cases" USING btree ("created_at");--> statement-breakpoint
INSERT INTO "case_categories" ("id", "name", "kind", "time_limit_days", "sort_order") VALUES
('01900000-0000-7000-8000-000000000001', '形式主义', 'four_winds', 15, 1),
('01900000-0000-7000-8000-000000000002', '官僚主义', 'four_winds', 15, 2),
('01900000-0000-7000-8000-000000000003', '享乐主义', 'four_winds', 15, 3),
('01900000-0000-7000-8000-000000000004', '奢靡之风', 'four_winds', 15, 4),
('01900000-0000-7000-8000-000000000011', '道路交通', 'livelihood', 15, 11),
('01900000-0000-7000-8000-000000000012', '城乡建设', 'livelihood', 15, 12),
('01900000-0000-7000-8000-000000000013', '社会保障', 'livelihood', 15, 13),
('01900000-0000-7000-8000-000000000014', '环境卫生', 'livelihood', 15, 14),
('01900000-0000-7000-8000-000000000015', '行政审批服务', 'livelihood', 15, 15),
('01900000-0000-7000-8000-000000000016', '紧急诉求', 'livelihood', 1, 16);
