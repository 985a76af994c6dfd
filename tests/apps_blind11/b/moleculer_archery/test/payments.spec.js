const nock = require('nock');
const { ServiceBroker } = require('moleculer');
const PaymentsService = require('../services/payments.service');

describe('payments.saveCard', () => {
  const broker = new ServiceBroker({ logger: false });
  broker.createService(PaymentsService);
  beforeAll(() => broker.start());
  afterAll(() => broker.stop());

  it('stores only the vault reference', async () => {
    nock('https://api.quiverpay.example').post('/v2/vault/cards').reply(200, { id: 'card_qp_91xLm', brand: 'visa' });
    const res = await broker.call('payments.saveCard', {
      member_id: 3,
      number: '4963780838901035',
      exp_month: '04',
      exp_year: '2029',
      cvc: '771',
    });
    expect(res.last4).toBe('1035');
  });
});
