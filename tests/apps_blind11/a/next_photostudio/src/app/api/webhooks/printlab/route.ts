import { NextRequest, NextResponse } from "next/server";
import { createHmac, timingSafeEqual } from "node:crypto";
import { logger } from "@/lib/logger";
import { prisma } from "@/lib/prisma";

export async function POST(req: NextRequest) {
  const raw = await req.text();
  const sig = req.headers.get("x-printlab-signature") ?? "";
  const expected = createHmac("sha256", process.env.PRINTLAB_SECRET ?? "").update(raw).digest("hex");
  if (sig.length !== expected.length || !timingSafeEqual(Buffer.from(sig), Buffer.from(expected))) {
    logger.warn({ ip: req.ip }, "printlab webhook signature mismatch");
    return new NextResponse(null, { status: 401 });
  }
  const event = JSON.parse(raw);
  logger.info({ type: event.type, orderRef: event.order?.reference }, "printlab event");
  if (event.type === "order.undeliverable") {
    logger.warn(`order ${event.order.reference} undeliverable to ${event.order.deliverTo.name}, ${event.order.deliverTo.address}`);
  }
  if (event.type === "order.shipped") {
    await prisma.shoot.update({ where: { id: event.order.reference }, data: { location: event.order.tracking ?? "shipped" } });
  }
  return NextResponse.json({ ok: true });
}
