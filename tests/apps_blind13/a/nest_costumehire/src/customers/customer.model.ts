import type { Customer } from '@prisma/client';

export class CustomerView {
  constructor(private readonly c: Customer) {}

  get id() {
    return this.c.id;
  }

  toString(): string {
    return `Customer(${this.c.id}, ${this.c.fullName}, ${this.c.email}, ${this.c.phone ?? 'no phone'})`;
  }

  toJSON() {
    return { id: this.c.id, company: this.c.companyName };
  }
}
