const axios = require('axios');
const crypto = require('crypto');

module.exports = {
  friendlyName: 'Identify customer',

  description: 'Create or update the person in Customer.io so lifecycle campaigns can reach them.',

  inputs: {
    user: { type: 'ref', required: true },
  },

  fn: async function ({ user }) {
    const { siteId, apiKey, trackUrl } = sails.config.custom.customerIo;
    const auth = { username: siteId, password: apiKey };
    await axios.put(
      `${trackUrl}/customers/${user.id}`,
      {
        email: user.emailAddress,
        name: user.fullName,
        phone: user.phone,
        created_at: Math.floor(user.createdAt / 1000),
      },
      { auth, timeout: 8000 }
    );
  },
};
