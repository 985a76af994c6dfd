/**
 * User.js
 *
 * A customer account.
 */
module.exports = {
  attributes: {
    emailAddress: { type: 'string', required: true, unique: true, isEmail: true, maxLength: 200 },
    emailStatus: { type: 'string', isIn: ['unconfirmed', 'change-requested', 'confirmed'], defaultsTo: 'confirmed' },
    password: { type: 'string', required: true, protect: true },
    fullName: { type: 'string', required: true, maxLength: 120 },
    phone: { type: 'string', allowNull: true },
    isSuperAdmin: { type: 'boolean' },
    passwordResetToken: { type: 'string' },
    passwordResetTokenExpiresAt: { type: 'number' },
    tosAcceptedByIp: { type: 'string' },
    lastSeenAt: { type: 'number' },
    addresses: { collection: 'address', via: 'owner' },
    orders: { collection: 'order', via: 'customer' },
    paymentMethods: { collection: 'paymentmethod', via: 'owner' },
  },

  customToJSON: function () {
    return _.omit(this, ['password', 'passwordResetToken']);
  },
};
