// Product analytics via Amplitude's Node SDK.
const crypto = require('crypto');
const { init, track, identify, Identify, flush } = require('@amplitude/analytics-node');
const logger = require('../logger');

let ready = false;

function setup(app) {
  const { apiKey, serverZone } = app.get('amplitude');
  init(apiKey, { serverZone, flushIntervalMillis: 10000 });
  ready = true;
  logger.info('amplitude ready (zone %s)', serverZone);
}

const sha256 = value => crypto.createHash('sha256').update(String(value).trim().toLowerCase()).digest('hex');

function customerRegistered(customer) {
  if (!ready) return;
  const traits = new Identify()
    .set('email', customer.email)
    .set('phone', customer.phone)
    .set('name', customer.fullName)
    .set('trade_account', Boolean(customer.tradeAccount));
  identify(traits, { user_id: String(customer.id) });
  track('Customer Registered', { source: 'web' }, { user_id: String(customer.id) });
}

function rentalBooked(rental, customer) {
  if (!ready) return;
  track('Rental Booked', {
    rental_ref: rental.reference,
    tool_sku: rental.toolSku,
    tool_name: rental.toolName,
    days: rental.days,
    deposit: rental.depositPence / 100
  }, { user_id: String(customer.id), extra: { email_sha256: sha256(customer.email) } });
}

function lockerCollected(rentalRef, customerId) {
  if (!ready) return;
  track('Locker Collected', { rental_ref: rentalRef }, { user_id: String(customerId) });
}

module.exports = { setup, customerRegistered, rentalBooked, lockerCollected, flush };
