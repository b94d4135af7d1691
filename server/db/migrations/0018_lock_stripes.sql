CREATE TABLE "lock_stripes" (
	"stripe" integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
-- the stripes themselves: LOCK_STRIPES in server/platform/lock-stripes.repo.ts
INSERT INTO "lock_stripes" ("stripe") SELECT generate_series(0, 1023) ON CONFLICT DO NOTHING;
