'use strict';

const crypto = require('crypto');
const { Service } = require('egg');

class DriverService extends Service {
  async create(body) {
    const { app } = this;
    const row = {
      first_name: body.firstName,
      last_name: body.lastName,
      email: body.email.toLowerCase(),
      phone: body.phone || null,
      date_of_birth: body.dateOfBirth,
      weight_kg: body.weightKg,
      nickname: body.nickname || null,
      licence_no: body.licenceNo || null,
      wristband_uid: crypto.randomBytes(7).toString('hex').toUpperCase(),
      locker_code: String(crypto.randomInt(1000, 9999)),
      created_at: app.mysql.literals.now,
    };
    const result = await app.mysql.insert('drivers', row);
    return { id: result.insertId, ...row };
  }

  async find(id) {
    return this.app.mysql.get('drivers', { id });
  }

  async recordWaiver(driverId, waiver) {
    const result = await this.app.mysql.insert('junior_waivers', {
      driver_id: driverId,
      guardian_name: waiver.guardianName,
      guardian_phone: waiver.guardianPhone,
      relationship: waiver.relationship,
      medical_notes: waiver.medicalNotes || null,
      signed_at: this.app.mysql.literals.now,
    });
    return result.insertId;
  }
}

module.exports = DriverService;
