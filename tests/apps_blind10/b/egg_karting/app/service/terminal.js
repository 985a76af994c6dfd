'use strict';

const { Service } = require('egg');

const KNOWN_TERMINALS = new Set([ 'PL-T1-8830', 'PL-T2-8831', 'CAFE-T1-2210' ]);

class TerminalService extends Service {
  knows(serial) {
    return KNOWN_TERMINALS.has(serial);
  }

  async recordSale(terminalSerial, batchNo, sale) {
    const result = await this.app.mysql.insert('terminal_sales', {
      terminal_serial: terminalSerial,
      batch_no: batchNo,
      offline_seq: sale.seq,
      amount_pence: sale.amountPence,
      card_brand: sale.brand,
      card_last4: String(sale.pan).slice(-4),
      sold_at: new Date(sale.at),
      status: 'queued',
    });
    return result.insertId;
  }
}

module.exports = TerminalService;
