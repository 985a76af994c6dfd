import fetch, { RequestInit } from "node-fetch";
import https from "node:https";
import { config } from "../config/env";

function agentFor(rejectUnauthorized: boolean | undefined) {
  return new https.Agent({ keepAlive: true, rejectUnauthorized: rejectUnauthorized ?? true });
}

function client(baseUrl: string, agent?: https.Agent) {
  return (path: string, init: RequestInit = {}) =>
    fetch(`${baseUrl.replace(/\/$/, "")}${path}`, { ...init, agent: baseUrl.startsWith("https") ? agent : undefined });
}

export const gatewayHttp = client(config.gateway.baseUrl, agentFor(config.gateway.rejectUnauthorized));
export const salesflareHttp = client(config.salesflare.baseUrl, agentFor(true));
export const coralogixHttp = client(config.coralogix.baseUrl, agentFor(true));
export const inspectionHttp = client(
  config.inspectionPartner.baseUrl,
  agentFor(config.inspectionPartner.rejectUnauthorized),
);
export const depotTillHttp = client(config.depotTill.baseUrl);
export const printerHttp = client(config.localPrinter.baseUrl);
