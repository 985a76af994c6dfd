// Driving-licence and age check before power tools and plant are hired out.
const https = require('https');
const axios = require('axios');
const logger = require('../logger');

function createIdCheckClient(config) {
  const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });
  const http = axios.create({ baseURL: config.url, timeout: config.timeoutMs, httpsAgent: agent });

  return {
    async verify(customer, licenceNumber) {
      const { data } = await http.post('/checks', {
        full_name: customer.fullName,
        date_of_birth: customer.dateOfBirth,
        licence_number: licenceNumber
      });
      logger.info('id check %s for customer %d: %s', data.checkId, customer.id, data.outcome);
      return data.outcome === 'pass';
    }
  };
}

module.exports = { createIdCheckClient };
