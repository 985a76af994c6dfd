import "@tsed/platform-express";
import { Configuration, Inject } from "@tsed/di";
import { PlatformApplication } from "@tsed/common";
import express from "express";
import { config } from "./config/env";
import { CustomerController } from "./controllers/CustomerController";
import { HireController } from "./controllers/HireController";
import { WebhookController } from "./controllers/WebhookController";
import "./filters/ErrorFilter";
import { RequestContextMiddleware } from "./middlewares/RequestContextMiddleware";

@Configuration({
  httpPort: config.port,
  logger: { disableRoutesSummary: true, logRequest: false },
  mount: { "/api": [CustomerController, HireController, WebhookController] },
  middlewares: [express.json(), RequestContextMiddleware],
})
export class Server {
  @Inject() app: PlatformApplication;
}
