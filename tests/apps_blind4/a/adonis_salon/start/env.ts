/*
|--------------------------------------------------------------------------
| Environment variables service
|--------------------------------------------------------------------------
|
| Validates the environment at boot so a missing key fails fast with its name.
|
*/

import { Env } from '@adonisjs/core/env'

export default await Env.create(new URL('../', import.meta.url), {
  NODE_ENV: Env.schema.enum(['development', 'production', 'test'] as const),
  PORT: Env.schema.number(),
  APP_KEY: Env.schema.string(),
  APP_NAME: Env.schema.string(),
  HOST: Env.schema.string({ format: 'host' }),
  LOG_LEVEL: Env.schema.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']),

  DB_HOST: Env.schema.string({ format: 'host' }),
  DB_PORT: Env.schema.number(),
  DB_USER: Env.schema.string(),
  DB_PASSWORD: Env.schema.string.optional(),
  DB_DATABASE: Env.schema.string(),

  REDIS_HOST: Env.schema.string({ format: 'host' }),
  REDIS_PORT: Env.schema.number(),
  REDIS_PASSWORD: Env.schema.string.optional(),

  SMTP_HOST: Env.schema.string(),
  SMTP_PORT: Env.schema.number(),
  MAIL_FROM_ADDRESS: Env.schema.string({ format: 'email' }),

  SQUARE_BASE_URL: Env.schema.string({ format: 'url' }),
  SQUARE_ACCESS_TOKEN: Env.schema.string(),
  SQUARE_LOCATION_ID: Env.schema.string(),
  INTERCOM_TOKEN: Env.schema.string.optional(),
  BRAZE_REST_ENDPOINT: Env.schema.string.optional({ format: 'url' }),
  BRAZE_API_KEY: Env.schema.string.optional(),
  VONAGE_KEY: Env.schema.string(),
  VONAGE_SECRET: Env.schema.string(),
  SMS_SENDER_ID: Env.schema.string.optional(),
  SMS_STATUS_CALLBACK: Env.schema.string.optional({ format: 'url', tld: false }),
  LEGACY_POS_URL: Env.schema.string.optional({ format: 'url', tld: false }),
})
