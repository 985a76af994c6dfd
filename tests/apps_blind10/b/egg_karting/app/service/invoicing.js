'use strict';

const { Service } = require('egg');

// Fleetbook raises the corporate invoice and chases the company after the event
class InvoicingService extends Service {
  async openAccount(event) {
    const { fleetbook } = this.app.config.gridline;
    const res = await this.ctx.curl(`${fleetbook.url}/accounts`, {
      method: 'POST',
      contentType: 'json',
      dataType: 'json',
      headers: { authorization: `Bearer ${fleetbook.token}` },
      rejectUnauthorized: fleetbook.strictTls,
      data: {
        company: event.company,
        contact: { name: event.contactName, email: event.contactEmail, phone: event.contactPhone },
        reference: `GRIDLINE-${event.id}`,
      },
      timeout: 8000,
    });
    return res.data;
  }
}

module.exports = InvoicingService;
