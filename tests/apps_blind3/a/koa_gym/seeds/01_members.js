'use strict';

const members = require('./data/members.json');

exports.seed = async function seed(knex) {
  await knex('billing_profiles').del();
  await knex('members').del();
  for (const m of members) {
    const { billing, ...member } = m;
    const [row] = await knex('members').insert(member).returning('id');
    if (billing) await knex('billing_profiles').insert({ ...billing, member_id: row.id });
  }
};
