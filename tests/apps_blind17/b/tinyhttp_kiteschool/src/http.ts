import https from 'node:https';
import Wreck from '@hapi/wreck';
import { config } from './config.js';

const json = { 'content-type': 'application/json', accept: 'application/json' };

export const gatewayHttp = Wreck.defaults({
  baseUrl: config.gateway.baseUrl,
  headers: { ...json, authorization: `Bearer ${process.env.SPINDRIFT_SECRET ?? ''}` },
  agents: {
    https: new https.Agent({ keepAlive: true, rejectUnauthorized: config.gateway.rejectUnauthorized }),
    http: Wreck.agents.http,
    httpsAllowUnauthorized: Wreck.agents.httpsAllowUnauthorized,
  },
  json: 'force',
  timeout: 8000,
});

export const hutTerminalHttp = Wreck.defaults({
  baseUrl: config.hutTerminal.baseUrl,
  headers: json,
  agents: {
    https: new https.Agent({ rejectUnauthorized: config.hutTerminal.rejectUnauthorized }),
    http: Wreck.agents.http,
    httpsAllowUnauthorized: Wreck.agents.httpsAllowUnauthorized,
  },
  json: 'force',
  timeout: 4000,
});

export const chatwootHttp = Wreck.defaults({
  baseUrl: `${config.chatwoot.baseUrl}/api/v1/accounts/${config.chatwoot.accountId}`,
  headers: { ...json, api_access_token: config.chatwoot.token },
  json: 'force',
});

export const sellHttp = Wreck.defaults({
  baseUrl: config.sell.baseUrl,
  headers: { ...json, authorization: `Bearer ${config.sell.token}` },
  json: 'force',
});

export const ometriaHttp = Wreck.defaults({
  baseUrl: config.ometria.baseUrl,
  headers: { ...json, 'X-Ometria-Auth': config.ometria.apiKey },
  json: 'force',
});
