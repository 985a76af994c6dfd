import request from 'supertest';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../src/services/payvane.js', () => ({
  tokenizeCard: vi.fn().mockResolvedValue({ token: 'pv_tok_7Qx1', last4: '0019', brand: 'visa' }),
  authorizeDeposit: vi.fn().mockResolvedValue({ id: 'auth_1' }),
}));

import { app } from '../src/app.js';

describe('POST /bookings/tokenized', () => {
  it('stores only the token and last4', async () => {
    const res = await request(app)
      .post('/bookings/tokenized')
      .send({ jumperId: '665f1c0a9b1e8a0012345678', product: 'tandem', jumpDate: '2025-07-04', priceCents: 27900, paymentToken: 'pv_tok_7Qx1', last4: '0019' });
    expect(res.status).toBe(201);
  });
});
