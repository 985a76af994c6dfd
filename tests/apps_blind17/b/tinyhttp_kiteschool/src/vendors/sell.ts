import { sellHttp } from '../http.js';
import type { Student } from '../repositories/students.js';

export async function createLead(student: Student, source: string) {
  const [firstName, ...rest] = student.fullName.split(' ');
  const data: Record<string, unknown> = { first_name: firstName, last_name: rest.join(' ') || '-' };
  data.email = student.email;
  data.mobile = student.phone;
  data.tags = ['kite-lesson', source];
  data.custom_fields = { 'Student ID': String(student.id) };
  await sellHttp.post('/leads', { payload: { data } });
}
