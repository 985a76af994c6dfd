import Mixpanel from "mixpanel";
import { createHash } from "node:crypto";
import { config } from "../config";

const mixpanel = Mixpanel.init(config.mixpanelToken);

const sha = (v: string) => createHash("sha256").update(v.trim().toLowerCase()).digest("hex");

export function trackSignup(student: { id: number; email: string; full_name: string; phone: string | null }) {
  mixpanel.people.set(String(student.id), {
    $email: student.email,
    $name: student.full_name,
    $phone: student.phone,
  });
  mixpanel.track("student_signup", { distinct_id: String(student.id) });
}

export function trackLessonBooked(studentId: number, email: string, instrument: string) {
  mixpanel.track("lesson_booked", {
    distinct_id: String(studentId),
    email_hash: sha(email),
    instrument,
  });
}
