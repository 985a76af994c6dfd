import { of } from 'rxjs';
import { PaymentsService } from './payments.service';

describe('PaymentsService', () => {
  const http = { post: jest.fn() };
  const cards = { save: jest.fn() };
  const subscribers = { findOneByOrFail: jest.fn().mockResolvedValue({ id: 's1', emailAddress: 'a@b.test' }) };
  const service = new PaymentsService(http as any, cards as any, subscribers as any);

  it('does not save the card unless asked', async () => {
    http.post.mockReturnValue(of({ data: { result: 'APPROVED', reference: 'r1' } }));
    await service.pay('s1', { email: 'a@b.test', cardNumber: '4111111111111111', cvc: '123', expiry: '12/30', amountCents: 500 });
    expect(cards.save).not.toHaveBeenCalled();
  });
});
