import { NextRequest, NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { logger } from "@/lib/logger";
import { audit } from "@/lib/audit";
import { attio } from "@/lib/http";

export async function GET(_req: NextRequest, { params }: { params: { id: string } }) {
  const client = await prisma.client.findUnique({
    where: { id: params.id },
    select: { id: true, fullName: true, email: true, cards: { select: { brand: true, last4: true } } },
  });
  if (!client) return NextResponse.json({ error: "not found" }, { status: 404 });
  logger.info({ clientId: client.id, cards: client.cards.length }, "client fetched");
  return NextResponse.json(client);
}

export async function DELETE(req: NextRequest, { params }: { params: { id: string } }) {
  const client = await prisma.client.findUnique({ where: { id: params.id } });
  if (!client) return NextResponse.json({ error: "not found" }, { status: 404 });
  await prisma.$transaction([
    prisma.deposit.deleteMany({ where: { clientId: client.id } }),
    prisma.savedCard.deleteMany({ where: { clientId: client.id } }),
    prisma.shoot.deleteMany({ where: { clientId: client.id } }),
    prisma.client.delete({ where: { id: client.id } }),
  ]);
  if (client.attioRecord) {
    await attio.delete(`/objects/people/records/${client.attioRecord}`);
  }
  audit("client.erase", client.id, { requestedBy: req.headers.get("x-staff-id") });
  logger.info({ clientId: client.id }, "client erased");
  return new NextResponse(null, { status: 204 });
}
