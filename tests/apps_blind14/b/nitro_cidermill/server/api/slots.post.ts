import { log } from "../utils/logger";

export default defineEventHandler(async (event) => {
  const body = await readBody<{ member_id: number; orchard_row: string; gift_card_code?: string; slot_at: string }>(event);
  const slot = await useDb()
    .insertInto("pick_slots")
    .values({ member_id: body.member_id, orchard_row: body.orchard_row, gift_card_code: body.gift_card_code ?? null, slot_at: new Date(body.slot_at) })
    .returning("id")
    .executeTakeFirstOrThrow();
  log.info(`pick slot ${slot.id} booked row=${body.orchard_row} gift card ${body.gift_card_code ?? "none"}`);
  return { id: slot.id };
});
