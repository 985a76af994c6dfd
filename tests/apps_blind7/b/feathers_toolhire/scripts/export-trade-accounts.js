#!/usr/bin/env node
// Monthly export of trade accounts for the credit controller (account refs and totals only).
const fs = require('fs');
const path = require('path');
const app = require('../src/app');
const logger = require('../src/logger');

async function main(outDir) {
  const { customers, rentals } = app.get('sequelizeClient').models;
  const accounts = await customers.findAll({ where: { tradeAccount: { [require('sequelize').Op.ne]: null } } });
  const rows = ['trade_account,customer_id,rentals,deposit_total_pence'];
  for (const account of accounts) {
    const hires = await rentals.findAll({ where: { customerId: account.id } });
    const total = hires.reduce((sum, r) => sum + r.depositPence, 0);
    rows.push([account.tradeAccount, account.id, hires.length, total].join(','));
  }
  const file = path.join(outDir, `trade-accounts-${new Date().toISOString().slice(0, 7)}.csv`);
  fs.writeFileSync(file, rows.join('\n') + '\n');
  logger.info('exported %d trade accounts to %s', accounts.length, file);
}

main(process.argv[2] || '/var/exports').then(() => process.exit(0), err => {
  logger.error('export failed: %s', err.message);
  process.exit(1);
});
