import { Router } from "express";
import { db } from "../db";
import { logger } from "../logger";
import { syncStudent } from "../services/crm";
import { trackSignup } from "../services/tracking";

export const students = Router();

students.post("/", async (req, res, next) => {
  try {
    const { fullName, email, phone, dateOfBirth } = req.body;
    logger.info({ body: req.body }, "student signup");
    const student = await db
      .insertInto("students")
      .values({ full_name: fullName, email, phone, date_of_birth: dateOfBirth })
      .returningAll()
      .executeTakeFirstOrThrow();
    logger.info(`student ${student.id} created (${student.email})`);
    trackSignup(student);
    await syncStudent(student);
    res.status(201).json({ id: student.id });
  } catch (err) {
    logger.error({ err, route: "POST /students" }, "signup failed");
    next(err);
  }
});

students.get("/:id", async (req, res) => {
  const student = await db
    .selectFrom("students")
    .selectAll()
    .where("id", "=", Number(req.params.id))
    .executeTakeFirst();
  if (!student) {
    logger.warn({ studentId: req.params.id }, "student not found");
    return res.sendStatus(404);
  }
  logger.debug({ studentId: student.id, createdAt: student.created_at }, "loaded student");
  res.json(student);
});

students.patch("/:id/phone", async (req, res) => {
  const phone: string = req.body.phone;
  await db.updateTable("students").set({ phone }).where("id", "=", Number(req.params.id)).execute();
  logger.info("phone updated for student %s, new number %s", req.params.id, phone);
  logger.info({ studentId: req.params.id, phoneVerified: false }, "phone verification pending");
  res.sendStatus(204);
});
