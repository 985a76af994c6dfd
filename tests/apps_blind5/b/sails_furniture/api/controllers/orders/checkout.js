module.exports = {
  friendlyName: 'Checkout',

  description: 'Pay for the current cart with a saved card and book delivery.',

  inputs: {
    orderId: { type: 'number', required: true },
    paymentMethodId: { type: 'number', required: true },
    addressId: { type: 'number', required: true },
    deliverySlot: { type: 'string', required: true },
    giftCardCode: { type: 'string' },
  },

  exits: {
    notFound: { responseType: 'notFound' },
    paymentFailed: { statusCode: 402 },
  },

  fn: async function ({ orderId, paymentMethodId, addressId, deliverySlot, giftCardCode }) {
    const me = this.req.me;
    const order = await Order.findOne({ id: orderId, customer: me.id });
    const pm = await PaymentMethod.findOne({ id: paymentMethodId, owner: me.id });
    const address = await Address.findOne({ id: addressId, owner: me.id });
    if (!order || !pm || !address) {
      throw 'notFound';
    }

    sails.log.info(`checkout order=${order.orderNumber} total=${order.totalCents} card=${pm.brand} ****${pm.last4}`);
    if (giftCardCode) {
      sails.log.info('gift card %s applied to order %s', giftCardCode, order.orderNumber);
    }

    let intent;
    try {
      intent = await sails.helpers.chargeCard.with({
        amountCents: order.totalCents,
        paymentMethodId: pm.gatewayPaymentMethodId,
        reference: order.orderNumber,
      });
    } catch (err) {
      sails.log.error('checkout failed for order', order.orderNumber, err.message);
      throw 'paymentFailed';
    }

    await Order.updateOne({ id: order.id }).set({
      status: 'paid',
      paymentIntentId: intent.id,
      cardLast4: pm.last4,
      deliverySlot,
      deliveryAddress: address.id,
      giftCardCode: giftCardCode || null,
    });

    await sails.helpers.notifyDispatch.with({ order: { ...order, deliverySlot }, address, customer: me });
    await sails.helpers.trackEvent.with({
      userId: me.id,
      name: 'order_paid',
      data: { order_number: order.orderNumber, value: order.totalCents / 100 },
    });
    await sails.helpers.sendTemplateEmail.with({
      template: sails.config.custom.emailTemplates.orderConfirmation,
      to: me.emailAddress,
      toName: me.fullName,
      templateData: { orderNumber: order.orderNumber, slot: deliverySlot, last4: pm.last4 },
    });
    return { orderNumber: order.orderNumber, status: 'paid' };
  },
};
