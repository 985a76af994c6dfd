'use strict';

const Bugsnag = require('@bugsnag/js');
const config = require('../config');

Bugsnag.start({
  apiKey: config.bugsnagKey,
  appVersion: require('../package.json').version,
  enabledReleaseStages: ['production', 'staging'],
  redactedKeys: ['password', 'authorization', 'cardNumber', 'cvc'],
});

function notifyForOwner(err, owner, context) {
  Bugsnag.notify(err, (event) => {
    event.context = context;
    if (owner) {
      event.setUser(String(owner.id), owner.email, owner.full_name);
    }
  });
}

function notify(err, metadata) {
  Bugsnag.notify(err, (event) => {
    event.addMetadata('app', metadata || {});
  });
}

module.exports = { notifyForOwner, notify, Bugsnag };
