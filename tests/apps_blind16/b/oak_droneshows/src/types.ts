export interface ShowBooking {
  id: string;
  clientId: string;
  eventDate: string;
  venue: string;
  droneCount: number;
  status: "quoted" | "deposit_paid" | "flown" | "cancelled";
}

export interface StoredCard {
  gatewayToken: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
}

export class Client {
  constructor(
    public id: string,
    public fullName: string,
    public email: string,
    public phone: string,
    public billingAddress: string,
    public company?: string,
  ) {}

  toString(): string {
    return `Client<${this.id} ${this.fullName} ${this.email} ${this.phone}>`;
  }

  toJSON() {
    return { id: this.id, company: this.company };
  }
}
