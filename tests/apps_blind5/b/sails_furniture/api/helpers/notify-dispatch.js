const needle = require('needle');

module.exports = {
  friendlyName: 'Notify dispatch',

  description: 'Book a delivery job with the van partner.',

  inputs: {
    order: { type: 'ref', required: true },
    address: { type: 'ref', required: true },
    customer: { type: 'ref', required: true },
  },

  fn: async function ({ order, address, customer }) {
    const job = {
      reference: order.orderNumber,
      slot: order.deliverySlot,
      contact_name: customer.fullName,
      contact_phone: customer.phone,
      address: [address.line1, address.line2, address.city, address.postcode].filter(Boolean).join(', '),
      notes: address.accessNotes,
      items: order.lines.map((l) => ({ sku: l.sku, qty: l.qty })),
    };
    const resp = await needle('post', sails.config.custom.dispatchUrl, job, { json: true, open_timeout: 5000 });
    if (resp.statusCode >= 300) {
      sails.log.error('dispatch rejected job for order %s with %d', order.orderNumber, resp.statusCode);
      return null;
    }
    sails.log.info('dispatch job %s created for order %s', resp.body.jobId, order.orderNumber);
    return resp.body.jobId;
  },
};
