import { describe, expect, it, vi } from "vitest";

vi.mock("../server/utils/http", () => ({ snapFetch: vi.fn().mockResolvedValue({}) }));
vi.stubGlobal("useRuntimeConfig", () => ({ snap: { pixelId: "px" } }));

import { snapFetch } from "../server/utils/http";
import { reportPurchase } from "../server/services/snap";

describe("reportPurchase", () => {
  it("hashes e-mail before sending", async () => {
    await reportPurchase({ id: 1, full_name: "Ada Vale", email: "Ada@Example.org", phone: null, home_address: null, birth_date: null, created_at: new Date() }, 7, 90, "203.0.113.9");
    const body = (snapFetch as any).mock.calls[0][1].body;
    expect(body.data[0].user_data.em[0]).toHaveLength(64);
  });
});
