'use strict';

const crypto = require('crypto');
const axios = require('axios');
const mailchimp = require('@mailchimp/mailchimp_marketing');
const config = require('../config');
const log = require('../lib/logger').getLogger('marketing');

mailchimp.setConfig({ apiKey: config.mailchimp.apiKey, server: config.mailchimp.server });

const sha256 = (v) => crypto.createHash('sha256').update(String(v).trim().toLowerCase()).digest('hex');
const subscriberHash = (email) => crypto.createHash('md5').update(email.toLowerCase()).digest('hex');

async function upsertSubscriber(owner, dogs) {
  await mailchimp.lists.setListMember(config.mailchimp.listId, subscriberHash(owner.email), {
    email_address: owner.email,
    status_if_new: 'subscribed',
    merge_fields: {
      FNAME: owner.full_name.split(' ')[0],
      PHONE: owner.phone || '',
      ADDRESS: { addr1: owner.street_address || '', city: '', state: '', zip: owner.postcode || '' },
      DOGS: dogs.map((d) => d.name).join(', '),
    },
    tags: ['daycare'],
  });
  log.info('mailchimp member upserted for owner %d', owner.id);
}

async function tagBoardingCustomer(owner) {
  await mailchimp.lists.updateListMemberTags(config.mailchimp.listId, subscriberHash(owner.email), {
    tags: [{ name: 'boarding', status: 'active' }],
  });
}

async function reportCompletePayment(owner, stay, valueCents, ip, userAgent) {
  await axios.post(
    'https://business-api.tiktok.com/open_api/v1.3/event/track/',
    {
      event_source: 'web',
      event_source_id: config.tiktok.pixel,
      data: [
        {
          event: 'CompletePayment',
          event_time: Math.floor(Date.now() / 1000),
          event_id: stay.reference,
          user: { email: sha256(owner.email), phone: owner.phone ? sha256(owner.phone) : undefined, ip, user_agent: userAgent },
          properties: { currency: 'USD', value: valueCents / 100, content_type: 'product' },
        },
      ],
    },
    { headers: { 'Access-Token': config.tiktok.token }, timeout: 8000 },
  );
}

async function archiveSubscriber(email) {
  try {
    await mailchimp.lists.deleteListMember(config.mailchimp.listId, subscriberHash(email));
  } catch (err) {
    if (err.status !== 404) throw err;
  }
  log.info('mailchimp member archived (%s)', subscriberHash(email));
}

module.exports = { upsertSubscriber, tagBoardingCustomer, reportCompletePayment, archiveSubscriber };
