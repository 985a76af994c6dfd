import { configure, getConsoleSink, getLogger, getStreamSink, withContext } from "@logtape/logtape";
import { createWriteStream } from "node:fs";
import { Writable } from "node:stream";

export async function setupLogging(): Promise<void> {
  await configure({
    sinks: {
      console: getConsoleSink(),
      file: getStreamSink(Writable.toWeb(createWriteStream("/var/log/towerline/api.log", { flags: "a" }))),
    },
    contextLocalStorage: new (require("node:async_hooks").AsyncLocalStorage)(),
    loggers: [
      { category: ["towerline"], lowestLevel: "info", sinks: ["console", "file"] },
      { category: ["towerline", "audit"], lowestLevel: "info", sinks: ["file"] },
      { category: ["logtape", "meta"], lowestLevel: "warning", sinks: ["console"] },
    ],
  });
}

export const log = (...category: string[]) => getLogger(["towerline", ...category]);
export { withContext };
