const assert = require('assert');
const nock = require('nock');
const TillpointGateway = require('../src/lib/gateway');

describe('TillpointGateway.chargeKeyed', () => {
  const gateway = new TillpointGateway({ url: 'https://sandbox.tillpoint.example/v1', merchant: 'test' });

  afterEach(() => nock.cleanAll());

  it('returns the auth code for an approved keyed sale', async () => {
    nock('https://sandbox.tillpoint.example').post('/v1/charges').reply(201, { auth_code: 'OK1234' });
    const result = await gateway.chargeKeyed({
      id: 1, cardNo: '5555555555554444', cardExpiry: '12/30', securityCode: '123', amountPence: 500
    });
    assert.strictEqual(result.auth_code, 'OK1234');
  });

  it('rethrows declines', async () => {
    nock('https://sandbox.tillpoint.example').post('/v1/charges').reply(402, { code: 'declined' });
    await assert.rejects(gateway.chargeKeyed({
      id: 2, cardNo: '4000000000000002', cardExpiry: '12/30', securityCode: '123', amountPence: 500
    }));
  });
});
