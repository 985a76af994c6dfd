import { Analytics } from "@segment/analytics-node";
import { createHash } from "crypto";

export const analytics = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY ?? "" });

export function sha256(value: string): string {
  return createHash("sha256").update(value.trim().toLowerCase()).digest("hex");
}
