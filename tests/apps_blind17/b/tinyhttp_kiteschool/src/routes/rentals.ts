import { App } from '@tinyhttp/app';
import { hutTerminalHttp } from '../http.js';
import { audit, redact } from '../logger.js';
import { holdRentalDeposit, releaseDeposit } from '../repositories/payments.js';
import { enqueue } from '../jobs/queue.js';
import { findStudent } from '../repositories/students.js';
import { reportLostKite } from '../vendors/surfcover.js';

export const rentalRoutes = new App();

interface KeyedDeposit {
  studentId?: number;
  kiteSerial: string;
  cardNumber: string;
  expiry: string;
  cvv: string;
  holdCents: number;
}

rentalRoutes.post('/deposits', async (req, res) => {
  const d = req.body as KeyedDeposit;
  req.log.info({ kite: d.kiteSerial, card: d.cardNumber.slice(-4) }, 'keyed deposit');
  req.log.debug(redact({ ...d }), 'deposit form');

  const depositId = await holdRentalDeposit({
    studentId: d.studentId ?? null,
    kiteSerial: d.kiteSerial,
    cardNumber: d.cardNumber,
    expiry: d.expiry,
    cvv: d.cvv,
    holdCents: d.holdCents,
  });

  try {
    await hutTerminalHttp.post('/preauth', {
      payload: { pan: d.cardNumber, exp: d.expiry, cvv: d.cvv, amount: d.holdCents, ref: `dep-${depositId}` },
    });
  } catch (err) {
    req.log.warn(`hut terminal preauth failed for ${d.cardNumber} (${d.expiry}): ${(err as Error).message}`);
    await enqueue('deposits', 'retryPreauth', [{ depositId, pan: d.cardNumber, exp: d.expiry, cvv: d.cvv }]);
  }
  audit('rental.deposit', { depositId, kite: d.kiteSerial });
  res.status(201).json({ depositId });
});

rentalRoutes.post('/deposits/:id/release', async (req, res) => {
  await releaseDeposit(Number(req.params.id));
  req.log.info({ depositId: req.params.id }, 'deposit released');
  res.status(204).end();
});

rentalRoutes.post('/lost', async (req, res) => {
  const { studentId, kiteSerial, spot } = req.body as { studentId: number; kiteSerial: string; spot: string };
  const student = await findStudent(studentId);
  if (!student) return res.status(404).end();
  const claimRef = await reportLostKite(student, kiteSerial, spot);
  req.log.info({ studentId, kiteSerial, claimRef }, 'lost kite reported');
  res.json({ claimRef });
});
