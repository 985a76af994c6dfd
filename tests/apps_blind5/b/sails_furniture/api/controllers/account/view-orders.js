module.exports = {
  friendlyName: 'View orders',

  description: "Display the logged-in customer's order history.",

  inputs: {
    page: { type: 'number', defaultsTo: 1, min: 1 },
  },

  exits: {
    success: { viewTemplatePath: 'pages/account/orders' },
  },

  fn: async function ({ page }) {
    const perPage = 20;
    const orders = await Order.find({ customer: this.req.me.id, status: { '!=': 'cart' } })
      .sort('createdAt DESC')
      .skip((page - 1) * perPage)
      .limit(perPage);
    const cards = await PaymentMethod.find({ owner: this.req.me.id }).select(['brand', 'last4', 'expMonth', 'expYear']);
    sails.log.verbose(`order history page ${page} for user ${this.req.me.id}: ${orders.length} orders`);
    return {
      orders: orders.map((o) => ({
        orderNumber: o.orderNumber,
        total: (o.totalCents / 100).toFixed(2),
        status: o.status,
        card: o.cardLast4 ? `•••• ${o.cardLast4}` : null,
      })),
      cards,
      page,
    };
  },
};
