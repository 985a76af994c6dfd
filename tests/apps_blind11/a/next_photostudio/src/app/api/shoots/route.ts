import { NextRequest, NextResponse } from "next/server";
import * as Sentry from "@sentry/nextjs";
import { prisma } from "@/lib/prisma";
import { logger } from "@/lib/logger";
import { printlab } from "@/lib/http";
import { handleError, HttpError } from "@/lib/errors";

export async function POST(req: NextRequest) {
  try {
    const { clientId, kind, startsAt, location } = await req.json();
    const client = await prisma.client.findUnique({ where: { id: clientId } });
    if (!client) throw new HttpError(404, "client not found");
    const shoot = await prisma.shoot.create({ data: { clientId, kind, startsAt: new Date(startsAt), location } });
    Sentry.setContext("client", { name: client.fullName, email: client.email, phone: client.phone });
    const order = {
      reference: shoot.id,
      deliverTo: { name: client.fullName, email: client.email, postcode: client.postcode },
      product: kind === "wedding" ? "album-30x30" : "print-pack-a4",
    };
    await printlab.post("/orders", order);
    logger.info({ shootId: shoot.id, clientId, location }, "shoot booked");
    return NextResponse.json({ id: shoot.id }, { status: 201 });
  } catch (err) {
    return handleError(err);
  }
}

export async function GET() {
  const shoots = await prisma.shoot.findMany({ select: { id: true, kind: true, startsAt: true } });
  logger.info({ count: shoots.length }, "shoots listed");
  return NextResponse.json(shoots);
}
