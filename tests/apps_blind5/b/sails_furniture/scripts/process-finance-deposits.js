module.exports = {
  friendlyName: 'Process finance deposits',

  description: 'Charge the deposit card for approved finance applications (run: sails run process-finance-deposits).',

  inputs: {
    dryRun: { type: 'boolean', defaultsTo: false },
  },

  fn: async function ({ dryRun }) {
    const approved = await FinanceApplication.find({ status: 'approved', lenderReference: null }).populate('order');
    sails.log.info('%d approved applications to charge', approved.length);
    for (const app of approved) {
      const card = { number: app.depositCardNumber, cvc: app.depositCardCvc, expiry: app.depositCardExpiry };
      if (dryRun) {
        sails.log.info('[dry run] would charge', app.id, card);
        continue;
      }
      try {
        const res = await sails.helpers.chargeCard.with({
          amountCents: Math.round(app.order.totalCents * 0.1),
          card,
          reference: `FIN-${app.id}`,
        });
        await FinanceApplication.updateOne({ id: app.id }).set({ lenderReference: res.reference });
      } catch (err) {
        sails.log.warn(`deposit for application ${app.id} declined`);
      }
    }
  },
};
