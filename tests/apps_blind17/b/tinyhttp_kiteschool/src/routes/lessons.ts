import { App } from '@tinyhttp/app';
import { gatewayHttp } from '../http.js';
import { audit } from '../logger.js';
import { recordLessonPayment } from '../repositories/payments.js';
import { findStudent } from '../repositories/students.js';
import { pushLessonOrder } from '../vendors/ometria.js';

export const lessonRoutes = new App();

interface ChargeResult {
  id: string;
  status: 'succeeded' | 'declined';
  card: { fingerprint: string; last4: string; brand: string };
  decline_code?: string;
}

lessonRoutes.post('/:lessonId/pay', async (req, res) => {
  const { studentId, paymentMethod, amountCents } = req.body as {
    studentId: number;
    paymentMethod: string;
    amountCents: number;
  };
  const student = await findStudent(studentId);
  if (!student) return res.status(404).json({ error: 'unknown student' });

  const { payload } = await gatewayHttp.post('/charges', {
    payload: { amount: amountCents, currency: 'eur', payment_method: paymentMethod, metadata: { lesson: req.params.lessonId } },
  });
  const charge = payload as ChargeResult;
  if (charge.status !== 'succeeded') {
    req.log.warn({ studentId, decline: charge.decline_code }, 'lesson payment declined');
    return res.status(402).json({ error: 'declined' });
  }
  await recordLessonPayment({
    studentId,
    amountCents,
    gatewayRef: charge.id,
    fingerprint: charge.card.fingerprint,
    last4: charge.card.last4,
  });
  req.log.info({ studentId, brand: charge.card.brand, last4: charge.card.last4 }, 'lesson paid');
  req.log.info({ email: student.email, phone: student.phone, amountCents }, 'receipt queued');
  audit('lesson.paid', { studentId, chargeId: charge.id });
  await pushLessonOrder(studentId, charge.id, amountCents);
  res.json({ ok: true });
});
