import { describe, expect, it } from "vitest";
import { CardSummary, HireCustomer } from "../src/models/Customer";

describe("models", () => {
  it("renders card summaries masked", () => {
    const s = Object.assign(new CardSummary(), { brand: "mastercard", last4: "4410" });
    expect(String(s)).toBe("mastercard ****4410");
  });

  it("renders a customer", () => {
    const c = Object.assign(new HireCustomer(), { id: 3, contactName: "Dev Kaur", email: "dev@example.com" });
    expect(String(c)).toContain("Dev Kaur");
  });
});
