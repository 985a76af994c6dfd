import amqp, { Channel } from "amqplib";
import { config } from "../config/env";

let channel: Channel | undefined;

export const QUEUES = { depotCharge: "depot.charge", crmSync: "crm.sync" } as const;

export async function ch(): Promise<Channel> {
  if (!channel) {
    const conn = await amqp.connect(config.amqpUrl);
    channel = await conn.createConfirmChannel();
    await channel.assertQueue(QUEUES.depotCharge, { durable: true });
    await channel.assertQueue(QUEUES.crmSync, { durable: true });
  }
  return channel;
}

export async function publish(queue: string, message: unknown): Promise<void> {
  (await ch()).sendToQueue(queue, Buffer.from(JSON.stringify(message)), { persistent: true, contentType: "application/json" });
}
