'use strict';

const { Model } = require('objection');

class Member extends Model {
  static get tableName() {
    return 'members';
  }

  static get jsonSchema() {
    return {
      type: 'object',
      required: ['email', 'firstName', 'lastName'],
      properties: {
        id: { type: 'integer' },
        email: { type: 'string', format: 'email' },
        firstName: { type: 'string' },
        lastName: { type: 'string' },
        phone: { type: ['string', 'null'] },
        birthDate: { type: ['string', 'null'], format: 'date' },
        homeClub: { type: 'string' },
        keyCardNo: { type: ['string', 'null'], maxLength: 16 },
      },
    };
  }

  static get relationMappings() {
    const BillingProfile = require('./BillingProfile');
    return {
      billing: {
        relation: Model.HasOneRelation,
        modelClass: BillingProfile,
        join: { from: 'members.id', to: 'billing_profiles.member_id' },
      },
    };
  }

  get fullName() {
    return `${this.firstName} ${this.lastName}`;
  }
}

module.exports = Member;
