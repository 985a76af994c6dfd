import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";

const secret = "whsec_test_cidermill";

function sign(body: string) {
  return createHmac("sha256", secret).update(body).digest("hex");
}

describe("pressline webhook signature", () => {
  it("matches the gateway's hex HMAC", () => {
    const body = JSON.stringify({ type: "payment.succeeded", data: { order_ref: "PRESS-1201", token: "tok_pl_9QmW2s7d", last4: "7193" } });
    expect(sign(body)).toMatch(/^[0-9a-f]{64}$/);
  });
});
