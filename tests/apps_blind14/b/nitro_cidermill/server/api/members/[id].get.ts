import { memberRef, eventLogger } from "../../utils/logger";

export default defineEventHandler(async (event) => {
  const id = Number(getRouterParam(event, "id"));
  const member = await useDb().selectFrom("members").selectAll().where("id", "=", id).executeTakeFirst();
  if (!member) {
    throw createError({ statusCode: 404, statusMessage: "Member not found" });
  }
  eventLogger(event).info(`loaded ${memberRef(member)}`);
  return { id: member.id, full_name: member.full_name, email: member.email };
});
