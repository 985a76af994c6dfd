'use strict';

const { Service } = require('egg');

function contactFromDriver(driver) {
  const contact = {
    first_name: driver.first_name,
    last_name: driver.last_name,
    email: driver.email,
  };
  if (driver.phone) contact.mobile_number = driver.phone;
  contact.custom_field = { cf_driver_id: String(driver.id), cf_age_class: driver.class || null };
  return contact;
}

class FreshsalesService extends Service {
  async request(path, data) {
    const { freshsales } = this.app.config.gridline;
    return this.ctx.curl(`${freshsales.url}${path}`, {
      method: 'POST',
      contentType: 'json',
      dataType: 'json',
      headers: { authorization: `Token token=${freshsales.apiKey}` },
      data,
      timeout: 8000,
    });
  }

  async upsertContact(driver) {
    const res = await this.request('/contacts/upsert', {
      unique_identifier: { emails: driver.email },
      contact: contactFromDriver(driver),
    });
    if (res.status >= 300) {
      this.ctx.logger.warn('freshsales contact sync failed for driver %s: %s', driver.id, res.status);
    }
  }

  async createDeal(event) {
    await this.request('/deals', {
      deal: {
        name: `${event.format} – event ${event.id}`,
        amount: event.drivers * 4500 / 100,
        custom_field: { cf_event_id: String(event.id), cf_event_date: event.eventDate },
      },
    });
  }
}

module.exports = FreshsalesService;
