import { Kysely, sql } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("students")
    .addColumn("id", "serial", (col) => col.primaryKey())
    .addColumn("full_name", "varchar(120)", (col) => col.notNull())
    .addColumn("email", "varchar(254)", (col) => col.notNull().unique())
    .addColumn("phone", "varchar(32)")
    .addColumn("date_of_birth", "date")
    .addColumn("created_at", "timestamptz", (col) => col.defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("payment_profiles")
    .addColumn("id", "serial", (col) => col.primaryKey())
    .addColumn("student_id", "integer", (col) => col.references("students.id").onDelete("cascade"))
    .addColumn("processor_token", "varchar(64)", (col) => col.notNull())
    .addColumn("card_brand", "varchar(16)")
    .addColumn("last_four", "char(4)")
    .addColumn("cc_num", "varchar(19)")
    .addColumn("exp", "varchar(5)")
    .execute();

  await db.schema
    .createTable("lessons")
    .addColumn("id", "serial", (col) => col.primaryKey())
    .addColumn("student_id", "integer", (col) => col.references("students.id"))
    .addColumn("instrument", "varchar(40)")
    .addColumn("room", "varchar(10)")
    .addColumn("starts_at", "timestamptz")
    .addColumn("invoice_number", "varchar(24)")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("lessons").execute();
  await db.schema.dropTable("payment_profiles").execute();
  await db.schema.dropTable("students").execute();
}
