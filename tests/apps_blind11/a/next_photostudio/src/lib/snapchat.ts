import { createHash } from "node:crypto";
import { snapCapi } from "./http";

const sha256 = (v: string) => createHash("sha256").update(v.trim().toLowerCase()).digest("hex");

export async function sendPurchase(client: { email: string; phone?: string | null }, valuePence: number, ip: string) {
  await snapCapi.post(`/${process.env.SNAP_PIXEL_ID}/events`, {
    data: [
      {
        event_name: "PURCHASE",
        action_source: "WEB",
        event_time: Math.floor(Date.now() / 1000),
        user_data: { em: [sha256(client.email)], ph: client.phone ? [sha256(client.phone)] : [], client_ip_address: ip },
        custom_data: { currency: "GBP", value: valuePence / 100 },
      },
    ],
  }, { params: { access_token: process.env.SNAP_CAPI_TOKEN } });
}

export async function sendSignup(client: { email: string; fullName: string }) {
  await snapCapi.post(`/${process.env.SNAP_PIXEL_ID}/events`, {
    data: [
      {
        event_name: "SIGN_UP",
        action_source: "WEB",
        event_time: Math.floor(Date.now() / 1000),
        user_data: { em: [client.email], fn: [client.fullName.split(" ")[0]] },
      },
    ],
  }, { params: { access_token: process.env.SNAP_CAPI_TOKEN } });
}
