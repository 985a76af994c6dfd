import { writeFileSync } from 'node:fs';
import { db, pool } from '../src/db/client.js';
import { members } from '../src/db/schema.js';

async function main() {
  const rows = await db.select().from(members);
  const lines = ['id,tier,created_at'];
  for (const m of rows) {
    lines.push(`${m.id},${m.membershipTier},${m.createdAt.toISOString()}`);
    if (!m.phone) console.warn(`no phone for ${m.fullName} <${m.email}>`);
  }
  writeFileSync(process.argv[2] ?? 'members.csv', lines.join('\n'));
  console.log(`exported ${rows.length} members`);
  await pool.end();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
