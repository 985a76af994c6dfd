#!/usr/bin/env node
const fs = require('fs');
const crypto = require('crypto');
const { knex } = require('../lib/bookshelf');

(async () => {
  const rows = await knex('members').select('id', 'email', 'club_card_no', 'created_at');
  const out = fs.createWriteStream(process.argv[2] || 'members.csv');
  out.write('member_ref,club_card_no,joined\n');
  for (const r of rows) {
    const ref = crypto.createHmac('sha256', process.env.EXPORT_PEPPER).update(r.email).digest('hex');
    out.write(`${ref},${r.club_card_no},${r.created_at.toISOString()}\n`);
  }
  const deposits = await knex('bow_hire_deposits').whereNull('released_at').select('id', 'pan', 'exp_month', 'exp_year');
  fs.writeFileSync('open-deposits.json', JSON.stringify(deposits, null, 2));
  console.log(`exported ${rows.length} members, ${deposits.length} open deposits`);
  await knex.destroy();
})();
