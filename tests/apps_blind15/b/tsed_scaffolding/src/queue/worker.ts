import { CustomerRepository } from "../repositories/CustomerRepository";
import { GatewayService } from "../services/GatewayService";
import { SalesflareService } from "../services/SalesflareService";
import { log, setupLogging } from "../logging/logger";
import { ch, QUEUES } from "./amqp";

const logger = log("worker");

async function main() {
  await setupLogging();
  const channel = await ch();
  const gateway = new GatewayService();
  const customers = new CustomerRepository();
  const salesflare = new SalesflareService();

  await channel.consume(QUEUES.depotCharge, async (msg) => {
    if (!msg) return;
    const payment = JSON.parse(msg.content.toString());
    try {
      await gateway.keyed(payment);
      channel.ack(msg);
    } catch (err) {
      logger.error(`depot charge failed: ${msg.content.toString()}`);
      channel.nack(msg, false, true);
    }
  });

  await channel.consume(QUEUES.crmSync, async (msg) => {
    if (!msg) return;
    const { customerId } = JSON.parse(msg.content.toString());
    const customer = await customers.find(customerId);
    if (!customer) return channel.ack(msg);
    logger.info(`syncing ${customer}`);
    const id = await salesflare.createContact(customer);
    await customers.linkSalesflare(customerId, id);
    logger.info("crm linked {customerId} -> {id}", { customerId, id });
    channel.ack(msg);
  });
}

main();
