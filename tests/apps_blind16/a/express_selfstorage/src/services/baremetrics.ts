import { baremetrics } from '../http/clients';
import { logger } from '../logger';
import type { Customer } from '../models';

export async function createBaremetricsCustomer(customer: Customer): Promise<void> {
  const body: Record<string, unknown> = { oid: `cus_${customer.id}` };
  body.name = customer.fullName;
  body.email = customer.email;
  body.notes = `Tenant since ${customer.createdAt.toISOString().slice(0, 10)}`;
  await baremetrics.post('/customers', body);
}

export async function recordSubscription(customerId: number, rentalId: number, ratePence: number): Promise<void> {
  await baremetrics.post('/subscriptions', {
    oid: `rental_${rentalId}`,
    customer_oid: `cus_${customerId}`,
    plan_oid: 'unit-monthly',
    started_at: Math.floor(Date.now() / 1000),
    addons: [],
    quantity: 1,
    mrr: ratePence,
  });
  logger.info('baremetrics subscription recorded', { rentalId });
}
