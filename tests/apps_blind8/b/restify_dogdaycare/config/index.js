'use strict';

const env = process.env;

module.exports = {
  port: Number(env.PORT || 8080),
  databaseUrl: env.DATABASE_URL || 'postgres://daycare:daycare@localhost:5432/daycare',
  cardKey: env.CARD_ENCRYPTION_KEY,
  gateway: {
    baseUrl: env.GATEWAY_URL || 'https://api.payrails.example/v1',
    apiKey: env.GATEWAY_API_KEY,
  },
  // door controller for the kennel runs; on the site LAN, plain http only
  kennelDoorUrl: env.KENNEL_DOOR_URL || 'http://192.168.20.7:8000',
  vetRecords: {
    baseUrl: env.VET_RECORDS_URL || 'https://records.vetlink-partners.example/api/v2',
    token: env.VET_RECORDS_TOKEN,
  },
  mailchimp: { apiKey: env.MAILCHIMP_API_KEY, server: env.MAILCHIMP_SERVER || 'us21', listId: env.MAILCHIMP_LIST || 'a1b2c3d4e5' },
  bugsnagKey: env.BUGSNAG_API_KEY,
  tiktok: { pixel: env.TIKTOK_PIXEL || 'CM4TQ3JC77U1', token: env.TIKTOK_TOKEN },
  exportDir: env.EXPORT_DIR || '/srv/daycare/exports',
  fees: {
    noShowCents: Number(env.NO_SHOW_FEE_CENTS || 4500),
    latePickupPer30MinCents: Number(env.LATE_FEE_CENTS || 1500),
  },
};
