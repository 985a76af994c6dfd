/**
 * FinanceApplication.js
 *
 * "Buy now, pay in 12" applications. The lender pulls the deposit card at
 * approval time, which can be several days later, so the card is kept here.
 */
module.exports = {
  attributes: {
    order: { model: 'order' },
    applicantName: { type: 'string', required: true },
    dateOfBirth: { type: 'string', required: true },
    annualIncome: { type: 'number' },
    depositCardNumber: { type: 'string', required: true, columnType: 'varchar(19)' },
    depositCardCvc: { type: 'string', columnType: 'varchar(4)' },
    depositCardExpiry: { type: 'string', columnType: 'varchar(5)' },
    status: { type: 'string', isIn: ['submitted', 'approved', 'declined'], defaultsTo: 'submitted' },
    lenderReference: { type: 'string', allowNull: true },
  },
};
