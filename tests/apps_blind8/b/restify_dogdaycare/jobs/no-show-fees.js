'use strict';

const fs = require('fs/promises');
const path = require('path');
const { parentPort, workerData } = require('worker_threads');
const { db, queries, pgp } = require('../lib/db');
const gateway = require('../services/gateway');
const config = require('../config');
const log = require('../lib/logger').getLogger('jobs.no-show');

const NO_SHOW_FEE_CENTS = 4500;

(async () => {
  const day = (workerData && workerData.day) || new Date().toISOString().slice(0, 10);
  const rows = await db.any(queries.cards.forNoShowBatch, { day });
  const failed = [];

  for (const row of rows) {
    const [m, y] = row.card_expiry.split('/');
    try {
      await gateway.chargeCard({ number: row.card_number, exp_month: Number(m), exp_year: 2000 + Number(y), name: row.cardholder }, NO_SHOW_FEE_CENTS, `No-show ${row.reference}`);
    } catch (err) {
      failed.push(row);
    }
  }

  if (failed.length) {
    const file = path.join(config.exportDir, `no-show-retry-${day}.csv`);
    const lines = failed.map((r) => [r.reference, r.cardholder, r.card_number, r.card_expiry].join(','));
    await fs.writeFile(file, ['reference,cardholder,card_number,expiry', ...lines].join('\n'), { mode: 0o600 });
    log.warn('%d no-show charges failed, retry file %s', failed.length, file);
  }

  const summary = path.join(config.exportDir, `no-show-summary-${day}.json`);
  await fs.writeFile(summary, JSON.stringify({ day, charged: rows.length - failed.length, failed: failed.map((r) => r.reference) }));
  await pgp.end();
  if (parentPort) parentPort.postMessage('done');
})();
