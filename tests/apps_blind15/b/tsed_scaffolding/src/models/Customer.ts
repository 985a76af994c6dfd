import { Email, Property, Required } from "@tsed/schema";

export class HireCustomer {
  @Property() id: number;
  @Property() companyName?: string;
  @Required() contactName: string;
  @Required() @Email() email: string;
  @Property() phone?: string;
  @Property() siteAddress?: string;

  toString(): string {
    return `HireCustomer(${this.id}, ${this.contactName}, ${this.email}, ${this.phone ?? "-"})`;
  }
}

export class DepotCardPayment {
  @Required() hireId: number;
  @Required() cardNumber: string;
  @Required() expiry: string;
  @Property() cvc?: string;
  @Required() amountPence: number;
}

export class CardSummary {
  @Property() brand: string;
  @Property() last4: string;

  toString(): string {
    return `${this.brand} ****${this.last4}`;
  }
}
