CREATE TABLE "self_exam_headings" (
	"campaign_id" uuid PRIMARY KEY NOT NULL,
	"headings" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "documents_one_per_campaign_uq";--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "rating" text;--> statement-breakpoint
ALTER TABLE "self_exam_headings" ADD CONSTRAINT "self_exam_headings_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_exam_headings" ADD CONSTRAINT "self_exam_headings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "documents_one_per_campaign_uq" ON "documents" USING btree ("kind","cadre_id","campaign_id") WHERE kind in ('research', 'letter', 'self_exam');--> statement-breakpoint
-- 材料雷同 (issue 13 §4): the share of shared wording from which two texts are flagged, in percent.
INSERT INTO "settings" ("key", "value") VALUES ('documents.similarityThreshold', '60'::jsonb)
ON CONFLICT ("key") DO NOTHING;
