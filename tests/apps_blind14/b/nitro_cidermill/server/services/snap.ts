import { createHash } from "node:crypto";
import type { Member } from "../database/types";
import { snapFetch } from "../utils/http";

const sha256 = (v: string) => createHash("sha256").update(v.trim().toLowerCase()).digest("hex");

export async function reportPurchase(member: Member, orderId: number, value: number, ip: string) {
  const { snap } = useRuntimeConfig();
  await snapFetch(`/${snap.pixelId}/events`, {
    method: "POST",
    body: {
      data: [
        {
          event_name: "PURCHASE",
          action_source: "WEBSITE",
          event_time: Math.floor(Date.now() / 1000),
          user_data: { em: [sha256(member.email)], ph: member.phone ? [sha256(member.phone)] : [], client_ip_address: ip },
          custom_data: { currency: "GBP", value, order_id: String(orderId) },
        },
      ],
    },
  });
}

export async function reportSignUp(member: Member) {
  const { snap } = useRuntimeConfig();
  const userData: Record<string, unknown> = { external_id: [sha256(String(member.id))] };
  userData.em = [member.email];
  userData.fn = [member.full_name.split(" ")[0]];
  await snapFetch(`/${snap.pixelId}/events`, {
    method: "POST",
    body: { data: [{ event_name: "SIGN_UP", action_source: "WEBSITE", event_time: Math.floor(Date.now() / 1000), user_data: userData }] },
  });
}
