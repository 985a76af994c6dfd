import { Router } from "express";
import { sql } from "kysely";
import { db } from "../db";
import { logger } from "../logger";

export const admin = Router();

const audit = logger.child({ channel: "audit" });

admin.use((req, res, next) => {
  const staffId = req.header("x-staff-id");
  if (!staffId) {
    logger.warn({ path: req.path, ip: req.ip }, "admin request without staff id");
    return res.sendStatus(403);
  }
  res.locals.staffId = Number(staffId);
  next();
});

admin.get("/rooms/utilisation", async (_req, res) => {
  const started = Date.now();
  const rows = await db
    .selectFrom("lessons")
    .select(["room", sql<number>`count(*)`.as("lessons")])
    .groupBy("room")
    .execute();
  logger.info({ rooms: rows.length, tookMs: Date.now() - started }, "room utilisation computed");
  res.json(rows);
});

admin.post("/lessons/:id/move", async (req, res) => {
  const { room, startsAt } = req.body as { room: string; startsAt: string };
  await db
    .updateTable("lessons")
    .set({ room, starts_at: new Date(startsAt) })
    .where("id", "=", Number(req.params.id))
    .execute();
  audit.info({ staffId: res.locals.staffId, lessonId: req.params.id, room }, "lesson moved");
  res.sendStatus(204);
});

admin.get("/invoices/:number", async (req, res) => {
  const lesson = await db
    .selectFrom("lessons")
    .select(["id", "invoice_number", "student_id"])
    .where("invoice_number", "=", req.params.number)
    .executeTakeFirst();
  logger.info({ invoiceNumber: req.params.number, found: Boolean(lesson) }, "invoice lookup");
  res.json(lesson ?? null);
});

admin.delete("/students/:id/card", async (req, res) => {
  const deleted = await db.deleteFrom("payment_profiles").where("student_id", "=", Number(req.params.id)).executeTakeFirst();
  audit.info({ staffId: res.locals.staffId, studentId: req.params.id, rows: Number(deleted.numDeletedRows) }, "card removed");
  res.sendStatus(204);
});
