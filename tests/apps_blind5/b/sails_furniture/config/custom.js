/**
 * Custom configuration (sails.config.custom) for Oakhaven Furniture.
 */
module.exports.custom = {
  baseUrl: 'https://www.oakhaven.example',
  internalEmailAddress: 'orders@oakhaven.example',
  fromEmailAddress: 'noreply@oakhaven.example',
  fromName: 'Oakhaven Furniture',
  sendgridSecret: process.env.SENDGRID_API_KEY,
  emailTemplates: {
    orderConfirmation: 'd-4f1c2b7a9e0d4a51b2c3',
    deliverySlot: 'd-91aa0e6c2b8f4d20a7e1',
  },
  customerIo: {
    siteId: process.env.CIO_SITE_ID,
    apiKey: process.env.CIO_API_KEY,
    trackUrl: 'https://track.customer.io/api/v1',
  },
  paymentGateway: {
    baseUrl: process.env.PAYGATE_URL || 'https://api.paygate.example/v1',
    secretKey: process.env.PAYGATE_SECRET,
  },
  // The delivery partner's dispatch system only exposes plain HTTP on the VPN.
  dispatchUrl: process.env.DISPATCH_URL || 'http://dispatch.vanline.example/api/jobs',
  rememberMeCookieMaxAge: 30 * 24 * 60 * 60 * 1000,
  passwordResetTokenTTL: 24 * 60 * 60 * 1000,
};
