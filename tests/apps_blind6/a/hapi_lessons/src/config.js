'use strict';

module.exports = {
  port: Number(process.env.PORT || 3000),
  mongoUri: process.env.MONGO_URI || 'mongodb://localhost:27017/lessons',
  mail: {
    host: process.env.SMTP_HOST || 'smtp.mailgun.org',
    from: 'bookings@tunewise.example',
    templates: { welcome: 'welcome-v2', reminder: 'lesson-reminder' }
  },
  segmentWriteKey: process.env.SEGMENT_WRITE_KEY,
  intercomToken: process.env.INTERCOM_TOKEN,
  gateway: { url: 'https://api.cardvault.example/v1', key: process.env.GATEWAY_KEY },
  legacyCrmUrl: 'http://crm.tunewise.local/api/contacts'
};
