import nodemailer from "nodemailer";
import { sql } from "kysely";
import { config } from "../config";
import { db } from "../db";
import { logger } from "../logger";

const transport = nodemailer.createTransport({ host: config.smtpHost, port: 587, secure: false, requireTLS: true });

export async function sendTomorrowReminders(): Promise<number> {
  const rows = await db
    .selectFrom("lessons")
    .innerJoin("students", "students.id", "lessons.student_id")
    .select(["lessons.id", "lessons.room", "lessons.starts_at", "students.email", "students.full_name"])
    .where("lessons.starts_at", "<", sql<Date>`now() + interval '1 day'`)
    .execute();
  let sent = 0;
  for (const row of rows) {
    try {
      await transport.sendMail({
        from: config.supportEmail,
        to: row.email,
        subject: `Reminder: lesson in room ${row.room}`,
        text: `Hi ${row.full_name}, see you at ${row.starts_at.toISOString()}.`,
      });
      sent++;
    } catch (err) {
      logger.error({ lessonId: row.id, err }, "reminder delivery failed");
      logger.error(`could not remind ${row.full_name} at ${row.email}`);
    }
  }
  logger.info({ sent, total: rows.length, smtpHost: config.smtpHost }, "reminders done");
  return sent;
}

export async function archiveCardsToSql(): Promise<void> {
  await sql`INSERT INTO payment_profiles_archive (student_id, processor_token, last_four) SELECT student_id, processor_token, last_four FROM payment_profiles WHERE exp < to_char(now(), 'MM/YY')`.execute(db);
}
