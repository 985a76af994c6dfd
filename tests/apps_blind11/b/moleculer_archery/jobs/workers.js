const boss = require('./boss');
const { gateway } = require('../lib/http');
const { payments, logger } = require('../lib/logger');
const Member = require('../models/Member');

async function main() {
  await boss.start();
  await boss.createQueue('capture-deposit');
  await boss.createQueue('release-deposit');
  await boss.createQueue('welcome-pack');

  await boss.work('capture-deposit', async ([job]) => {
    const { pan, cvv, amount } = job.data;
    const { body } = await gateway.post('charges', { json: { card: { number: pan, cvc: cvv }, amount } });
    if (body.status !== 'succeeded') {
      payments.error(`capture failed job=${job.id}`, job.data);
    }
  });

  await boss.work('release-deposit', async ([job]) => {
    await gateway.post(`holds/${job.data.depositId}/release`);
    payments.complete(`deposit ${job.data.depositId} released`);
  });

  await boss.work('welcome-pack', async ([job]) => {
    const member = await Member.where({ id: job.data.memberId }).fetch();
    logger.info(`sending welcome pack to ${member.fullName()}, ${member.get('email')}`);
  });
}

main();
