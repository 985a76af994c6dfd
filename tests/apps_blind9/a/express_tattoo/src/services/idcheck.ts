import { idCheck } from '../http/clients.js';

export interface AgeCheckInput {
  fullName: string;
  dateOfBirth: Date;
  idType: string;
  idNumber: string;
}

export async function verifyAge(input: AgeCheckInput): Promise<boolean> {
  const { data } = await idCheck.post('/verifications', {
    name: input.fullName,
    dob: input.dateOfBirth.toISOString().slice(0, 10),
    document: { type: input.idType, number: input.idNumber },
    minimum_age: 18,
  });
  return data.result === 'pass';
}
