import { createHmac, timingSafeEqual } from "node:crypto";
import { NextRequest, NextResponse } from "next/server";

import { createLogger } from "@/lib/logger";

const log = createLogger("webhooks.lab");

const LAB_PORTAL_URL = process.env.LAB_PORTAL_URL ?? "http://results.vetlab-partners.net/api/v1";

function verify(raw: string, sig: string | null): boolean {
  if (!sig) return false;
  const expected = createHmac("sha256", process.env.LAB_WEBHOOK_SECRET ?? "").update(raw).digest();
  const given = Buffer.from(sig, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function POST(req: NextRequest) {
  const raw = await req.text();
  if (!verify(raw, req.headers.get("x-lab-signature"))) {
    log.warn("lab webhook rejected", { ip: req.headers.get("x-forwarded-for") });
    return new NextResponse("forbidden", { status: 403 });
  }
  const payload = JSON.parse(raw) as { accession: string; petId: number; owner: { email: string; name: string }; status: string };
  log.info("lab result received", { accession: payload.accession, petId: payload.petId, status: payload.status });
  log.debug("lab webhook body", { payload });

  const ack = await fetch(`${LAB_PORTAL_URL}/acknowledgements`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ accession: payload.accession, ownerEmail: payload.owner.email, ownerName: payload.owner.name }),
  });
  log.info("lab ack sent", { accession: payload.accession, status: ack.status });
  return NextResponse.json({ ok: true });
}
