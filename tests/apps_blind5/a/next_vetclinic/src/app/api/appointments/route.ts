import { and, eq, gte } from "drizzle-orm";
import { NextRequest, NextResponse } from "next/server";
import { z } from "zod";

import { db, schema } from "@/db";
import { createLogger } from "@/lib/logger";
import { posthog } from "@/lib/posthog";

const log = createLogger("api.appointments");

const BookingSchema = z.object({
  petId: z.number().int(),
  vetId: z.number().int(),
  startsAt: z.string().datetime(),
  reason: z.string().max(500).optional(),
  owner: z.object({
    firstName: z.string(),
    lastName: z.string(),
    email: z.string().email(),
    phone: z.string().optional(),
  }),
});

export async function GET(req: NextRequest) {
  const vetId = Number(req.nextUrl.searchParams.get("vet"));
  const from = new Date(req.nextUrl.searchParams.get("from") ?? Date.now());
  const rows = await db
    .select({ id: schema.appointments.id, startsAt: schema.appointments.startsAt, status: schema.appointments.status })
    .from(schema.appointments)
    .where(and(eq(schema.appointments.vetId, vetId), gte(schema.appointments.startsAt, from)));
  log.info("slots listed", { vetId, count: rows.length });
  return NextResponse.json(rows);
}

export async function POST(req: NextRequest) {
  const body = await req.json();
  const parsed = BookingSchema.safeParse(body);
  if (!parsed.success) {
    log.warn("invalid booking payload", { issues: parsed.error.issues.length });
    return NextResponse.json({ error: "invalid" }, { status: 422 });
  }
  const { owner, ...booking } = parsed.data;
  log.info(`booking request from ${owner.firstName} ${owner.lastName} (${owner.email}) for pet ${booking.petId}`);

  const [appt] = await db
    .insert(schema.appointments)
    .values({ petId: booking.petId, vetId: booking.vetId, startsAt: new Date(booking.startsAt), reason: booking.reason })
    .returning({ id: schema.appointments.id });

  posthog().capture({
    distinctId: owner.email,
    event: "appointment_booked",
    properties: { appointmentId: appt.id, vetId: booking.vetId, phone: owner.phone, $set: { name: `${owner.firstName} ${owner.lastName}` } },
  });

  log.info("appointment created", { appointmentId: appt.id, petId: booking.petId, vetId: booking.vetId });
  return NextResponse.json({ id: appt.id }, { status: 201 });
}
