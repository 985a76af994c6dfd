import Wreck from '@hapi/wreck';
import type { Student } from '../repositories/students.js';

// SurfCover's group-policy claims intake (lost or damaged kit).
const CLAIMS_URL = 'http://claims.surfcover.eu/intake/v1/claims';

export async function reportLostKite(student: Student, kiteSerial: string, spot: string) {
  const claim = {
    policy: 'KH-GROUP-2025',
    item: { type: 'kite', serial: kiteSerial },
    location: spot,
    claimant: { name: student.fullName, email: student.email, phone: student.phone },
  };
  const { payload } = await Wreck.post(CLAIMS_URL, { payload: claim, json: 'force' });
  return (payload as { claimRef: string }).claimRef;
}
