export default defineEventHandler(async (event) => {
  const id = Number(getRouterParam(event, "id"));
  const order = await useDb()
    .selectFrom("press_orders")
    .select(["id", "member_id", "litres", "apple_blend", "card_last4", "status"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!order) {
    throw createError({ statusCode: 404, statusMessage: "Order not found" });
  }
  return { ...order, card: `•••• ${order.card_last4}` };
});
