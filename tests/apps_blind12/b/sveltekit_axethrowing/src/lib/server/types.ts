export interface Thrower {
  id: string;
  fullName: string;
  email: string;
  phone: string | null;
  dateOfBirth: string | null;
  waiverSignedAt: Date | null;
}

export class WaiverError extends Error {
  constructor(public thrower: Pick<Thrower, 'fullName' | 'dateOfBirth'>) {
    super(`waiver rejected for ${thrower.fullName} born ${thrower.dateOfBirth}: under 18`);
  }
}

export interface CardInput {
  cardNumber: string;
  expMonth: number;
  expYear: number;
  cvc: string;
  holder: string;
}
