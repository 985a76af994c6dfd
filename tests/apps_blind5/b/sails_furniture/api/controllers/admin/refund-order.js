const axios = require('axios');

module.exports = {
  friendlyName: 'Refund order',

  description: 'Refund a paid order in full (super admins only).',

  inputs: {
    orderNumber: { type: 'string', required: true },
    reason: { type: 'string', isIn: ['damaged', 'late_delivery', 'cancelled', 'other'], required: true },
  },

  exits: {
    notFound: { responseType: 'notFound' },
    notRefundable: { statusCode: 409 },
  },

  fn: async function ({ orderNumber, reason }) {
    const order = await Order.findOne({ orderNumber }).populate('customer');
    if (!order) {
      throw 'notFound';
    }
    if (order.status !== 'paid' && order.status !== 'delivered') {
      throw 'notRefundable';
    }
    const { baseUrl, secretKey } = sails.config.custom.paymentGateway;
    const res = await axios.post(
      `${baseUrl}/refunds`,
      { payment_intent: order.paymentIntentId, reason },
      { headers: { Authorization: `Bearer ${secretKey}` } }
    );
    await Order.updateOne({ id: order.id }).set({ status: 'refunded' });
    sails.log.info('admin %d refunded order %s (%s), refund %s', this.req.me.id, orderNumber, reason, res.data.id);
    sails.log.debug('refund issued to customer', order.customer);
    await sails.helpers.trackEvent.with({ userId: order.customer.id, name: 'order_refunded', data: { reason } });
    return { refundId: res.data.id };
  },
};
