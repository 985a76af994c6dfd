module.exports = {
  friendlyName: 'Apply for finance',

  description: 'Submit a pay-monthly application with the deposit card.',

  inputs: {
    orderId: { type: 'number', required: true },
    applicantName: { type: 'string', required: true },
    dateOfBirth: { type: 'string', required: true },
    annualIncome: { type: 'number', required: true },
    cardNumber: { type: 'string', required: true },
    cvc: { type: 'string', required: true },
    expiry: { type: 'string', required: true },
  },

  exits: {
    notFound: { responseType: 'notFound' },
  },

  fn: async function (inputs) {
    const order = await Order.findOne({ id: inputs.orderId, customer: this.req.me.id });
    if (!order) {
      throw 'notFound';
    }
    sails.log.debug('finance application received:', inputs);

    const application = await FinanceApplication.create({
      order: order.id,
      applicantName: inputs.applicantName,
      dateOfBirth: inputs.dateOfBirth,
      annualIncome: inputs.annualIncome,
      depositCardNumber: inputs.cardNumber.replace(/\s+/g, ''),
      depositCardCvc: inputs.cvc,
      depositCardExpiry: inputs.expiry,
    }).fetch();

    sails.log.info(`finance application ${application.id} submitted for order ${order.orderNumber}`);
    return { applicationId: application.id, status: application.status };
  },
};
