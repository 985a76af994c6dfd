export class RenterView {
  constructor(
    public id: string,
    public fullName: string,
    public email: string,
    public phone: string,
  ) {}

  toString() {
    return `${this.fullName} (${this.email}, ${this.phone})`;
  }

  toLogSafe() {
    return { id: this.id };
  }
}
