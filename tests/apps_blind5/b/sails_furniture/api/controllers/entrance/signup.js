module.exports = {
  friendlyName: 'Signup',

  description: 'Sign up for a new customer account.',

  inputs: {
    emailAddress: { required: true, type: 'string', isEmail: true },
    password: { required: true, type: 'string', maxLength: 200 },
    fullName: { required: true, type: 'string' },
    phone: { type: 'string' },
  },

  exits: {
    success: { description: 'New user account was created successfully.' },
    emailAlreadyInUse: { statusCode: 409, description: 'The provided email address is already in use.' },
  },

  fn: async function ({ emailAddress, password, fullName, phone }) {
    const newEmailAddress = emailAddress.toLowerCase();
    sails.log.info(`Signup attempt for ${newEmailAddress} (${fullName})`);

    const newUserRecord = await User.create({
      emailAddress: newEmailAddress,
      password: await sails.helpers.passwords.hashPassword(password),
      fullName,
      phone,
      tosAcceptedByIp: this.req.ip,
    })
      .intercept('E_UNIQUE', 'emailAlreadyInUse')
      .fetch();

    sails.log.info('user created', { userId: newUserRecord.id });
    this.req.session.userId = newUserRecord.id;

    await sails.helpers.identifyCustomer(newUserRecord);
    await sails.helpers.trackEvent.with({ userId: newUserRecord.id, name: 'signed_up', data: { source: 'web' } });
    await sails.helpers.sendTemplateEmail.with({
      template: 'd-0b2c77e5f1a94c8e9f10',
      to: newEmailAddress,
      toName: fullName,
      templateData: { firstName: fullName.split(' ')[0] },
    });
  },
};
