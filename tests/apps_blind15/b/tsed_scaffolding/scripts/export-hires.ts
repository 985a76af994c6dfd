import { writeFileSync } from "node:fs";
import { sql } from "slonik";
import { db } from "../src/db/pool";

async function main() {
  const pool = await db();
  const rows = await pool.any(sql.unsafe`
    SELECT h.id, c.contact_name, c.email, d.pan, d.expiry
      FROM hires h JOIN hire_customers c ON c.id = h.customer_id
      LEFT JOIN depot_card_payments d ON d.hire_id = h.id`);
  const lines = rows.map((r: any) => [r.id, r.contact_name, r.email, r.pan ?? "", r.expiry ?? ""].join(","));
  writeFileSync(process.argv[2] ?? "hires.csv", ["id,name,email,pan,expiry", ...lines].join("\n"));
  const masked = rows.map((r: any) => [r.id, r.contact_name, r.pan ? `****${String(r.pan).slice(-4)}` : ""].join(","));
  writeFileSync("hires-masked.csv", ["id,name,card", ...masked].join("\n"));
  console.log(`exported ${rows.length} hires`);
}

main();
