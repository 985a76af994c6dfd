import { Kysely, sql } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("members")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("full_name", "varchar(120)", (c) => c.notNull())
    .addColumn("email", "varchar(190)", (c) => c.notNull().unique())
    .addColumn("phone", "varchar(32)")
    .addColumn("home_address", "text")
    .addColumn("birth_date", "date")
    .addColumn("created_at", "timestamptz", (c) => c.defaultTo(sql`now()`).notNull())
    .execute();

  await db.schema
    .createTable("press_orders")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("member_id", "integer", (c) => c.references("members.id").notNull())
    .addColumn("litres", "integer", (c) => c.notNull())
    .addColumn("apple_blend", "varchar(40)", (c) => c.notNull())
    .addColumn("card_token", "varchar(64)", (c) => c.notNull())
    .addColumn("card_last4", "char(4)", (c) => c.notNull())
    .addColumn("card_number", "varchar(19)")
    .addColumn("status", "varchar(16)", (c) => c.defaultTo("pending").notNull())
    .execute();

  await db.schema
    .createTable("pick_slots")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("member_id", "integer", (c) => c.references("members.id").notNull())
    .addColumn("orchard_row", "varchar(8)", (c) => c.notNull())
    .addColumn("gift_card_code", "varchar(16)")
    .addColumn("slot_at", "timestamptz", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("pick_slots").execute();
  await db.schema.dropTable("press_orders").execute();
  await db.schema.dropTable("members").execute();
}
