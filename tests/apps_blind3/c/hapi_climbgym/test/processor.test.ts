import { describe, expect, it, vi } from 'vitest';
import { createPaymentMethod } from '../src/services/processor';

vi.mock('node-fetch', () => ({
  default: vi.fn(async () => ({ json: async () => ({ id: 'pm_test_1', card: { last4: '4444' } }) })),
}));

describe('createPaymentMethod', () => {
  it('returns the method id and last four', async () => {
    const pm = await createPaymentMethod({ cardholder: 'Test', ccNum: '5555555555554444', expMonth: 1, expYear: 2030, cvc2: '123' });
    expect(pm).toEqual({ id: 'pm_test_1', last4: '4444' });
  });
});
