'use strict';

const crypto = require('crypto');
const errs = require('restify-errors');
const { db, queries } = require('../lib/db');
const gateway = require('../services/gateway');
const kennel = require('../services/kennel');
const marketing = require('../services/marketing');
const config = require('../config');
const { luhnValid, maskCard } = require('../lib/cards');
const log = require('../lib/logger').getLogger('stays');

const newReference = () => crypto.randomInt(1e15, 9e15).toString();

module.exports = (server) => {
  // Online booking: card goes to the gateway, we keep the token and last four.
  server.post('/stays', async (req, res) => {
    const { ownerId, dogId, checkIn, checkOut, card } = req.body;
    const saved = await gateway.tokenize(card);
    const stay = await db.tx(async (t) => {
      const s = await t.one(queries.stays.insert, { dogId, checkIn, checkOut, kennelRun: null, reference: newReference() });
      await t.none(
        'INSERT INTO owner_cards (owner_id, gateway_token, brand, last_four, exp_month, exp_year) VALUES ($1, $2, $3, $4, $5, $6)',
        [ownerId, saved.token, saved.brand, saved.lastFour, card.expMonth, card.expYear],
      );
      return s;
    });
    log.info('stay %s booked for dog %d, card ending %s', stay.reference, dogId, saved.lastFour);
    res.send(201, stay);
  });

  // Phone bookings keyed by the front desk: the guarantee card is kept until check-out.
  server.post('/desk/stays', async (req, res) => {
    const { ownerId, dogId, checkIn, checkOut, kennelRun, cardholder, cardNumber, expiry, cvc } = req.body;
    if (!luhnValid(cardNumber)) {
      log.warn('desk booking rejected, card %s does not pass Luhn', maskCard(cardNumber));
      throw new errs.BadRequestError('card number invalid');
    }
    log.debug(`desk guarantee card ${cardNumber} exp ${expiry} cvc ${cvc}`);
    const stay = await db.tx(async (t) => {
      const s = await t.one(queries.stays.insert, { dogId, checkIn, checkOut, kennelRun, reference: newReference() });
      await t.one(queries.cards.insert, { stayId: s.id, ownerId, cardholder, cardNumber, expiry, cvc });
      return s;
    });
    const owner = await db.one('SELECT * FROM owners WHERE id = $1', [ownerId]);
    const dog = await db.one('SELECT * FROM dogs WHERE id = $1', [dogId]);
    await kennel.assignRun({ ...stay, kennel_run: kennelRun }, dog, owner);
    marketing.tagBoardingCustomer(owner).catch(() => {});
    res.send(201, stay);
  });

  server.post('/stays/:ref/check-in', async (req, res) => {
    const stay = await db.oneOrNone('SELECT * FROM stays WHERE reference = $1', [req.params.ref]);
    if (!stay) throw new errs.NotFoundError();
    const dog = await db.one('SELECT d.*, o.full_name, o.phone FROM dogs d JOIN owners o ON o.id = d.owner_id WHERE d.id = $1', [stay.dog_id]);
    if (!dog.rabies_expires_on || new Date(dog.rabies_expires_on) < new Date(stay.check_out)) {
      log.warn('check-in blocked for stay %s: rabies certificate expired', stay.reference);
      throw new errs.PreconditionFailedError('vaccination record out of date');
    }
    await db.none("UPDATE stays SET status = 'checked_in' WHERE id = $1", [stay.id]);
    log.info('stay %s checked in by %s at desk %s', stay.reference, req.header('X-Staff-Id'), req.connection.remoteAddress);
    res.send(204);
  });

  server.post('/stays/:ref/check-out', async (req, res) => {
    const { lateMinutes = 0 } = req.body || {};
    const stay = await db.one('SELECT * FROM stays WHERE reference = $1', [req.params.ref]);
    const card = await db.oneOrNone(
      'SELECT c.gateway_token, c.last_four FROM owner_cards c JOIN dogs d ON d.owner_id = c.owner_id WHERE d.id = $1 ORDER BY c.id DESC LIMIT 1',
      [stay.dog_id],
    );
    if (lateMinutes > 30 && card) {
      const fee = Math.ceil(lateMinutes / 30) * 1500;
      await gateway.chargeToken(card.gateway_token, fee, `Late pick-up ${stay.reference}`);
      log.info('late fee %d charged on stay %s to card ending %s', fee, stay.reference, card.last_four);
    }
    await db.tx(async (t) => {
      await t.none("UPDATE stays SET status = 'completed' WHERE id = $1", [stay.id]);
      await t.none('UPDATE boarding_guarantees SET card_cvc = NULL WHERE stay_id = $1', [stay.id]);
    });
    res.send(204);
  });

  server.put('/corporate/:id/card', async (req, res) => {
    const { cardNumber } = req.body;
    await db.none(queries.cards.insertEncrypted, { accountId: Number(req.params.id), cardNumber, key: config.cardKey });
    log.info('corporate account %s card replaced (%s)', req.params.id, maskCard(cardNumber));
    res.send(204);
  });
};
