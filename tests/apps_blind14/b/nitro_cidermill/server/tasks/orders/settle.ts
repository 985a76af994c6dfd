import { presslineFetch, coopFetch } from "../../utils/http";
import { log } from "../../utils/logger";

export default defineTask({
  meta: { name: "orders:settle", description: "Capture pending press orders and notify the growers' cooperative" },
  async run() {
    const storage = useStorage("queue");
    const keys = await storage.getKeys("settle");
    for (const key of keys) {
      const job = await storage.getItem<{ orderId: number; token: string }>(key);
      if (!job) continue;
      await presslineFetch("/charges", { method: "POST", body: { token: job.token, reference: `PRESS-${job.orderId}` } });
      const order = await useDb()
        .selectFrom("press_orders")
        .innerJoin("members", "members.id", "press_orders.member_id")
        .select(["press_orders.id", "press_orders.litres", "press_orders.apple_blend", "members.full_name", "members.phone", "members.home_address"])
        .where("press_orders.id", "=", job.orderId)
        .executeTakeFirstOrThrow();
      await coopFetch("/collections", {
        method: "POST",
        body: { ref: order.id, litres: order.litres, blend: order.apple_blend, contact: { name: order.full_name, phone: order.phone, address: order.home_address } },
      });
      await coopFetch("/volumes", { method: "POST", body: { ref: order.id, litres: order.litres } });
      log.info(`settled order ${job.orderId}`);
      await storage.removeItem(key);
    }
    return { result: keys.length };
  },
});
