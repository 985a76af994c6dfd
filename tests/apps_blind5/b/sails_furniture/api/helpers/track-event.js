const axios = require('axios');
const crypto = require('crypto');

module.exports = {
  friendlyName: 'Track event',

  inputs: {
    userId: { type: 'number', allowNull: true },
    anonymousEmail: { type: 'string', allowNull: true },
    name: { type: 'string', required: true },
    data: { type: 'ref', defaultsTo: {} },
  },

  fn: async function ({ userId, anonymousEmail, name, data }) {
    const { siteId, apiKey, trackUrl } = sails.config.custom.customerIo;
    const auth = { username: siteId, password: apiKey };
    if (userId) {
      await axios.post(`${trackUrl}/customers/${userId}/events`, { name, data }, { auth });
      return;
    }
    const anonymousId = crypto.createHash('sha256').update(String(anonymousEmail).trim().toLowerCase()).digest('hex');
    await axios.post(`${trackUrl}/events`, { name, anonymous_id: anonymousId, data }, { auth });
  },
};
