const crypto = require('crypto');
const { knex } = require('../lib/bookshelf');
const { logger } = require('../lib/logger');

const waiverLog = logger.scope('waivers');

module.exports = {
  name: 'waivers',
  actions: {
    sign: {
      params: { member_id: 'number', signed_name: 'string', date_of_birth: 'string', guardian_name: 'string|optional', signature_png: 'string' },
      async handler(ctx) {
        const { signature_png, ...fields } = ctx.params;
        const digest = crypto.createHash('sha256').update(signature_png).digest('hex');
        const [row] = await knex('safety_waivers').insert({ ...fields, signature_sha256: digest }).returning('id');
        waiverLog.success(`waiver ${row.id} signed member=${fields.member_id}`);
        if (fields.guardian_name) {
          waiverLog.note(`junior waiver for ${fields.signed_name} (${fields.date_of_birth}) guardian ${fields.guardian_name}`);
        }
        return { id: row.id };
      },
    },
    forMember: {
      async handler(ctx) {
        const rows = await knex('safety_waivers').where({ member_id: ctx.params.member_id }).select('id', 'signed_at');
        waiverLog.info(`listed ${rows.length} waivers member=${ctx.params.member_id}`);
        return rows;
      },
    },
  },
};
