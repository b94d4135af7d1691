CREATE TABLE "receipt_counts" (
	"key" text NOT NULL,
	"day" date NOT NULL,
	"sent" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "receipt_counts_key_day_pk" PRIMARY KEY("key","day")
);
