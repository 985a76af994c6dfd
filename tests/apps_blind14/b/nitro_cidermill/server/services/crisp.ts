import type { Member } from "../database/types";
import { crispFetch } from "../utils/http";
import { log } from "../utils/logger";

export async function upsertPeopleProfile(member: Member) {
  const { crisp } = useRuntimeConfig();
  const profile = {
    email: member.email,
    person: { nickname: member.full_name, phone: member.phone ?? undefined, address: member.home_address ?? undefined },
    segments: ["cidermill-member"],
  };
  await crispFetch(`/website/${crisp.websiteId}/people/profile`, { method: "POST", body: profile });
  log.info(`crisp profile synced for member ${member.id}`);
}

export async function tagConversation(sessionId: string, memberId: number) {
  const { crisp } = useRuntimeConfig();
  await crispFetch(`/website/${crisp.websiteId}/conversation/${sessionId}/meta`, {
    method: "PATCH",
    body: { segments: ["press-order"], data: { member_ref: `M${memberId}` } },
  });
}
