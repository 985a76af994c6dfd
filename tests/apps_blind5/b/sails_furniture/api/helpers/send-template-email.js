const axios = require('axios');

module.exports = {
  friendlyName: 'Send template email',

  description: 'Send an email using a SendGrid dynamic template.',

  inputs: {
    template: { type: 'string', required: true },
    to: { type: 'string', required: true, isEmail: true },
    toName: { type: 'string', defaultsTo: '' },
    templateData: { type: 'ref', defaultsTo: {} },
  },

  exits: {
    success: { outputFriendlyName: 'Delivery report' },
  },

  fn: async function ({ template, to, toName, templateData }) {
    const { sendgridSecret, fromEmailAddress, fromName } = sails.config.custom;
    if (!sendgridSecret) {
      sails.log.warn('SendGrid not configured; skipping template %s', template);
      return { skipped: true };
    }
    const started = Date.now();
    try {
      await axios.post(
        'https://api.sendgrid.com/v3/mail/send',
        {
          personalizations: [{ to: [{ email: to, name: toName }], dynamic_template_data: templateData }],
          from: { email: fromEmailAddress, name: fromName },
          template_id: template,
        },
        { headers: { Authorization: `Bearer ${sendgridSecret}` }, timeout: 10000 }
      );
    } catch (err) {
      sails.log.error(`SendGrid rejected template ${template}: ${err.response ? err.response.status : err.code}`);
      throw err;
    }
    sails.log.verbose('email sent', { template, ms: Date.now() - started });
    return { skipped: false };
  },
};
