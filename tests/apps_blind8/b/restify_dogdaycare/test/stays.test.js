'use strict';

const { expect } = require('chai');
const nock = require('nock');
const { luhnValid, maskCard } = require('../lib/cards');
const gateway = require('../services/gateway');

describe('cards helpers', () => {
  it('accepts gateway test numbers', () => {
    expect(luhnValid('4111 1111 1111 1111')).to.equal(true);
    expect(luhnValid('5555555555554444')).to.equal(true);
  });

  it('rejects a mistyped number', () => {
    expect(luhnValid('4111111111111121')).to.equal(false);
  });

  it('masks all but bin and last four', () => {
    expect(maskCard('378282246310005')).to.equal('378282*****0005');
  });
});

describe('gateway.chargeCard', () => {
  afterEach(() => nock.cleanAll());

  it('posts the card and amount to /charges', async () => {
    const scope = nock('https://api.payrails.example')
      .post('/v1/charges', (body) => body.amount === 4500 && body.card.number === '5555555555554444')
      .reply(200, { id: 'ch_1', status: 'succeeded' });
    const charge = await gateway.chargeCard({ number: '5555555555554444', exp_month: 1, exp_year: 2031 }, 4500, 'No-show T1');
    expect(charge.status).to.equal('succeeded');
    scope.done();
  });

  it('rethrows a decline', async () => {
    nock('https://api.payrails.example').post('/v1/charges').reply(402, { error: 'card_declined' });
    let caught;
    try {
      await gateway.chargeCard({ number: '4000000000000002', exp_month: 1, exp_year: 2031 }, 4500, 'No-show T2');
    } catch (err) {
      caught = err;
    }
    expect(caught.response.status).to.equal(402);
  });
});

describe('gateway.tokenize', () => {
  afterEach(() => nock.cleanAll());

  it('returns token, brand and last four', async () => {
    nock('https://api.payrails.example').post('/v1/tokens').reply(200, { id: 'tok_123', card: { brand: 'visa', last4: '1111' } });
    const saved = await gateway.tokenize({ number: '4111111111111111', expMonth: 12, expYear: 2030, cvc: '123', holder: 'T Est' });
    expect(saved).to.deep.equal({ token: 'tok_123', brand: 'visa', lastFour: '1111' });
  });
});
