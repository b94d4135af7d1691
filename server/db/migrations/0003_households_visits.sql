CREATE TABLE "assistance" (
	"id" uuid PRIMARY KEY NOT NULL,
	"household_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"date" date NOT NULL,
	"measure" text NOT NULL,
	"result" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cadre_rank_history" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cadre_id" uuid NOT NULL,
	"rank" text NOT NULL,
	"effective_from" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "households" (
	"id" uuid PRIMARY KEY NOT NULL,
	"contact_point_id" uuid NOT NULL,
	"head_name" text NOT NULL,
	"id_number" text,
	"phone" text,
	"address" text DEFAULT '' NOT NULL,
	"members" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"categories" text[] DEFAULT '{}' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pairings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cadre_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"end_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visit_households" (
	"visit_id" uuid NOT NULL,
	"household_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visits" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cadre_id" uuid NOT NULL,
	"contact_point_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"heard" text DEFAULT '' NOT NULL,
	"done" text DEFAULT '' NOT NULL,
	"client_id" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assistance" ADD CONSTRAINT "assistance_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance" ADD CONSTRAINT "assistance_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance" ADD CONSTRAINT "assistance_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_rank_history" ADD CONSTRAINT "cadre_rank_history_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_contact_point_id_contact_points_id_fk" FOREIGN KEY ("contact_point_id") REFERENCES "public"."contact_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairings" ADD CONSTRAINT "pairings_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairings" ADD CONSTRAINT "pairings_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairings" ADD CONSTRAINT "pairings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_households" ADD CONSTRAINT "visit_households_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_households" ADD CONSTRAINT "visit_households_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_contact_point_id_contact_points_id_fk" FOREIGN KEY ("contact_point_id") REFERENCES "public"."contact_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assistance_cadre_idx" ON "assistance" USING btree ("cadre_id","date");--> statement-breakpoint
CREATE INDEX "assistance_household_idx" ON "assistance" USING btree ("household_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cadre_rank_history_uq" ON "cadre_rank_history" USING btree ("cadre_id","effective_from");--> statement-breakpoint
CREATE INDEX "households_contact_point_idx" ON "households" USING btree ("contact_point_id");--> statement-breakpoint
CREATE UNIQUE INDEX "households_id_number_uq" ON "households" USING btree ("id_number");--> statement-breakpoint
CREATE INDEX "pairings_cadre_idx" ON "pairings" USING btree ("cadre_id");--> statement-breakpoint
CREATE INDEX "pairings_household_idx" ON "pairings" USING btree ("household_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pairings_open_uq" ON "pairings" USING btree ("cadre_id","household_id") WHERE "pairings"."end_date" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "visit_households_pk" ON "visit_households" USING btree ("visit_id","household_id");--> statement-breakpoint
CREATE INDEX "visit_households_household_idx" ON "visit_households" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "visits_cadre_date_idx" ON "visits" USING btree ("cadre_id","start_date");--> statement-breakpoint
CREATE UNIQUE INDEX "visits_client_id_uq" ON "visits" USING btree ("client_id");