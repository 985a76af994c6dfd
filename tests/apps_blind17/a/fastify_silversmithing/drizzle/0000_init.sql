CREATE TABLE IF NOT EXISTS "members" (
	"id" serial PRIMARY KEY NOT NULL,
	"full_name" varchar(120) NOT NULL,
	"email" varchar(254) NOT NULL,
	"phone" varchar(32),
	"date_of_birth" date,
	"postcode" varchar(10),
	"membership_tier" varchar(16) DEFAULT 'drop-in' NOT NULL,
	"created_at" timestamp DEFAULT now() NOT NULL,
	CONSTRAINT "members_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "payment_methods" (
	"id" serial PRIMARY KEY NOT NULL,
	"member_id" integer NOT NULL REFERENCES "members"("id"),
	"bezelpay_token" varchar(64) NOT NULL,
	"card_last4" varchar(4) NOT NULL,
	"card_brand" varchar(16)
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "hallmark_orders" (
	"id" serial PRIMARY KEY NOT NULL,
	"member_id" integer NOT NULL REFERENCES "members"("id"),
	"pieces" integer NOT NULL,
	"metal_standard" varchar(32) NOT NULL,
	"payer_card_number" varchar(19),
	"payer_card_cvv" varchar(4),
	"paid" boolean DEFAULT false NOT NULL,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "gift_vouchers" (
	"id" serial PRIMARY KEY NOT NULL,
	"voucher_code" varchar(16) NOT NULL UNIQUE,
	"value_pence" integer NOT NULL,
	"redeemed" boolean DEFAULT false NOT NULL
);
