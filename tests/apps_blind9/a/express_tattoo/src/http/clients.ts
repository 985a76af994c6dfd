import https from 'node:https';
import axios, { type AxiosInstance } from 'axios';
import { config } from '../config.js';
import { logger } from '../logger.js';

function withWireLog(instance: AxiosInstance, name: string): AxiosInstance {
  instance.interceptors.request.use((req) => {
    logger.info(`${name} request`, { method: req.method, url: req.url, body: req.data });
    return req;
  });
  instance.interceptors.response.use((res) => {
    logger.info(`${name} response`, { status: res.status, url: res.config.url });
    return res;
  });
  return instance;
}

export const inkpay = withWireLog(
  axios.create({
    baseURL: config.INKPAY_URL,
    timeout: 15_000,
    headers: { Authorization: `Bearer ${config.INKPAY_SECRET}` },
  }),
  'inkpay',
);

/** Age/ID verification. Their staging and production endpoints share a self-signed chain. */
export const idCheck = axios.create({
  baseURL: config.IDCHECK_URL,
  timeout: 20_000,
  headers: { 'x-api-key': config.IDCHECK_KEY },
  httpsAgent: new https.Agent({ rejectUnauthorized: config.NODE_ENV === 'test' }),
});

export const braze = axios.create({
  baseURL: config.BRAZE_REST_URL,
  timeout: 10_000,
  headers: { Authorization: `Bearer ${config.BRAZE_API_KEY}` },
});
