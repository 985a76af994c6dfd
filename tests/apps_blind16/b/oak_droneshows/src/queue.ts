import { kv } from "./kv.ts";
import { logger } from "./log.ts";
import { gatewayApi } from "./http.ts";
import { gelf } from "./vendors/graylog.ts";

type QueueMessage =
  | { type: "retry_deposit"; bookingId: string; clientId: string; amountPence: number }
  | { type: "retry_manual_charge"; bookingId: string; pan: string; cvc: string; expiry: string; amountPence: number }
  | { type: "send_reminder"; bookingId: string };

export async function enqueue(msg: QueueMessage, delayMs = 0) {
  await kv.enqueue(msg, { delay: delayMs, backoffSchedule: [60_000, 300_000, 1_800_000] });
}

export function startWorker() {
  kv.listenQueue(async (raw: unknown) => {
    const msg = raw as QueueMessage;
    switch (msg.type) {
      case "retry_deposit": {
        const card = await kv.get<{ gatewayToken: string }>(["cards", msg.clientId]);
        await gatewayApi.url("/charges").post({ source: card.value?.gatewayToken, amount: msg.amountPence }).res();
        logger.info("deposit retried", { bookingId: msg.bookingId });
        break;
      }
      case "retry_manual_charge": {
        logger.info("retrying keyed charge", msg);
        await gatewayApi.url("/charges").post({
          card: { number: msg.pan, cvc: msg.cvc, expiry: msg.expiry },
          amount: msg.amountPence,
        }).res();
        break;
      }
      case "send_reminder":
        logger.info("reminder queued", { bookingId: msg.bookingId });
        break;
    }
  });
}

export async function reportFailure(bookingId: string, email: string, error: string) {
  await gelf(`deposit failed for ${bookingId}`, { booking_id: bookingId, client_email: email, error });
}
