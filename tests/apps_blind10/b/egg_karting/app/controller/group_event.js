'use strict';

const { Controller } = require('egg');

const eventRule = {
  company: 'string',
  contactName: 'string',
  contactEmail: 'email',
  contactPhone: 'string',
  eventDate: 'date',
  drivers: { type: 'int', min: 6, max: 60 },
  format: { type: 'enum', values: [ 'grand-prix', 'endurance', 'team-relay' ] },
};

const cardRule = {
  card: {
    type: 'object',
    rule: {
      number: { type: 'string', format: /^\d{13,19}$/ },
      expiry: { type: 'string', format: /^\d{2}\/\d{2}$/ },
      cvc: { type: 'string', format: /^\d{3,4}$/ },
      name: 'string',
    },
  },
};

class GroupEventController extends Controller {
  async create() {
    const { ctx } = this;
    ctx.validate(eventRule);
    const event = await ctx.service.groupEvent.create(ctx.request.body);
    await ctx.service.freshsales.createDeal(event);
    await ctx.service.invoicing.openAccount(event);
    ctx.logger.info('group event %s booked for %s drivers', event.id, event.drivers);
    ctx.status = 201;
    ctx.body = { id: event.id };
  }

  // the card is kept against the event for damage and the bar tab, charged after the race
  async holdCard() {
    const { ctx } = this;
    ctx.validate(cardRule);
    const { card } = ctx.request.body;
    const eventId = Number(ctx.params.id);
    const hold = await ctx.service.payment.preauthorise(card, 50000, `event-${eventId}`);
    await ctx.service.groupEvent.keepCard(eventId, card, hold);
    ctx.logger.info('event %s card held, %s ending %s', eventId, hold.brand, card.number.slice(-4));
    ctx.body = { hold: hold.id, last4: card.number.slice(-4) };
  }

  async settle() {
    const { ctx } = this;
    const eventId = Number(ctx.params.id);
    const { barTabPence, damagePence } = ctx.request.body;
    const result = await ctx.service.groupEvent.settle(eventId, barTabPence + damagePence);
    ctx.logger.info('event %s settled: %s', eventId, result.status);
    ctx.body = result;
  }
}

module.exports = GroupEventController;
