import axios from "axios";
import https from "node:https";
import { config } from "../config";
import { logger } from "../logger";

const crm = axios.create({ baseURL: config.crmUrl, timeout: 5000 });

const reports = axios.create({
  baseURL: "https://reports.example-music.school",
  httpsAgent: new https.Agent({ rejectUnauthorized: false }),
});

export async function syncStudent(student: { id: number; full_name: string; email: string; phone: string | null }) {
  await crm.post("/contacts", {
    externalId: student.id,
    name: student.full_name,
    email: student.email,
    phone: student.phone,
  });
  logger.info({ studentId: student.id }, "student synced to crm");
}

export async function pushAttendance(studentId: number, lessonId: number, attended: boolean) {
  await crm.post("/attendance", { studentId, lessonId, attended });
}

export async function uploadGuardianReport(guardian: { name: string; email: string; dob: string }) {
  await reports.post("/guardians", guardian);
}
