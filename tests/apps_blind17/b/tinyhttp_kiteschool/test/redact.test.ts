import { describe, expect, it } from 'vitest';
import { redact } from '../src/logger.js';

describe('redact', () => {
  it('masks the password and card number', () => {
    const out = redact({ fullName: 'Ines Duarte', password: 'hunter2', cardNumber: '5555555555554444' });
    expect(out.password).toBe('[redacted]');
    expect(out.cardNumber).toBe('[redacted]');
  });

  it('keeps locker numbers', () => {
    expect(redact({ wetsuitLockerNo: 'L-0412' }).wetsuitLockerNo).toBe('L-0412');
  });
});
