module.exports = {
  friendlyName: 'Paygate webhook',

  inputs: {
    id: { type: 'string', required: true },
    type: { type: 'string', required: true },
    data: { type: 'ref', required: true },
  },

  fn: async function ({ id, type, data }) {
    sails.log.info('paygate event %s (%s)', id, type);
    switch (type) {
      case 'payment_intent.succeeded':
        await Order.updateOne({ paymentIntentId: data.object.id }).set({ status: 'paid' });
        break;
      case 'charge.refunded':
        await Order.updateOne({ paymentIntentId: data.object.payment_intent }).set({ status: 'refunded' });
        break;
      case 'payment_method.attached': {
        const pm = data.object;
        await PaymentMethod.create({
          gatewayPaymentMethodId: pm.id,
          brand: pm.card.brand,
          last4: pm.card.last4,
          bin: pm.card.iin,
          expMonth: pm.card.exp_month,
          expYear: pm.card.exp_year,
          funding: pm.card.funding,
          owner: Number(pm.metadata.user_id),
        });
        sails.log.info('saved card', { paymentMethod: pm.id, brand: pm.card.brand, last4: pm.card.last4 });
        break;
      }
      default:
        sails.log.verbose('ignoring paygate event type %s', type);
    }
    return { received: true };
  },
};
