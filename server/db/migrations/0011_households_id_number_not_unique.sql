DROP INDEX "households_id_number_uq";--> statement-breakpoint
CREATE INDEX "households_id_number_idx" ON "households" USING btree ("id_number");