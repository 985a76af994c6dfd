import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/queue", () => ({ depositQueue: { add: vi.fn() } }));

describe("deposit input", () => {
  it("rejects a short card number", async () => {
    const { POST } = await import("@/app/api/deposits/route");
    const req = new Request("http://localhost/api/deposits", {
      method: "POST",
      body: JSON.stringify({ clientId: "c1", amountPence: 5000, card: { number: "1234", cvv: "12", expiry: "12/29" } }),
    });
    const res = await POST(req as never);
    expect(res.status).toBe(500);
  });
});
