// Runs every morning: marks overdue rentals and e-mails the customer.
const { Op } = require('sequelize');
const nodemailer = require('nodemailer');
const app = require('../app');
const logger = require('../logger');

async function run() {
  const mail = app.get('mail');
  const transport = nodemailer.createTransport({ host: mail.host, port: mail.port, auth: {
    user: process.env.POSTMARK_TOKEN, pass: process.env.POSTMARK_TOKEN } });
  const { rentals, customers } = app.get('sequelizeClient').models;
  const overdue = await rentals.findAll({
    where: { status: 'out', endsOn: { [Op.lt]: new Date() } },
    include: [customers]
  });
  let sent = 0;
  for (const rental of overdue) {
    await rental.update({ status: 'overdue' });
    const customer = rental.customer;
    try {
      await transport.sendMail({
        from: mail.from,
        replyTo: mail.replyTo,
        to: customer.email,
        subject: `Your hire ${rental.reference} is overdue`,
        text: `Hi ${customer.fullName}, please return the ${rental.toolName} to the depot.`
      });
      sent += 1;
    } catch (err) {
      logger.warn('overdue mail failed rental=%s smtp=%s', rental.reference, err.responseCode);
      logger.warn(`could not reach ${customer.fullName} at ${customer.email}, call ${customer.phone}`);
    }
  }
  logger.info('overdue run: %d rentals, %d mails sent', overdue.length, sent);
}

run().then(() => process.exit(0)).catch(err => {
  logger.error('overdue job crashed: %s', err.stack);
  process.exit(1);
});
