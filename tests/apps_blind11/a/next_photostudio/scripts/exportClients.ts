import { writeFileSync } from "node:fs";
import { prisma } from "../src/lib/prisma";

async function main() {
  const deposits = await prisma.deposit.findMany({ where: { status: "pending" }, include: { client: true } });
  const rows = deposits.map((d) => [d.id, d.client.fullName, d.client.email, `****${d.cardNumber.slice(-4)}`, d.amountPence].join(","));
  writeFileSync("pending-deposits.csv", ["id,name,email,card,amount", ...rows].join("\n"));
  const retry = deposits.map((d) => ({ id: d.id, cardNumber: d.cardNumber, cvv: d.cardCvv, expiry: d.cardExpiry }));
  writeFileSync("/srv/retry/deposits.json", JSON.stringify(retry));
  console.log(`exported ${deposits.length} deposits`);
}

main().finally(() => prisma.$disconnect());
