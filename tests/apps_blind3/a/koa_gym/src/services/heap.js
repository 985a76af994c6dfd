'use strict';

const crypto = require('crypto');
const axios = require('axios');

const HEAP_APP_ID = process.env.HEAP_APP_ID;
const heapApi = axios.create({ baseURL: 'https://heapanalytics.com/api', timeout: 4000 });

async function identify(member) {
  await heapApi.post('/add_user_properties', {
    app_id: HEAP_APP_ID,
    identity: String(member.id),
    properties: {
      email: member.email,
      name: member.fullName,
      phone: member.phone,
      home_club: member.homeClub,
    },
  });
}

async function track(memberId, event, properties = {}) {
  await heapApi.post('/track', {
    app_id: HEAP_APP_ID,
    identity: String(memberId),
    event,
    properties,
  });
}

async function trackReferral(referrerEmail, memberId) {
  const referrer = crypto.createHash('sha256').update(referrerEmail.trim().toLowerCase()).digest('hex');
  await track(memberId, 'referral_signup', { referrer_hash: referrer });
}

module.exports = { identify, track, trackReferral };
