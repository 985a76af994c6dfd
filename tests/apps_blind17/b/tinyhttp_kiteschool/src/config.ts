const env = process.env;

export const config = {
  port: Number(env.PORT ?? 3040),
  mysql: {
    host: env.MYSQL_HOST ?? '127.0.0.1',
    user: env.MYSQL_USER ?? 'kitehaven',
    password: env.MYSQL_PASSWORD ?? '',
    database: env.MYSQL_DATABASE ?? 'kitehaven',
  },
  redis: { host: env.REDIS_HOST ?? '127.0.0.1', port: Number(env.REDIS_PORT ?? 6379) },
  gateway: {
    baseUrl: env.GATEWAY_URL ?? 'https://api.spindriftpay.com/v1',
    rejectUnauthorized: env.GATEWAY_TLS_VERIFY !== 'false',
  },
  hutTerminal: {
    baseUrl: env.HUT_TERMINAL_URL ?? 'https://hut-terminal.kitehaven.surf:8443',
    rejectUnauthorized: (env.HUT_TERMINAL_TLS_VERIFY ?? 'false') === 'true',
  },
  chatwoot: {
    baseUrl: env.CHATWOOT_URL ?? 'http://chatwoot.kitehaven.lan:3000',
    accountId: Number(env.CHATWOOT_ACCOUNT ?? 2),
    inboxId: Number(env.CHATWOOT_INBOX ?? 5),
    token: env.CHATWOOT_TOKEN ?? '',
  },
  sell: { baseUrl: 'https://api.getbase.com/v2', token: env.ZENDESK_SELL_TOKEN ?? '' },
  ometria: { baseUrl: 'https://api.ometria.com/v2', apiKey: env.OMETRIA_KEY ?? '' },
  logLevel: env.LOG_LEVEL ?? 'info',
};
