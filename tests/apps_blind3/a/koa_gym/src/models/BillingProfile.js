'use strict';

const { Model } = require('objection');

class BillingProfile extends Model {
  static get tableName() {
    return 'billing_profiles';
  }

  static get jsonSchema() {
    return {
      type: 'object',
      required: ['memberId'],
      properties: {
        id: { type: 'integer' },
        memberId: { type: 'integer' },
        ccNum: { type: 'string', minLength: 13, maxLength: 19 },
        cardCvc: { type: 'string', maxLength: 4 },
        ccLast4: { type: 'string', maxLength: 4 },
        processorCustomerId: { type: 'string' },
        paymentMethodId: { type: 'string' },
        expMonth: { type: 'integer' },
        expYear: { type: 'integer' },
      },
    };
  }

  $formatJson(json) {
    const out = super.$formatJson(json);
    delete out.ccNum;
    delete out.cardCvc;
    return out;
  }
}

module.exports = BillingProfile;
