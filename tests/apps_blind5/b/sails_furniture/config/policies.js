module.exports.policies = {
  '*': 'is-logged-in',
  'entrance/*': true,
  'webhooks/*': 'verify-webhook-signature',
  'admin/*': 'is-super-admin',
};
