import { reportSignUp } from "../../services/snap";
import { describeMember, eventLogger, log } from "../../utils/logger";

interface NewMember {
  full_name: string;
  email: string;
  phone?: string;
  home_address?: string;
  birth_date?: string;
  password?: string;
}

export default defineEventHandler(async (event) => {
  const body = await readBody<NewMember>(event);
  const logger = eventLogger(event);
  logger.debug("member signup payload", body);

  const existing = await useDb().selectFrom("members").select("id").where("email", "=", body.email).executeTakeFirst();
  if (existing) {
    throw createError({ statusCode: 409, statusMessage: `Member exists: ${body.email}` });
  }

  const member = await useDb()
    .insertInto("members")
    .values({ full_name: body.full_name, email: body.email, phone: body.phone ?? null, home_address: body.home_address ?? null, birth_date: body.birth_date ?? null })
    .returningAll()
    .executeTakeFirstOrThrow();

  logger.success(`welcome ${describeMember(member)}`);
  log.info("member created", { id: member.id });
  await reportSignUp(member);
  await useStorage("queue").setItem(`crisp:${member.id}`, { memberId: member.id });
  setResponseStatus(event, 201);
  return { id: member.id };
});
