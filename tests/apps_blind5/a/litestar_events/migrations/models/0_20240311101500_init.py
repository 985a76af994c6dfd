from tortoise import BaseDBAsyncClient


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "events" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "slug" VARCHAR(80) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "venue_name" VARCHAR(200) NOT NULL,
    "starts_at" TIMESTAMPTZ NOT NULL,
    "capacity" INT NOT NULL
);
CREATE TABLE IF NOT EXISTS "attendees" (
    "id" UUID NOT NULL PRIMARY KEY,
    "full_name" VARCHAR(160) NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "phone" VARCHAR(32),
    "phone_verified" BOOL NOT NULL DEFAULT False,
    "marketing_opt_in" BOOL NOT NULL DEFAULT False,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX IF NOT EXISTS "idx_attendees_email_6f1a2b" ON "attendees" ("email");
CREATE TABLE IF NOT EXISTS "orders" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "number" VARCHAR(20) NOT NULL UNIQUE,
    "quantity" INT NOT NULL,
    "total_cents" INT NOT NULL,
    "currency" VARCHAR(3) NOT NULL DEFAULT 'EUR',
    "status" VARCHAR(8) NOT NULL DEFAULT 'pending',
    "payment_intent_id" VARCHAR(64),
    "card_brand" VARCHAR(16),
    "card_last4" VARCHAR(4),
    "card_exp_month" SMALLINT,
    "card_exp_year" SMALLINT,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attendee_id" UUID NOT NULL REFERENCES "attendees" ("id") ON DELETE CASCADE,
    "event_id" INT NOT NULL REFERENCES "events" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "box_office_swipes" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "cardholder" VARCHAR(120) NOT NULL,
    "pan" VARCHAR(19) NOT NULL,
    "cvc" VARCHAR(4),
    "expiry" VARCHAR(5) NOT NULL,
    "amount_cents" INT NOT NULL,
    "uploaded" BOOL NOT NULL DEFAULT False,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "event_id" INT NOT NULL REFERENCES "events" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "gift_cards" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(24) NOT NULL UNIQUE,
    "balance_cents" INT NOT NULL DEFAULT 0,
    "issued_to_id" UUID REFERENCES "attendees" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "gift_cards";
        DROP TABLE IF EXISTS "box_office_swipes";
        DROP TABLE IF EXISTS "orders";
        DROP TABLE IF EXISTS "attendees";
        DROP TABLE IF EXISTS "events";"""
