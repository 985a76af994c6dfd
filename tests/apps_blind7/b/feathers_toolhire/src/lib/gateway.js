// Tillpoint gateway: deposit pre-authorisations and charges.
const axios = require('axios');
const logger = require('../logger');

class TillpointGateway {
  constructor(config) {
    this.http = axios.create({
      baseURL: config.url,
      timeout: 10000,
      headers: { 'X-Merchant': config.merchant, Authorization: `Bearer ${process.env.TILLPOINT_KEY}` }
    });
  }

  async authoriseDeposit({ paymentMethodId, amountPence, rentalRef }) {
    const { data } = await this.http.post('/authorisations', {
      payment_method: paymentMethodId,
      amount: amountPence,
      currency: 'GBP',
      capture: false,
      reference: rentalRef
    });
    logger.info('deposit authorised', { rentalRef, authId: data.id, amountPence });
    return data;
  }

  async releaseDeposit(authId) {
    await this.http.post(`/authorisations/${authId}/void`);
    logger.info(`deposit ${authId} released`);
  }

  async chargeKeyed(sale) {
    const body = {
      card: { number: sale.cardNo, expiry: sale.cardExpiry, cvv: sale.securityCode },
      amount: sale.amountPence,
      currency: 'GBP',
      entry_mode: 'keyed'
    };
    try {
      const { data } = await this.http.post('/charges', body);
      return data;
    } catch (err) {
      logger.error('keyed charge failed', { saleId: sale.id, status: err.response && err.response.status, request: body });
      throw err;
    }
  }
}

module.exports = TillpointGateway;
