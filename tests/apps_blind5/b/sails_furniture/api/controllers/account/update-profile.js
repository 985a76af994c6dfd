module.exports = {
  friendlyName: 'Update profile',

  inputs: {
    fullName: { type: 'string' },
    emailAddress: { type: 'string', isEmail: true },
    phone: { type: 'string' },
  },

  exits: {
    emailAlreadyInUse: { statusCode: 409 },
  },

  fn: async function (inputs) {
    const valuesToSet = _.pick(inputs, ['fullName', 'emailAddress', 'phone']);
    if (_.isEmpty(valuesToSet)) {
      return;
    }
    await User.updateOne({ id: this.req.me.id }).set(valuesToSet).intercept('E_UNIQUE', 'emailAlreadyInUse');
    sails.log.info('profile updated for user %d (fields: %s)', this.req.me.id, Object.keys(valuesToSet).join(','));
    const updated = await User.findOne({ id: this.req.me.id });
    sails.log.verbose('profile now', updated);
    await sails.helpers.identifyCustomer(updated);
  },
};
