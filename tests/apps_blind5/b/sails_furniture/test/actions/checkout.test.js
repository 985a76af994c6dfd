const { expect } = require('chai');
const nock = require('nock');
const supertest = require('supertest');

describe('POST /api/v1/orders/checkout', () => {
  let agent;
  let user;
  let order;
  let pm;
  let address;

  before(async () => {
    user = await User.create({
      emailAddress: 'fixture.buyer@example.com',
      password: await sails.helpers.passwords.hashPassword('correct horse battery staple'),
      fullName: 'Fixture Buyer',
    }).fetch();
    address = await Address.create({ line1: '1 Test Street', city: 'Leeds', postcode: 'LS1 1AA', owner: user.id }).fetch();
    pm = await PaymentMethod.create({
      gatewayPaymentMethodId: 'pm_test_visa',
      brand: 'visa',
      last4: '4242',
      bin: '424242',
      expMonth: 12,
      expYear: 2031,
      funding: 'credit',
      owner: user.id,
    }).fetch();
    order = await Order.create({
      orderNumber: 'OH-TEST-0001',
      customer: user.id,
      lines: [{ sku: 'SOFA-3S-GRY', qty: 1 }],
      totalCents: 89900,
    }).fetch();
    agent = supertest.agent(sails.hooks.http.app);
    await agent.put('/api/v1/entrance/login').send({ emailAddress: user.emailAddress, password: 'correct horse battery staple' });
  });

  afterEach(() => nock.cleanAll());

  it('charges the saved card and books the van', async () => {
    nock('https://api.paygate.example').post('/v1/payment_intents').reply(200, { id: 'pi_test_1', status: 'succeeded' });
    nock('http://dispatch.vanline.example').post('/api/jobs').reply(201, { jobId: 'VL-77' });
    nock('https://track.customer.io').post(/.*/).reply(200, {});
    nock('https://api.sendgrid.com').post('/v3/mail/send').reply(202);

    const res = await agent.post('/api/v1/orders/checkout').send({
      orderId: order.id,
      paymentMethodId: pm.id,
      addressId: address.id,
      deliverySlot: '2024-06-01T08:00/12:00',
    });
    expect(res.status).to.equal(200);
    const updated = await Order.findOne({ id: order.id });
    expect(updated.status).to.equal('paid');
    expect(updated.cardLast4).to.equal('4242');
  });

  it('returns 402 when the gateway declines', async () => {
    nock('https://api.paygate.example').post('/v1/payment_intents').reply(402, { error: 'card_declined' });
    const res = await agent.post('/api/v1/orders/checkout').send({
      orderId: order.id,
      paymentMethodId: pm.id,
      addressId: address.id,
      deliverySlot: '2024-06-02T08:00/12:00',
    });
    expect(res.status).to.equal(402);
  });
});
