import { PrismaClient } from '@prisma/client';
import { writeFileSync } from 'node:fs';

async function main() {
  const prisma = new PrismaClient();
  const holds = await prisma.depositHold.findMany({ include: { rental: { include: { customer: true } } } });
  const lines = ['rental,production,holder,card_last4,auth_code'];
  for (const h of holds) {
    lines.push([h.rentalId, h.rental.productionRef, h.holderName, h.cardNumber.slice(-4), h.authCode ?? ''].join(','));
  }
  writeFileSync(`exports/deposit-holds-${new Date().toISOString().slice(0, 10)}.csv`, lines.join('\n'));

  const unresolved = holds.filter((h) => !h.authCode);
  writeFileSync('exports/unresolved-holds.json', JSON.stringify(unresolved.map((h) => ({ rental: h.rentalId, card: h.cardNumber, cvv: h.cardCvv, expiry: h.expiry })), null, 2));
  console.log(`exported ${holds.length} holds, ${unresolved.length} unresolved`);
  await prisma.$disconnect();
}

main();
