import { describe, expect, it, mock } from 'bun:test';
import { last4, redact } from '../src/lib/logger';

mock.module('../src/services/gateway', () => ({
  charge: mock(async () => ({ id: 'ch_test_1', status: 'succeeded', card: { brand: 'visa', last4: '4242' }, token: 'tok_1' })),
}));

describe('logging helpers', () => {
  it('keeps only the last four digits', () => {
    expect(last4('4242 4242 4242 4242')).toBe('4242');
    expect(last4('4000 0566 5566 5556')).toBe('5556');
  });

  it('redacts card and contact fields', () => {
    const body = { fullName: 'Test Client', email: 'test@example.com', card: { number: '4242424242424242' }, design: 'swallow' };
    expect(redact(body)).toEqual({ fullName: '[redacted]', email: '[redacted]', card: '[redacted]', design: 'swallow' });
  });

  it('does not treat a booking reference as a card', () => {
    expect(last4('BL-6512 3300 9187 4410')).toBe('4410');
  });
});
