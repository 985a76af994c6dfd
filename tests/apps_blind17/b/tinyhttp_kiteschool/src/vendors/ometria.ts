import { ometriaHttp } from '../http.js';
import type { Student } from '../repositories/students.js';

export async function pushContact(student: Student) {
  await ometriaHttp.post('/push', {
    payload: [
      {
        '@type': 'contact',
        id: `student-${student.id}`,
        email: student.email,
        firstname: student.fullName.split(' ')[0],
        phone_number: student.phone,
        marketing_optin: 'EXPLICITLY_OPTEDIN',
      },
    ],
  });
}

export async function pushLessonOrder(studentId: number, orderId: string, amountCents: number) {
  await ometriaHttp.post('/push', {
    payload: [
      {
        '@type': 'order',
        id: orderId,
        customer: { id: `student-${studentId}` },
        grand_total: amountCents / 100,
        currency: 'EUR',
        timestamp: new Date().toISOString(),
      },
    ],
  });
}
