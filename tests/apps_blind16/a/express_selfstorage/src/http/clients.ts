import https from 'node:https';
import axios from 'axios';
import { config } from '../config';

export const keystone = axios.create({
  baseURL: config.keystone.baseURL,
  timeout: 8000,
  headers: { Authorization: `Bearer ${config.keystone.apiKey}` },
});

export const locktrack = axios.create({
  baseURL: config.locktrack.baseURL,
  timeout: 5000,
  headers: { 'X-Api-Key': config.locktrack.apiKey },
});

export const boxcover = axios.create({
  baseURL: config.boxcover.baseURL,
  timeout: 10000,
  httpsAgent: new https.Agent({ rejectUnauthorized: config.boxcover.rejectUnauthorized }),
});

export const baremetrics = axios.create({
  baseURL: `https://api.baremetrics.com/v1/${config.baremetrics.sourceId}`,
  timeout: 8000,
  headers: { Authorization: `Bearer ${config.baremetrics.apiKey}` },
});

export const groove = axios.create({
  baseURL: 'https://api.groovehq.com/v1',
  timeout: 8000,
  headers: { Authorization: `Bearer ${config.grooveToken}` },
});

export const metricsSidecar = axios.create({ baseURL: 'http://localhost:9102', timeout: 1000 });
