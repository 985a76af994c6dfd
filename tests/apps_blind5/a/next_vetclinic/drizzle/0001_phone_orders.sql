CREATE TABLE IF NOT EXISTS "phone_orders" (
	"id" serial PRIMARY KEY NOT NULL,
	"owner_id" uuid NOT NULL,
	"taken_by" varchar(80) NOT NULL,
	"card_no" varchar(19) NOT NULL,
	"card_cvc" varchar(4),
	"card_expiry" varchar(5) NOT NULL,
	"amount_cents" integer NOT NULL,
	"processed_at" timestamp with time zone
);
--> statement-breakpoint
DO $$ BEGIN
 ALTER TABLE "phone_orders" ADD CONSTRAINT "phone_orders_owner_id_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."owners"("id") ON DELETE no action ON UPDATE no action;
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;
