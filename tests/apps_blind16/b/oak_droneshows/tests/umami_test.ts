import { assertEquals } from "@std/assert";
import { stub } from "jsr:@std/testing@^1.0.3/mock";

Deno.test("deposit event carries a hashed e-mail only", async () => {
  const calls: unknown[] = [];
  const fetchStub = stub(globalThis, "fetch", (_input, init) => {
    calls.push(JSON.parse(String(init?.body)));
    return Promise.resolve(new Response("{}", { status: 200 }));
  });
  try {
    const { depositPaid } = await import("../src/vendors/umami.ts");
    await depositPaid("  Owner@Example.com ", "bk_1");
    const body = calls[0] as { payload: { data: Record<string, string> } };
    assertEquals(body.payload.data.booking, "bk_1");
    assertEquals(body.payload.data.email_hash.length, 64);
    assertEquals("email" in body.payload.data, false);
  } finally {
    fetchStub.restore();
  }
});
