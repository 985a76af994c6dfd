import { Kysely, sql } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("payment_profiles").addColumn("cvc", "varchar(4)").execute();
  await sql`CREATE TABLE recital_tickets (id serial primary key, seat varchar(6), gift_code varchar(16))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("payment_profiles").dropColumn("cvc").execute();
  await sql`DROP TABLE recital_tickets`.execute(db);
}
