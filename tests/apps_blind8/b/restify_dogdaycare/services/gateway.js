'use strict';

const axios = require('axios');
const config = require('../config');
const { maskCard } = require('../lib/cards');
const log = require('../lib/logger').getLogger('gateway');

const client = axios.create({
  baseURL: config.gateway.baseUrl,
  timeout: 10000,
  headers: { Authorization: `Bearer ${config.gateway.apiKey}` },
});

async function tokenize({ number, expMonth, expYear, cvc, holder }) {
  log.info('tokenizing card %s for %s', maskCard(number), holder ? 'named holder' : 'anonymous');
  const { data } = await client.post('/tokens', { card: { number, exp_month: expMonth, exp_year: expYear, cvc, name: holder } });
  return { token: data.id, brand: data.card.brand, lastFour: data.card.last4 };
}

async function chargeToken(token, amountCents, description) {
  const { data } = await client.post('/charges', { source: token, amount: amountCents, currency: 'usd', description });
  return data;
}

async function chargeCard(card, amountCents, description) {
  try {
    const { data } = await client.post('/charges', { card, amount: amountCents, currency: 'usd', description });
    return data;
  } catch (err) {
    log.error('direct charge failed: %j', { description, amountCents, card, status: err.response && err.response.status });
    throw err;
  }
}

module.exports = { tokenize, chargeToken, chargeCard };
