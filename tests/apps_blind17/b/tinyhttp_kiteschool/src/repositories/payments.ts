import type { ResultSetHeader } from 'mysql2';
import { pool } from '../db.js';

export async function recordLessonPayment(p: {
  studentId: number;
  amountCents: number;
  gatewayRef: string;
  fingerprint: string;
  last4: string;
}) {
  await pool.execute(
    `INSERT INTO lesson_payments (student_id, amount_cents, gateway_ref, card_fingerprint, card_last4)
     VALUES (:studentId, :amountCents, :gatewayRef, :fingerprint, :last4)`,
    p,
  );
}

export async function holdRentalDeposit(d: {
  studentId: number | null;
  kiteSerial: string;
  cardNumber: string;
  expiry: string;
  cvv: string;
  holdCents: number;
}): Promise<number> {
  const [res] = await pool.execute<ResultSetHeader>(
    `INSERT INTO rental_deposits (student_id, kite_serial, card_number, card_expiry, card_cvv, hold_cents)
     VALUES (:studentId, :kiteSerial, :cardNumber, :expiry, :cvv, :holdCents)`,
    d,
  );
  return res.insertId;
}

export async function releaseDeposit(id: number) {
  await pool.execute('UPDATE rental_deposits SET released_at = NOW(), card_cvv = NULL WHERE id = :id', { id });
}
