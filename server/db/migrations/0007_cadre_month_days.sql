CREATE TABLE "cadre_month_days" (
	"month" date NOT NULL,
	"cadre_id" uuid NOT NULL,
	"days" integer NOT NULL,
	CONSTRAINT "cadre_month_days_pk" PRIMARY KEY("month","cadre_id")
);
--> statement-breakpoint
ALTER TABLE "cadre_month_days" ADD CONSTRAINT "cadre_month_days_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE cascade ON UPDATE no action;