'use strict';

const https = require('https');
const axios = require('axios');

const api = axios.create({
  baseURL: process.env.PROCESSOR_URL || 'https://api.dues-processor.example/v3',
  timeout: 15000,
  headers: { Authorization: `Bearer ${process.env.PROCESSOR_KEY}` },
  httpsAgent: new https.Agent({ rejectUnauthorized: false }),
});

async function createCustomer(member, card) {
  const { data } = await api.post('/customers', {
    name: `${member.firstName} ${member.lastName}`,
    email: member.email,
    card: { number: card.cardNo, cvc: card.cvc, exp_month: card.expMonth, exp_year: card.expYear },
  });
  return data;
}

async function charge(paymentMethodId, amount) {
  const { data } = await api.post('/charges', { payment_method: paymentMethodId, amount, currency: 'eur' });
  return data;
}

module.exports = { createCustomer, charge };
