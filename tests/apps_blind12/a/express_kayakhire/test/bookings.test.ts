import { describe, expect, it, vi } from 'vitest';
import request from 'supertest';

vi.mock('../src/http/clients.js', () => ({
  riverpay: { post: vi.fn().mockResolvedValue({ data: { status: 'approved' } }) },
  inventory: { post: vi.fn().mockResolvedValue({}) },
  heapClient: { post: vi.fn() },
  appcuesClient: { post: vi.fn() },
  waiverbox: { post: vi.fn() },
}));

describe('POST /bookings', () => {
  it('creates a booking with a deposit', async () => {
    const { app } = await import('../src/server.js');
    const res = await request(app).post('/bookings').send({
      renterId: 'r_1',
      craft: 'sit-on-top double',
      startsAt: '2026-07-01T09:00:00Z',
      hours: 3,
      card: { number: '5178000667175017', cvc: '311', expiry: '09/29' },
    });
    expect(res.status).toBe(201);
  });
});
