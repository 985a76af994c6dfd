import { readFile } from "node:fs/promises";
import path from "node:path";

import { db, schema } from "@/db";

interface SeedFile {
  owners: (typeof schema.owners.$inferInsert)[];
  pets: (typeof schema.pets.$inferInsert)[];
  phoneOrders: (typeof schema.phoneOrders.$inferInsert)[];
}

async function main() {
  const file = path.join(process.cwd(), "seed", "owners.json");
  const seed = JSON.parse(await readFile(file, "utf8")) as SeedFile;
  await db.transaction(async (tx) => {
    await tx.insert(schema.owners).values(seed.owners).onConflictDoNothing();
    await tx.insert(schema.pets).values(seed.pets);
    await tx.insert(schema.phoneOrders).values(seed.phoneOrders);
  });
  console.log(`seeded owners=${seed.owners.length} pets=${seed.pets.length} phoneOrders=${seed.phoneOrders.length}`);
}

main().catch((err) => {
  console.error("seed failed", err);
  process.exit(1);
});
