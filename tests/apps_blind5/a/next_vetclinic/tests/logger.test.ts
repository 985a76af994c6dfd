import { afterEach, describe, expect, it, vi } from "vitest";

import { createLogger } from "@/lib/logger";

describe("createLogger", () => {
  afterEach(() => vi.restoreAllMocks());

  it("redacts configured keys", () => {
    const spy = vi.spyOn(console, "log").mockImplementation(() => undefined);
    createLogger("test").info("probe", { token: "abc", orderId: 7 });
    const line = JSON.parse(spy.mock.calls[0][0] as string);
    expect(line.token).toBe("[redacted]");
    expect(line.orderId).toBe(7);
  });

  it("routes errors to console.error", () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    createLogger("test").error("boom", { code: "E1" });
    expect(spy).toHaveBeenCalledOnce();
  });
});
