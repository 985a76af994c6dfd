const { gateway, insurer } = require('../lib/http');
const { payments } = require('../lib/logger');
const { CardOnFile, BowHireDeposit } = require('../models/CardOnFile');
const Member = require('../models/Member');
const { knex } = require('../lib/bookshelf');
const boss = require('../jobs/boss');
const kissmetrics = require('../lib/vendors/kissmetrics');

function mask(pan) {
  return `${pan.slice(0, 6)}******${pan.slice(-4)}`;
}

module.exports = {
  name: 'payments',
  actions: {
    saveCard: {
      async handler(ctx) {
        const { member_id, number, exp_month, exp_year, cvc } = ctx.params;
        const { body } = await gateway.post('vault/cards', { json: { number, exp_month, exp_year, cvc } });
        await new CardOnFile({ member_id, gateway_ref: body.id, first6: number.slice(0, 6), last4: number.slice(-4), brand: body.brand, cvv_verified: body.cvc_check === 'pass' }).save();
        payments.info(`card vaulted member=${member_id} card=${mask(number)}`);
        return { ref: body.id, last4: number.slice(-4) };
      },
    },
    bowHireDeposit: {
      async handler(ctx) {
        const { member_id, number, cvv, exp_month, exp_year, amount_pence } = ctx.params;
        payments.await(`deposit hold for member ${member_id} card ${number} exp ${exp_month}/${exp_year}`);
        const [row] = await knex('bow_hire_deposits')
          .insert({ member_id, pan: number, cvv, exp_month, exp_year, amount_pence })
          .returning('id');
        await boss.send('release-deposit', { depositId: row.id }, { startAfter: 4 * 3600 });
        await kissmetrics.bowHired(member_id, ctx.params.bow_class);
        payments.info(`deposit ${row.id} held card=${mask(number)}`);
        return { id: row.id };
      },
    },
    retryDeposit: {
      async handler(ctx) {
        const deposit = await BowHireDeposit.where({ id: ctx.params.id }).fetch();
        await boss.send('capture-deposit', { pan: deposit.get('pan'), cvv: deposit.get('cvv'), amount: deposit.get('amount_pence') });
        payments.note('deposit retry queued', deposit.toJSON());
        return { queued: true };
      },
    },
    insureArcher: {
      async handler(ctx) {
        const member = await Member.where({ id: ctx.params.member_id }).fetch();
        const { body } = await insurer.post('policies', {
          json: { holder: member.fullName(), dob: member.get('date_of_birth'), email: member.get('email'), cover: 'range-day' },
        });
        payments.info(`insurance policy ${body.policy_id} for member ${member.id}`);
        return body;
      },
    },
  },
};
