CREATE TABLE "material_distributions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"material_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"sent_on" date NOT NULL,
	"received_at" timestamp with time zone,
	"received_by" uuid,
	"received_quantity" integer,
	"receipt_note" text,
	"reminded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "material_distributions_quantity_ck" CHECK ("material_distributions"."quantity" > 0),
	CONSTRAINT "material_distributions_receipt_ck" CHECK (("material_distributions"."received_at" is null) = ("material_distributions"."received_quantity" is null))
);
--> statement-breakpoint
CREATE TABLE "material_views" (
	"material_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"viewed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "material_views_pk" PRIMARY KEY("material_id","cadre_id")
);
--> statement-breakpoint
CREATE TABLE "materials" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"copies" integer,
	"link" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "materials_copies_ck" CHECK ("materials"."copies" is null or "materials"."copies" >= 0),
	CONSTRAINT "materials_link_ck" CHECK ("materials"."link" is null or "materials"."link" ~* '^https?://')
);
--> statement-breakpoint
ALTER TABLE "material_distributions" ADD CONSTRAINT "material_distributions_material_id_materials_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."materials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_distributions" ADD CONSTRAINT "material_distributions_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_distributions" ADD CONSTRAINT "material_distributions_received_by_users_id_fk" FOREIGN KEY ("received_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_views" ADD CONSTRAINT "material_views_material_id_materials_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."materials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_views" ADD CONSTRAINT "material_views_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "materials" ADD CONSTRAINT "materials_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "materials" ADD CONSTRAINT "materials_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "material_distributions_material_org_uq" ON "material_distributions" USING btree ("material_id","org_id");--> statement-breakpoint
CREATE INDEX "material_distributions_org_idx" ON "material_distributions" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "material_views_cadre_idx" ON "material_views" USING btree ("cadre_id");--> statement-breakpoint
CREATE INDEX "materials_campaign_idx" ON "materials" USING btree ("campaign_id");