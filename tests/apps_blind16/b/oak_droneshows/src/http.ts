import wretch from "wretch";
import { config } from "./config.ts";

export const userflowApi = wretch(config.userflow.baseUrl)
  .auth(`Bearer ${config.userflow.apiKey}`)
  .headers({ "Userflow-Version": config.userflow.version });

export const umamiApi = wretch(config.umami.baseUrl)
  .headers({ "User-Agent": "Mozilla/5.0 (skylume-server)" });

export const graylogApi = wretch(config.graylog.gelfUrl);

export const flightOpsApi = wretch(config.flightops.baseUrl).auth(`Token ${config.flightops.token}`);

export const gatewayApi = wretch(config.gateway.baseUrl).auth(`Bearer ${config.gateway.key}`);

export const venueApi = wretch(config.venuePartner.baseUrl);
