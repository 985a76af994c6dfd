import ky from 'ky';
import { config } from '../config';

const common = { timeout: 10_000, retry: { limit: 2, methods: ['get', 'post'] } };

export const gatewayHttp = ky.create({
  ...common,
  prefixUrl: config.gateway.baseUrl,
  headers: { Authorization: `Bearer ${config.gateway.key}` },
});

export const studioSync = ky.create({ ...common, prefixUrl: config.studioSyncUrl });

export const helpScoutHttp = ky.create({
  ...common,
  prefixUrl: 'https://api.helpscout.net/v2/',
  headers: { Authorization: `Bearer ${config.helpScout.token}` },
});

export const oneSignalHttp = ky.create({
  ...common,
  prefixUrl: 'https://api.onesignal.com/',
  headers: { Authorization: `Key ${config.oneSignal.key}` },
});
