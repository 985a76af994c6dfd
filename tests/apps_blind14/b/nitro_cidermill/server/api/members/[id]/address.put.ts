import { eventLogger, memberRef } from "../../../utils/logger";

export default defineEventHandler(async (event) => {
  const id = Number(getRouterParam(event, "id"));
  const { home_address } = await readBody<{ home_address: string }>(event);
  const before = await useDb().selectFrom("members").select(["id", "home_address"]).where("id", "=", id).executeTakeFirstOrThrow();
  await useDb().updateTable("members").set({ home_address }).where("id", "=", id).execute();
  const logger = eventLogger(event);
  logger.info(`address updated for ${memberRef(before)}`);
  logger.debug(`address change ${before.home_address} -> ${home_address}`);
  await useStorage("queue").setItem(`crisp:${id}`, { memberId: id });
  return { ok: true };
});
