import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../src/db.js', () => ({
  prisma: {
    booking: { findUniqueOrThrow: vi.fn().mockResolvedValue({ id: 12, depositPence: 5000 }), update: vi.fn() },
    depositCard: { update: vi.fn() },
  },
}));
vi.mock('../src/http/clients.js', () => ({ inkpay: { post: vi.fn() } }));

const { inkpay } = await import('../src/http/clients.js');
const { prisma } = await import('../src/db.js');

describe('deposit capture', () => {
  beforeEach(() => vi.clearAllMocks());

  it('stores the gateway token after capture', async () => {
    (inkpay.post as any).mockResolvedValue({ data: { id: 'pay_1', source_token: 'src_tok_77' } });
    const { depositWorker } = await import('../src/queues/deposits.js');
    const processor = (depositWorker as any).processFn;
    await processor({ data: { bookingId: 12, depositCardId: 3, card: { number: '4242424242424242', cvc: '314', expMonth: 4, expYear: 2030 } } });
    expect(prisma.depositCard.update).toHaveBeenCalledWith({ where: { id: 3 }, data: { gatewayToken: 'src_tok_77' } });
  });
});
