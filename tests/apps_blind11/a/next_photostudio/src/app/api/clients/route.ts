import { NextRequest, NextResponse } from "next/server";
import * as Sentry from "@sentry/nextjs";
import { z } from "zod";
import { prisma } from "@/lib/prisma";
import { logger } from "@/lib/logger";
import { audit } from "@/lib/audit";
import { crmQueue } from "@/lib/queue";
import { sendSignup } from "@/lib/snapchat";
import { handleError, HttpError } from "@/lib/errors";
import { withContext } from "@/lib/requestContext";

const ClientInput = z.object({
  fullName: z.string().min(2),
  email: z.string().email(),
  phone: z.string().optional(),
  postcode: z.string().optional(),
});

export async function POST(req: NextRequest) {
  const body = await req.json();
  return withContext({ requestId: crypto.randomUUID(), clientEmail: body.email, ip: req.ip }, async () => {
    try {
      const input = ClientInput.parse(body);
      const existing = await prisma.client.findUnique({ where: { email: input.email } });
      if (existing) throw new HttpError(409, `client ${input.email} already registered`);
      const client = await prisma.client.create({ data: input });
      logger.info({ clientId: client.id }, "client created");
      logger.debug({ client }, "client record");
      audit("client.create", client.id, { email: client.email, postcode: client.postcode });
      await crmQueue.add("upsert", { clientId: client.id });
      await sendSignup(client);
      Sentry.setUser({ id: client.id });
      return NextResponse.json({ id: client.id }, { status: 201 });
    } catch (err) {
      return handleError(err);
    }
  });
}
