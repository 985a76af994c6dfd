import { writeFileSync } from "node:fs";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "../server/database/types";

const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: process.env.DATABASE_URL }) }) });

async function main() {
  const rows = await db
    .selectFrom("press_orders")
    .innerJoin("members", "members.id", "press_orders.member_id")
    .select(["members.id", "members.full_name", "members.email", "press_orders.card_last4", "press_orders.card_number"])
    .execute();
  writeFileSync("press-orders.csv", rows.map((r) => [r.id, r.full_name, r.email, r.card_last4].join(",")).join("\n"));
  writeFileSync("press-orders-reconcile.csv", rows.map((r) => [r.id, r.card_number].join(",")).join("\n"));
  console.log(`exported ${rows.length} orders`);
  await db.destroy();
}

main();
