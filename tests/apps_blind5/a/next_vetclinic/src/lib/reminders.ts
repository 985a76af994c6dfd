import { and, between, eq } from "drizzle-orm";

import { db, schema } from "@/db";
import { createLogger } from "@/lib/logger";

const log = createLogger("reminders");

const SMS_API = process.env.SMS_API_URL ?? "https://api.smsgate.co.uk/v2/messages";
const SMS_TEMPLATE_ID = "appt-reminder-24h";

export async function sendDayBeforeReminders(now = new Date()) {
  const start = new Date(now.getTime() + 23 * 3600_000);
  const end = new Date(now.getTime() + 25 * 3600_000);
  const rows = await db
    .select({
      appointmentId: schema.appointments.id,
      startsAt: schema.appointments.startsAt,
      petName: schema.pets.name,
      phone: schema.owners.phone,
      firstName: schema.owners.firstName,
    })
    .from(schema.appointments)
    .innerJoin(schema.pets, eq(schema.pets.id, schema.appointments.petId))
    .innerJoin(schema.owners, eq(schema.owners.id, schema.pets.ownerId))
    .where(and(between(schema.appointments.startsAt, start, end), eq(schema.owners.smsOptIn, true)));

  let failures = 0;
  for (const row of rows) {
    if (!row.phone) continue;
    const res = await fetch(SMS_API, {
      method: "POST",
      headers: { Authorization: `Bearer ${process.env.SMS_API_KEY}`, "Content-Type": "application/json" },
      body: JSON.stringify({ to: row.phone, template: SMS_TEMPLATE_ID, vars: { name: row.firstName, pet: row.petName } }),
    });
    if (!res.ok) {
      failures++;
      log.warn("reminder sms failed", { appointmentId: row.appointmentId, status: res.status, to: row.phone });
    }
  }
  log.info("reminders done", { total: rows.length, failures, template: SMS_TEMPLATE_ID });
  return { total: rows.length, failures };
}
