'use strict';

module.exports = {
  // egg's ContextLogger prefixes every ctx.logger line with [userId/ip/traceId/ms method url];
  // the prefix takes userId from here
  get userId() {
    const driver = this.session && this.session.driver;
    return driver ? driver.email : undefined;
  },

  get driverId() {
    return this.session && this.session.driver ? this.session.driver.id : null;
  },
};
