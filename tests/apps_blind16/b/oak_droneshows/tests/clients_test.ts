import { assertEquals } from "@std/assert";
import { Client } from "../src/types.ts";

Deno.test("client JSON form exposes only id and company", () => {
  const c = new Client("c1", "Maren Holt", "maren.holt@example.net", "+44 7700 900431", "2 Quay St", "Holt Events");
  assertEquals(JSON.parse(JSON.stringify(c)), { id: "c1", company: "Holt Events" });
});
