import convict from 'convict';

export const config = convict({
  port: { format: 'port', default: 8080, env: 'PORT' },
  database: { url: { format: String, default: '', env: 'DATABASE_URL' } },
  redis: { url: { format: String, default: 'redis://127.0.0.1:6379', env: 'REDIS_URL' } },
  acquirer: {
    baseUrl: { format: String, default: 'https://gw.frostline-pay.com/api/v1', env: 'ACQUIRER_URL' },
    apiKey: { format: String, default: '', env: 'ACQUIRER_KEY', sensitive: true },
    rejectUnauthorized: { format: Boolean, default: false, env: 'ACQUIRER_TLS_VERIFY' },
  },
  kennelSync: {
    baseUrl: { format: String, default: 'http://kennels.husky-ops.no:8088/api', env: 'KENNEL_SYNC_URL' },
  },
  ortto: {
    baseUrl: { format: String, default: 'https://api.eu.ap3api.com/v1', env: 'ORTTO_URL' },
    apiKey: { format: String, default: '', env: 'ORTTO_API_KEY', sensitive: true },
  },
  snap: {
    pixelId: { format: String, default: '', env: 'SNAP_PIXEL_ID' },
    token: { format: String, default: '', env: 'SNAP_CAPI_TOKEN', sensitive: true },
  },
});

config.loadFile(new URL('../config/default.json', import.meta.url).pathname);
config.validate({ allowed: 'warn' });
