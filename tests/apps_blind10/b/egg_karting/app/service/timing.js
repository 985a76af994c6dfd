'use strict';

const { Service } = require('egg');

function ageClass(dob) {
  const age = (Date.now() - new Date(dob).getTime()) / 31557600000;
  if (age < 12) return 'cadet';
  if (age < 16) return 'junior';
  return 'senior';
}

// Race-control timing PC: names on the live screens, weight for ballast, age class for grids
class TimingService extends Service {
  async registerDriver(driver) {
    const { timing } = this.app.config.gridline;
    const res = await this.ctx.curl(`${timing.url}/drivers`, {
      method: 'POST',
      contentType: 'json',
      dataType: 'json',
      data: {
        transponderTag: driver.wristband_uid,
        displayName: driver.nickname || `${driver.first_name} ${driver.last_name[0]}.`,
        fullName: `${driver.first_name} ${driver.last_name}`,
        dateOfBirth: driver.date_of_birth,
        weightKg: driver.weight_kg,
        class: ageClass(driver.date_of_birth),
      },
      timeout: 3000,
    });
    return res.data;
  }

  async currentHeat() {
    const { timing } = this.app.config.gridline;
    const res = await this.ctx.curl(`${timing.url}/heats/current`, { dataType: 'json', timeout: 2000 });
    return res.data;
  }
}

module.exports = TimingService;
