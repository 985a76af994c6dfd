'use strict';

const argon2 = require('argon2');
const errs = require('restify-errors');
const { db, queries } = require('../lib/db');
const marketing = require('../services/marketing');
const errors = require('../services/errors');
const log = require('../lib/logger').getLogger('owners');
const audit = require('../lib/logger').getLogger('audit');

module.exports = (server) => {
  server.post('/owners', async (req, res) => {
    const { fullName, email, phone, streetAddress, postcode, password, dogs = [] } = req.body;
    if (!email || !password) throw new errs.BadRequestError('email and password are required');

    const owner = await db.tx(async (t) => {
      const created = await t.one(queries.owners.insert, {
        fullName, email, phone, streetAddress, postcode, passwordHash: await argon2.hash(password),
      });
      for (const dog of dogs) {
        await t.none('INSERT INTO dogs (owner_id, name, breed, weight_kg) VALUES ($1, $2, $3, $4)', [created.id, dog.name, dog.breed, dog.weightKg]);
      }
      return created;
    });
    log.info('New owner registered: %s', JSON.stringify(owner));

    marketing.upsertSubscriber(owner, dogs).catch((err) => errors.notifyForOwner(err, owner, 'mailchimp'));
    res.send(201, { id: owner.id });
  });

  server.post('/sessions', async (req, res) => {
    const { email, password } = req.body;
    const owner = await db.oneOrNone(queries.owners.byEmail, { email });
    if (!owner || !(await argon2.verify(owner.password_hash, password))) {
      audit.warn('login failed for %s from %s', email, req.connection.remoteAddress);
      throw new errs.UnauthorizedError('invalid credentials');
    }
    audit.info('login ok owner=%d ip=%s', owner.id, req.connection.remoteAddress);
    res.send({ ownerId: owner.id });
  });

  server.patch('/owners/:id', async (req, res) => {
    const id = Number(req.params.id);
    const fields = ['phone', 'street_address', 'postcode'].filter((f) => f in req.body);
    if (!fields.length) return res.send(204);
    const sets = fields.map((f, i) => `${f} = $${i + 2}`).join(', ');
    await db.none(`UPDATE owners SET ${sets} WHERE id = $1`, [id, ...fields.map((f) => req.body[f])]);
    log.debug('owner %d updated fields %s', id, fields.join(','));
    res.send(204);
  });

  server.get('/owners/:id/export', async (req, res) => {
    const id = Number(req.params.id);
    const [owner, dogs, cards] = await db.multi(
      'SELECT id, full_name, email, phone, street_address, postcode, created_at FROM owners WHERE id = $1; ' +
        'SELECT name, breed, weight_kg FROM dogs WHERE owner_id = $1; ' +
        'SELECT brand, last_four, exp_month, exp_year FROM owner_cards WHERE owner_id = $1',
      [id],
    );
    audit.info('data export generated for owner %d', id);
    res.send({ owner: owner[0], dogs, cards });
  });

  server.del('/owners/:id', async (req, res) => {
    const id = Number(req.params.id);
    const { email } = await db.one('SELECT email FROM owners WHERE id = $1', [id]);
    await marketing.archiveSubscriber(email);
    await db.tx(async (t) => {
      await t.none('DELETE FROM boarding_guarantees WHERE owner_id = $1', [id]);
      await t.none('DELETE FROM owners WHERE id = $1', [id]);
    });
    audit.info('owner %d erased on request', id);
    res.send(204);
  });

  server.post('/owners/:id/reminders', async (req, res) => {
    const owner = await db.one('SELECT id, full_name, email, phone FROM owners WHERE id = $1', [Number(req.params.id)]);
    log.info(`vaccination reminder queued for ${owner.full_name}, sms to ${owner.phone}`);
    res.send(202);
  });
};
