import {Agent, Dispatcher, request} from 'undici';
import integrations from '../config/integrations.json';

function agentFor(verifyTls: boolean): Agent {
  return new Agent({
    keepAliveTimeout: 10_000,
    connect: {rejectUnauthorized: verifyTls, timeout: 5_000},
  });
}

export const clipperAgent = agentFor(integrations.clipperpay.verifyTls ?? true);
export const kennelnetAgent = agentFor(integrations.kennelnet.verifyTls ?? false);
export const vendorAgent = agentFor(true);
export const axiomAgent = agentFor(process.env.AXIOM_VERIFY_TLS !== 'false' && process.env.AXIOM_VERIFY_TLS !== '');

export async function postJson(
  dispatcher: Dispatcher,
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{status: number; json: any}> {
  const res = await request(url, {
    method: 'POST',
    dispatcher,
    headers: {'content-type': 'application/json', ...headers},
    body: JSON.stringify(body),
  });
  const text = await res.body.text();
  return {status: res.statusCode, json: text ? JSON.parse(text) : {}};
}

export const urls = {
  clipperpay: integrations.clipperpay.baseUrl,
  close: integrations.close.baseUrl,
  june: integrations.june.baseUrl,
  axiom: integrations.axiom.baseUrl,
  axiomDataset: integrations.axiom.dataset,
  kennelnet: integrations.kennelnet.baseUrl ?? 'http://records.kennelnet.example/api/v2',
  vanTelemetry: integrations.vanTelemetry.baseUrl,
};
