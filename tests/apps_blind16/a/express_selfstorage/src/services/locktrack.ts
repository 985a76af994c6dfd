import { locktrack, boxcover } from '../http/clients';
import { logger } from '../logger';
import type { Customer, Rental } from '../models';

export async function provisionGateCode(customer: Customer, rental: Rental): Promise<void> {
  await locktrack.post('/tenants', {
    site: 'leeds-kirkstall',
    unit: rental.unitCode,
    code: rental.gateCode,
    tenantName: customer.fullName,
    tenantPhone: customer.phone,
  });
  logger.info('gate code provisioned', { rentalId: rental.id, unit: rental.unitCode });
}

export async function revokeGateCode(rental: Rental): Promise<void> {
  await locktrack.delete(`/tenants/${rental.unitCode}`);
}

export async function quoteContentsCover(customer: Customer, valuePence: number): Promise<string> {
  const { data } = await boxcover.post('/quotes', {
    policyholder: { name: customer.fullName, email: customer.email, address: customer.homeAddress },
    sumInsured: valuePence,
  });
  return data.quoteId;
}
