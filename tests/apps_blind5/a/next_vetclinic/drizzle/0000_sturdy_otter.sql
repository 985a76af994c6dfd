CREATE TYPE "public"."appointment_status" AS ENUM('booked', 'checked_in', 'done', 'no_show', 'cancelled');--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "owners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"first_name" varchar(80) NOT NULL,
	"last_name" varchar(80) NOT NULL,
	"email" varchar(254) NOT NULL,
	"phone" varchar(32),
	"sms_opt_in" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "owners_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "pets" (
	"id" serial PRIMARY KEY NOT NULL,
	"owner_id" uuid NOT NULL,
	"name" varchar(60) NOT NULL,
	"species" varchar(30) NOT NULL,
	"breed" varchar(60),
	"microchip_number" varchar(15),
	"birth_date" date
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "appointments" (
	"id" serial PRIMARY KEY NOT NULL,
	"pet_id" integer NOT NULL,
	"vet_id" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"reason" text,
	"status" "appointment_status" DEFAULT 'booked' NOT NULL,
	"deposit_intent_id" varchar(64)
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "saved_cards" (
	"id" serial PRIMARY KEY NOT NULL,
	"owner_id" uuid NOT NULL,
	"gateway_customer_id" varchar(64) NOT NULL,
	"payment_method_id" varchar(64) NOT NULL,
	"brand" varchar(16),
	"last_four" varchar(4),
	"exp_month" integer,
	"exp_year" integer,
	"is_default" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "invoices" (
	"id" serial PRIMARY KEY NOT NULL,
	"number" varchar(24) NOT NULL,
	"owner_id" uuid NOT NULL,
	"appointment_id" integer,
	"total_cents" integer NOT NULL,
	"paid_at" timestamp with time zone,
	"card_last4" varchar(4),
	CONSTRAINT "invoices_number_unique" UNIQUE("number")
);
--> statement-breakpoint
DO $$ BEGIN
 ALTER TABLE "pets" ADD CONSTRAINT "pets_owner_id_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."owners"("id") ON DELETE no action ON UPDATE no action;
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;
