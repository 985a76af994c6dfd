import env from '#start/env'

/**
 * Third-party credentials and endpoints. Values come from .env; nothing secret is committed.
 */
export default {
  square: {
    baseUrl: env.get('SQUARE_BASE_URL', 'https://connect.squareup.com/v2'),
    accessToken: env.get('SQUARE_ACCESS_TOKEN'),
    locationId: env.get('SQUARE_LOCATION_ID'),
  },
  intercom: {
    token: env.get('INTERCOM_TOKEN'),
    apiBase: 'https://api.intercom.io',
  },
  braze: {
    restEndpoint: env.get('BRAZE_REST_ENDPOINT', 'https://rest.iad-03.braze.com'),
    apiKey: env.get('BRAZE_API_KEY'),
  },
  sms: {
    provider: 'vonage',
    senderId: env.get('SMS_SENDER_ID', 'GlowSalon'),
    statusCallback: env.get('SMS_STATUS_CALLBACK', 'http://localhost:3333/webhooks/sms-status'),
  },
  mail: {
    smtpHost: env.get('SMTP_HOST', 'email-smtp.eu-west-1.amazonaws.com'),
    fromAddress: env.get('MAIL_FROM_ADDRESS', 'bookings@glowsalon.example'),
    bookingConfirmedTemplate: 'booking-confirmed-v2',
  },
  legacyPos: {
    // the Oxford Street branch still runs the old Windows till
    url: env.get('LEGACY_POS_URL', 'http://till-oxford.glow.lan:8081/api/charge'),
  },
}
