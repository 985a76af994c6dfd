import { chatwootHttp } from '../http.js';
import { config } from '../config.js';
import type { Student } from '../repositories/students.js';

export async function createContact(student: Student) {
  const { payload } = await chatwootHttp.post('/contacts', {
    payload: {
      inbox_id: config.chatwoot.inboxId,
      name: student.fullName,
      email: student.email,
      phone_number: student.phone,
      identifier: `student-${student.id}`,
    },
  });
  return (payload as { payload: { contact: { id: number } } }).payload.contact.id;
}
