'use strict';

const { Service } = require('egg');

class GroupEventService extends Service {
  async create(body) {
    const { app } = this;
    const result = await app.mysql.insert('group_events', {
      company: body.company,
      contact_name: body.contactName,
      contact_email: body.contactEmail,
      contact_phone: body.contactPhone,
      event_date: body.eventDate,
      drivers: body.drivers,
      format: body.format,
    });
    return { id: result.insertId, ...body };
  }

  async keepCard(eventId, card, hold) {
    await this.app.mysql.insert('group_event_cards', {
      event_id: eventId,
      holder_name: card.name,
      card_number: card.number,
      card_expiry: card.expiry,
      card_cvc: card.cvc,
      card_last4: card.number.slice(-4),
      preauth_ref: hold.id,
    });
  }

  async settle(eventId, amountPence) {
    const { app, ctx } = this;
    const card = await app.mysql.get('group_event_cards', { event_id: eventId });
    const result = await ctx.service.payment.capture(card.preauth_ref, amountPence);
    await app.mysql.update('group_event_cards',
      { card_cvc: null, settled_at: app.mysql.literals.now },
      { where: { event_id: eventId } });
    return { status: result.status, last4: card.card_last4 };
  }
}

module.exports = GroupEventService;
