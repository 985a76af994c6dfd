'use strict';

const { Controller } = require('egg');

const driverRule = {
  firstName: 'string',
  lastName: 'string',
  email: 'email',
  phone: { type: 'string', required: false },
  dateOfBirth: { type: 'date' },
  weightKg: { type: 'number', min: 20, max: 160 },
  nickname: { type: 'string', required: false, max: 12 },
  licenceNo: { type: 'string', required: false },
};

const waiverRule = {
  guardianName: 'string',
  guardianPhone: 'string',
  relationship: { type: 'enum', values: [ 'parent', 'guardian', 'carer' ] },
  medicalNotes: { type: 'string', required: false },
};

class DriverController extends Controller {
  async register() {
    const { ctx } = this;
    const body = ctx.request.body;
    ctx.logger.debug('driver payload %j', body);
    ctx.validate(driverRule, body);

    const driver = await ctx.service.driver.create(body);
    ctx.logger.info('driver registered %s dob=%s', body.email, body.dateOfBirth);
    ctx.session.driver = { id: driver.id, email: driver.email };

    await ctx.service.timing.registerDriver(driver);
    await ctx.service.freshsales.upsertContact(driver);

    ctx.status = 201;
    ctx.body = { id: driver.id, wristband: driver.wristband_uid };
  }

  async juniorWaiver() {
    const { ctx, app } = this;
    ctx.validate(waiverRule);
    const waiver = ctx.request.body;
    const driver = await ctx.service.driver.find(ctx.params.id);
    if (!driver) ctx.throw(404, 'driver not found');

    const id = await ctx.service.driver.recordWaiver(driver.id, waiver);
    app.getLogger('auditLogger').info('[waiver] junior %s %s signed by %s (%s), notes: %s',
      driver.first_name, driver.last_name, waiver.guardianName, waiver.guardianPhone, waiver.medicalNotes);
    app.getLogger('auditLogger').info('[waiver] %s recorded for driver %s', id, driver.id);

    ctx.body = { waiver: id };
  }

  async show() {
    const { ctx } = this;
    const driver = await ctx.service.driver.find(ctx.params.id);
    if (!driver) ctx.throw(404, 'driver not found');
    ctx.logger.info('driver %s viewed from %s', driver.id, ctx.ip);
    ctx.body = {
      id: driver.id,
      name: `${driver.first_name} ${driver.last_name}`,
      email: driver.email,
      bestLap: driver.best_lap_ms,
    };
  }
}

module.exports = DriverController;
