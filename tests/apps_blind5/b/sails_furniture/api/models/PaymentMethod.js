/**
 * PaymentMethod.js
 *
 * Cards saved at the gateway. Only the gateway reference and display data are kept.
 */
module.exports = {
  attributes: {
    gatewayPaymentMethodId: { type: 'string', required: true, unique: true },
    brand: { type: 'string' },
    last4: { type: 'string', maxLength: 4 },
    bin: { type: 'string', maxLength: 6 },
    expMonth: { type: 'number' },
    expYear: { type: 'number' },
    funding: { type: 'string', isIn: ['credit', 'debit', 'prepaid', 'unknown'] },
    owner: { model: 'user' },
  },
};
