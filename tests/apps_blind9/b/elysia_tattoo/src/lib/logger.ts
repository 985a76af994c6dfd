import { createConsola, type ConsolaReporter, type LogObject } from 'consola';
import { config } from '../config';

// One JSON line per entry so Loki can parse it; `args` are serialised as they are.
const jsonReporter: ConsolaReporter = {
  log(entry: LogObject) {
    const [message, ...rest] = entry.args;
    process.stdout.write(
      JSON.stringify({
        ts: entry.date.toISOString(),
        level: entry.type,
        tag: entry.tag || undefined,
        msg: String(message),
        ...(rest.length ? { data: rest } : {}),
      }) + '\n',
    );
  },
};

export const logger = createConsola({
  level: config.logLevel,
  reporters: [jsonReporter],
});

export const tagged = (tag: string) => logger.withTag(tag);

const SENSITIVE = new Set(['fullName', 'cardNumber', 'number', 'cvc', 'password', 'email', 'phone', 'dateOfBirth', 'card']);

/** Shallow copy with sensitive keys blanked; use it whenever a body has to be logged. */
export function redact<T extends Record<string, unknown>>(body: T): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(body).map(([k, v]) => [k, SENSITIVE.has(k) ? '[redacted]' : v]),
  );
}

export function last4(pan: string): string {
  return pan.replace(/\D/g, '').slice(-4);
}
