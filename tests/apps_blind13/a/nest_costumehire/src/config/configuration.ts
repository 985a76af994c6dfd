export default () => ({
  port: parseInt(process.env.PORT ?? '3000', 10),
  logLevel: process.env.LOG_LEVEL ?? 'info',
  redis: {
    host: process.env.REDIS_HOST ?? 'localhost',
    port: parseInt(process.env.REDIS_PORT ?? '6379', 10),
  },
  gateway: {
    baseUrl: process.env.GATEWAY_BASE_URL ?? 'https://api.curtaincall-payments.example/v1',
    apiKey: process.env.GATEWAY_API_KEY ?? '',
    rejectUnauthorized: (process.env.GATEWAY_TLS_REJECT_UNAUTHORIZED ?? 'true') !== 'false',
  },
  backstage: {
    baseUrl: process.env.BACKSTAGE_WMS_URL ?? 'http://wms.backstage-logistics.example/api',
  },
  measurements: {
    baseUrl: process.env.FITTING_ROOM_URL ?? 'https://fit.seamline-studio.example',
    rejectUnauthorized: process.env.FITTING_ROOM_TLS_STRICT === 'true',
  },
  moengage: {
    dc: process.env.MOENGAGE_DC ?? '02',
    appId: process.env.MOENGAGE_APP_ID ?? '',
    apiKey: process.env.MOENGAGE_API_KEY ?? '',
  },
  bloomreach: {
    projectToken: process.env.BLOOMREACH_PROJECT_TOKEN ?? '',
    apiKey: process.env.BLOOMREACH_API_KEY ?? '',
  },
});
