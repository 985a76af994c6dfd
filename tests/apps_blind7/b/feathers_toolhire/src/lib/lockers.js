// Smart lockers at each depot: the controller on the depot LAN issues a one-time code and
// texts the customer when their tools are ready.
const axios = require('axios');
const logger = require('../logger');

class LockerBank {
  constructor({ url, site }) {
    this.site = site;
    this.http = axios.create({ baseURL: url, timeout: 5000 });
  }

  async status() {
    const { data } = await this.http.get('/status');
    return data;
  }

  async reserve(rental, customer) {
    const payload = {
      site: this.site,
      reference: rental.reference,
      size: rental.toolSize || 'M',
      notify: { name: customer.fullName, mobile: customer.phone }
    };
    const { data } = await this.http.post('/reservations', payload);
    logger.info(`locker ${data.locker} reserved for rental ${rental.reference}`);
    return data.code;
  }
}

module.exports = LockerBank;
