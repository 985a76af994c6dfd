import axios from "axios";
import { logger } from "../lib/logger";

// Regional fraud-screening vendor; sandbox and prod both behind TLS.
const SCREENING_URL = "https://screening.fraudshield.example.com/v2/check";
const LEGACY_SCREENING_URL = "http://10.20.4.17:8081/screen";
const PUSHGATEWAY_URL = "http://localhost:9091/metrics/job/fraud_screening";

export interface ScreeningInput {
  email: string;
  ipAddress: string;
  bin: string;
  last4: string;
  amountCents: number;
}

export async function screen(input: ScreeningInput): Promise<"allow" | "review" | "deny"> {
  const { data } = await axios.post(SCREENING_URL, input, { timeout: 3000 });
  logger.info({ decision: data.decision, score: data.score }, "fraud screening");
  await axios.post(PUSHGATEWAY_URL, `fraud_decisions_total{decision="${data.decision}"} 1\n`).catch(() => undefined);
  return data.decision;
}

export async function screenLegacy(input: ScreeningInput): Promise<boolean> {
  const res = await axios.post(LEGACY_SCREENING_URL, { customer_email: input.email, ip: input.ipAddress });
  return res.data.ok === true;
}
