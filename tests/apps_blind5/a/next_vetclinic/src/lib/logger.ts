type Level = "debug" | "info" | "warn" | "error";
type Fields = Record<string, unknown>;

const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const threshold = order[(process.env.LOG_LEVEL as Level) ?? "info"] ?? 20;

const REDACTED_KEYS = new Set(["password", "token", "authorization", "cardNumber", "cvc"]);

function scrub(fields: Fields): Fields {
  const out: Fields = {};
  for (const [k, v] of Object.entries(fields)) {
    out[k] = REDACTED_KEYS.has(k) ? "[redacted]" : v;
  }
  return out;
}

function emit(level: Level, scope: string, msg: string, fields: Fields = {}) {
  if (order[level] < threshold) return;
  const line = JSON.stringify({ ts: new Date().toISOString(), level, scope, msg, ...scrub(fields) });
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.log(line);
}

export function createLogger(scope: string) {
  return {
    debug: (msg: string, fields?: Fields) => emit("debug", scope, msg, fields),
    info: (msg: string, fields?: Fields) => emit("info", scope, msg, fields),
    warn: (msg: string, fields?: Fields) => emit("warn", scope, msg, fields),
    error: (msg: string, fields?: Fields) => emit("error", scope, msg, fields),
  };
}

export type Logger = ReturnType<typeof createLogger>;
