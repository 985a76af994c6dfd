module.exports = {
  attributes: {
    orderNumber: { type: 'string', required: true, unique: true },
    customer: { model: 'user' },
    deliveryAddress: { model: 'address' },
    lines: { type: 'json', defaultsTo: [] },
    totalCents: { type: 'number', required: true },
    currency: { type: 'string', defaultsTo: 'GBP' },
    status: { type: 'string', isIn: ['cart', 'paid', 'scheduled', 'delivered', 'refunded'], defaultsTo: 'cart' },
    paymentIntentId: { type: 'string', allowNull: true },
    cardLast4: { type: 'string', allowNull: true, maxLength: 4 },
    deliverySlot: { type: 'string', allowNull: true },
    giftCardCode: { type: 'string', allowNull: true },
  },
};
