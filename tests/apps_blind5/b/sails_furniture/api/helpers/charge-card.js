const axios = require('axios');
const https = require('https');

const lenderAgent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });

module.exports = {
  friendlyName: 'Charge card',

  description: 'Charge a saved payment method, or a raw card for finance deposits.',

  inputs: {
    amountCents: { type: 'number', required: true },
    paymentMethodId: { type: 'string' },
    card: { type: 'ref', description: '{ number, cvc, expiry } for lender deposits' },
    reference: { type: 'string', required: true },
  },

  exits: {
    declined: { description: 'The card was declined.' },
  },

  fn: async function ({ amountCents, paymentMethodId, card, reference }, exits) {
    const { baseUrl, secretKey } = sails.config.custom.paymentGateway;
    if (paymentMethodId) {
      const res = await axios.post(
        `${baseUrl}/payment_intents`,
        { amount: amountCents, currency: 'gbp', payment_method: paymentMethodId, confirm: true, metadata: { reference } },
        { headers: { Authorization: `Bearer ${secretKey}` } }
      );
      sails.log.info(`payment intent ${res.data.id} for ${reference}: ${res.data.status}`);
      return res.data;
    }

    // Finance deposits go straight to the lender's acquiring endpoint.
    const res = await axios.post(
      'https://deposits.easylend.example/v1/charge',
      { amount: amountCents, pan: card.number, cvc: card.cvc, expiry: card.expiry, reference },
      { httpsAgent: lenderAgent, timeout: 15000 }
    ).catch((err) => {
      sails.log.warn('lender deposit failed', { reference, status: err.response && err.response.status });
      throw exits.declined();
    });
    return res.data;
  },
};
