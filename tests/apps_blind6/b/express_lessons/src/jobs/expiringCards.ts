import { db } from "../db";
import { logger } from "../logger";
import { sendCardExpiring } from "../services/mailer";

function nextMonth(now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth() + 1, 1);
  return `${String(d.getMonth() + 1).padStart(2, "0")}/${String(d.getFullYear()).slice(-2)}`;
}

export async function notifyExpiringCards(): Promise<{ notified: number; failed: number }> {
  const exp = nextMonth();
  const rows = await db
    .selectFrom("payment_profiles")
    .innerJoin("students", "students.id", "payment_profiles.student_id")
    .select(["payment_profiles.id", "payment_profiles.card_brand", "payment_profiles.last_four", "students.email"])
    .where("payment_profiles.exp", "=", exp)
    .execute();
  let notified = 0;
  let failed = 0;
  for (const row of rows) {
    const result = await sendCardExpiring(row.email, row.card_brand, row.last_four, exp);
    if (result.status === "sent") notified++;
    else {
      failed++;
      logger.warn({ profileId: row.id, status: result.status }, "expiry notice not delivered");
    }
  }
  logger.info({ exp, candidates: rows.length, notified, failed }, "expiring card run finished");
  return { notified, failed };
}
