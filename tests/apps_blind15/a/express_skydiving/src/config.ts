import config from 'config';

export interface ClientConfig {
  baseUrl: string;
  rejectUnauthorized?: boolean;
  siteSlug?: string;
}

export const settings = {
  port: config.get<number>('port'),
  mongoUrl: config.get<string>('mongoUrl'),
  logLevel: config.get<string>('logLevel'),
  talkable: config.get<ClientConfig>('talkable'),
  salesloft: config.get<ClientConfig>('salesloft'),
  manifest: config.get<ClientConfig>('manifest'),
  payments: config.get<ClientConfig>('payments'),
  weatherBoard: config.get<ClientConfig>('weatherBoard'),
  secrets: {
    talkable: process.env.TALKABLE_API_KEY ?? '',
    salesloft: process.env.SALESLOFT_API_KEY ?? '',
    payvane: process.env.PAYVANE_SECRET_KEY ?? '',
    payvaneWebhook: process.env.PAYVANE_WEBHOOK_SECRET ?? '',
  },
};
