import { describe, expect, it } from "vitest";

const luhn = (n: string) =>
  n.split("").reverse().map(Number).reduce((s, d, i) => s + (i % 2 ? ((d * 2) % 9 || (d ? 9 : 0)) : d), 0) % 10 === 0;

describe("card input", () => {
  it("accepts the gateway test number", () => {
    expect(luhn("5555555555554444")).toBe(true);
  });
  it("rejects a mistyped number", () => {
    expect(luhn("5555555555554445")).toBe(false);
  });
});
