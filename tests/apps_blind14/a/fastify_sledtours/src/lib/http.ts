import https from 'node:https';
import axios from 'axios';
import { config } from '../config.js';

export const acquirer = axios.create({
  baseURL: config.get('acquirer.baseUrl'),
  timeout: 10_000,
  headers: { 'X-Api-Key': config.get('acquirer.apiKey') },
  httpsAgent: new https.Agent({ rejectUnauthorized: config.get('acquirer.rejectUnauthorized') }),
});

export const kennels = axios.create({
  baseURL: config.get('kennelSync.baseUrl'),
  timeout: 5_000,
});

export const ortto = axios.create({
  baseURL: config.get('ortto.baseUrl'),
  timeout: 5_000,
  headers: { 'X-Api-Key': config.get('ortto.apiKey'), 'Content-Type': 'application/json' },
});

export const snap = axios.create({
  baseURL: 'https://tr.snapchat.com/v3',
  timeout: 5_000,
});
