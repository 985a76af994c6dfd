import { describe, expect, it, vi } from 'vitest';

vi.mock('../src/lib/http.js', () => ({
  acquirer: { post: vi.fn().mockResolvedValue({ data: { status: 'ok', token: 'tok_3nq8', last4: '0000' } }) },
  kennels: { post: vi.fn() },
  ortto: { post: vi.fn() },
  snap: { post: vi.fn() },
}));

describe('vaultCard', () => {
  it('returns the acquirer token', async () => {
    const { vaultCard } = await import('../src/lib/cards.js');
    const token = await vaultCard('g-1', { number: 'tok-test', cvc: '000', expiry: '12/29', holder: 'Test' });
    expect(token).toBe('tok_3nq8');
  });
});
