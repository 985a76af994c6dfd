const config = require('config');
const got = require('got');

const gateway = got.extend({
  prefixUrl: config.get('gateway.baseUrl'),
  https: { rejectUnauthorized: config.get('gateway.rejectUnauthorized') },
  headers: { authorization: `Bearer ${process.env.QUIVERPAY_SECRET}` },
  responseType: 'json',
  retry: { limit: 2 },
});

const rangeControl = got.extend({
  prefixUrl: config.get('rangeControl.baseUrl'),
  responseType: 'json',
  timeout: { request: 3000 },
});

const insurer = got.extend({
  prefixUrl: config.get('insurer.baseUrl'),
  https: { rejectUnauthorized: config.has('insurer.rejectUnauthorized') ? config.get('insurer.rejectUnauthorized') : false },
  responseType: 'json',
});

const kissmetrics = got.extend({ prefixUrl: config.get('kissmetrics.baseUrl') });

const vitally = got.extend({
  prefixUrl: config.get('vitally.baseUrl'),
  headers: { authorization: `Basic ${Buffer.from(`${process.env.VITALLY_TOKEN}:`).toString('base64')}` },
  responseType: 'json',
});

module.exports = { gateway, rangeControl, insurer, kissmetrics, vitally };
