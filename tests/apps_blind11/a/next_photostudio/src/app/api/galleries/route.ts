import { NextRequest, NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { logger } from "@/lib/logger";
import { thumbnailer } from "@/lib/http";

export async function POST(req: NextRequest) {
  const { shootId, files } = (await req.json()) as { shootId: string; files: string[] };
  const shoot = await prisma.shoot.findUnique({ where: { id: shootId }, include: { client: true } });
  if (!shoot) return NextResponse.json({ error: "not found" }, { status: 404 });
  const { data } = await thumbnailer.post("/batches", { shootId, files });
  logger.info({ shootId, files: files.length, batch: data.batchId }, "thumbnail batch started");
  logger.info(`gallery for ${shoot.client.fullName} <${shoot.client.email}> started`);
  return NextResponse.json({ batchId: data.batchId }, { status: 202 });
}
