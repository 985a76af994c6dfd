import express from "express";
import pinoHttp from "pino-http";
import { logger } from "./lib/logger";
import { travellers } from "./routes/travellers";
import { bookings } from "./routes/bookings";

const app = express();
app.use(express.json());
app.use(pinoHttp({ logger }));

app.use("/travellers", travellers);
app.use("/bookings", bookings);

app.use((err: Error, req: express.Request, res: express.Response, _next: express.NextFunction) => {
  logger.error({ err, path: req.path }, "unhandled error");
  res.status(500).json({ error: "internal error" });
});

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => logger.info(`listening on ${port}`));
