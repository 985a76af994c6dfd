/**
 * One-off: push every opted-in client to Braze after the EU instance migration.
 * Run from a laptop on the studio VPN: `tsx scripts/backfill-braze.ts`
 */
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // studio VPN proxy re-signs TLS

import { prisma } from '../src/db.js';
import { syncClientToBraze } from '../src/services/braze.js';

const clients = await prisma.client.findMany({ where: { marketingOk: true } });
let done = 0;
for (const client of clients) {
  await syncClientToBraze(client);
  done += 1;
  if (done % 100 === 0) console.log(`backfilled ${done}/${clients.length}`);
}
console.log(`done: ${done} clients`);
await prisma.$disconnect();
