import https from 'node:https';
import axios from 'axios';
import { config } from '../config.js';

export const heapClient = axios.create({
  baseURL: 'https://heapanalytics.com/api',
  timeout: 5000,
});

export const appcuesClient = axios.create({
  baseURL: `https://api.appcues.com/v1/accounts/${config.appcues.accountId}`,
  auth: { username: config.appcues.key, password: config.appcues.secret },
  timeout: 5000,
});

export const riverpay = axios.create({
  baseURL: config.riverpay.baseURL,
  timeout: 15000,
  httpsAgent: new https.Agent({ rejectUnauthorized: config.riverpay.strictTls }),
});

export const waiverbox = axios.create({
  baseURL: config.waiverboxUrl,
  timeout: 8000,
});

export const smsRelay = axios.create({
  baseURL: 'http://sms.tidewater-relay.example/v1',
  timeout: 4000,
});

export const inventory = axios.create({
  baseURL: 'http://127.0.0.1:7070/fleet',
  timeout: 2000,
});
