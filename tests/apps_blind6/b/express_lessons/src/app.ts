import express from "express";
import pinoHttp from "pino-http";
import { config } from "./config";
import { logger } from "./logger";
import { billing } from "./routes/billing";
import { admin } from "./routes/admin";
import { students } from "./routes/students";
import { webhooks } from "./routes/webhooks";

export const app = express();
app.use("/webhooks", express.raw({ type: "application/json" }), webhooks);
app.use(express.json());
app.use(pinoHttp({ logger }));
app.use("/students", students);
app.use("/billing", billing);
app.use("/admin", admin);
app.get("/healthz", (_req, res) => res.json({ ok: true }));

if (require.main === module) {
  app.listen(config.port, () => logger.info({ port: config.port }, "lessons api listening"));
}
