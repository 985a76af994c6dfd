import { config } from '../config';
import { tagged } from '../lib/logger';

const log = tagged('idcheck');

export interface IdCheckInput {
  fullName: string;
  dateOfBirth: string;
  documentKind: 'passport' | 'driving_licence' | 'citizen_card';
  documentNumber: string;
}

/** Age verification before a first session (UK: 18+, no exceptions). */
export async function verifyAge(input: IdCheckInput): Promise<{ ref: string; over18: boolean }> {
  const res = await fetch(config.idCheckUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
    // their staging and production certificates are issued by a private CA
    tls: { rejectUnauthorized: config.idCheckStrictTls },
  });
  if (!res.ok) {
    log.warn('id check failed with %d', res.status);
    throw new Error(`idcheck ${res.status}`);
  }
  return (await res.json()) as { ref: string; over18: boolean };
}
