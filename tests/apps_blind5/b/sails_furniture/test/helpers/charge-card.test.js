const { expect } = require('chai');
const nock = require('nock');

describe('helpers.chargeCard', () => {
  afterEach(() => nock.cleanAll());

  it('sends the deposit card to the lender', async () => {
    const scope = nock('https://deposits.easylend.example')
      .post('/v1/charge', (body) => body.pan === '4000000000000077' && body.cvc === '123')
      .reply(200, { reference: 'EL-1' });
    const res = await sails.helpers.chargeCard.with({
      amountCents: 5000,
      card: { number: '4000000000000077', cvc: '123', expiry: '12/30' },
      reference: 'FIN-1',
    });
    expect(res.reference).to.equal('EL-1');
    scope.done();
  });

  it('charges a saved payment method through a payment intent', async () => {
    nock('https://api.paygate.example')
      .post('/v1/payment_intents')
      .reply(200, { id: 'pi_3Kx9', status: 'succeeded' });
    const res = await sails.helpers.chargeCard.with({ amountCents: 129900, paymentMethodId: 'pm_1Abc', reference: 'OH-10293' });
    expect(res.status).to.equal('succeeded');
  });
});
