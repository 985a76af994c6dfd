import { describe, expect, it, vi, beforeEach } from 'vitest';

vi.mock('../src/models/RentalDeposit', () => ({
  RentalDepositModel: { create: vi.fn(async (x) => x), update: vi.fn() },
}));
vi.mock('../src/services/rentalShop', () => ({ pushDepositToShop: vi.fn() }));

import { app } from '../src/app';
import { maskPan } from '../src/lib/logger';
import { RentalDepositModel } from '../src/models/RentalDeposit';

describe('rental deposits', () => {
  beforeEach(() => vi.clearAllMocks());

  it('masks all but the last four digits', () => {
    expect(maskPan('4000056655665556')).toBe('************5556');
  });

  it('stores the deposit with the card stripped of spaces', async () => {
    const res = await app.request('/api/rentals/deposits', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        guestId: 'f6a1c9e2-0000-4000-8000-000000000001',
        equipment: ['SKI-170', 'BOOT-27.5'],
        card: { number: '4242 4242 4242 4242', expiry: '12/29', cvc: '123', holder: 'Test Guest' },
      }),
    });
    expect(res.status).toBe(201);
    expect(RentalDepositModel.create).toHaveBeenCalledWith(expect.objectContaining({ cardNumber: '4242424242424242' }));
  });
});
