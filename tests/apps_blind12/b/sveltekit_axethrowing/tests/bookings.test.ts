import { describe, expect, it, vi } from 'vitest';

vi.mock('$lib/server/gateway', () => ({
  vaultCard: vi.fn().mockResolvedValue({ token: 'tok_test_7h2', last4: '0000', brand: 'visa' }),
  authorise: vi.fn().mockResolvedValue({ id: 'auth_1', status: 'authorised' })
}));

describe('POST /api/bookings', () => {
  it('returns only last4', async () => {
    const { POST } = await import('../src/routes/api/bookings/+server');
    const request = new Request('http://localhost/api/bookings', {
      method: 'POST',
      body: JSON.stringify({ laneSlot: '2026-05-02T19:00/lane3', guests: 4, card: { cardNumber: 'CARD-PLACEHOLDER', expMonth: 9, expYear: 2029, cvc: '000', holder: 'Test Thrower' } })
    });
    const res = await POST({ request, locals: { throwerId: 'th_1', log: console } } as never);
    expect(await res.json()).toMatchObject({ last4: '0000' });
  });
});
