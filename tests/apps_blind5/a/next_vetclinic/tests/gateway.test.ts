import { afterEach, describe, expect, it, vi } from "vitest";

import { chargeCardPresent } from "@/lib/payments/gateway";

describe("chargeCardPresent", () => {
  afterEach(() => vi.restoreAllMocks());

  it("sends the card to the gateway charge endpoint", async () => {
    const fetchMock = vi.spyOn(globalThis, "fetch").mockResolvedValue(
      new Response(JSON.stringify({ id: "ch_1", status: "succeeded" }), { status: 200 }),
    );
    const res = await chargeCardPresent(
      { cardNumber: "5555555555554444", expMonth: 1, expYear: 2031, cvc: "737", holderName: "Reception Test" },
      4200,
      "phone-test",
    );
    expect(res.status).toBe("succeeded");
    expect(fetchMock).toHaveBeenCalledOnce();
  });
});
