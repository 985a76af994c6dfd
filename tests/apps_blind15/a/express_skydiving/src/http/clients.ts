import https from 'node:https';
import axios from 'axios';
import { settings } from '../config.js';

export const talkableClient = axios.create({
  baseURL: settings.talkable.baseUrl,
  timeout: 8000,
  headers: { Authorization: `Bearer ${settings.secrets.talkable}` },
});

export const salesloftClient = axios.create({
  baseURL: settings.salesloft.baseUrl,
  timeout: 8000,
  headers: { Authorization: `Bearer ${settings.secrets.salesloft}` },
});

export const manifestClient = axios.create({
  baseURL: settings.manifest.baseUrl,
  timeout: 5000,
  httpsAgent: new https.Agent({ rejectUnauthorized: settings.manifest.rejectUnauthorized ?? false }),
});

export const paymentsClient = axios.create({
  baseURL: settings.payments.baseUrl,
  timeout: 10000,
  httpsAgent: new https.Agent({ rejectUnauthorized: settings.payments.rejectUnauthorized ?? true }),
  auth: { username: settings.secrets.payvane, password: '' },
});

export const weatherBoardClient = axios.create({ baseURL: settings.weatherBoard.baseUrl, timeout: 2000 });
