import { groove } from '../http/clients';
import type { Customer } from '../models';

export async function openOverdueTicket(customer: Customer, unitCode: string, balancePence: number): Promise<void> {
  await groove.post('/tickets', {
    body: `Unit ${unitCode} is overdue by £${(balancePence / 100).toFixed(2)}. Tenant phone: ${customer.phone}, address: ${customer.homeAddress}`,
    from: 'billing@stackright-storage.co.uk',
    to: customer.email,
    subject: `Overdue balance on unit ${unitCode}`,
    tags: ['overdue', 'autopay'],
  });
}

export async function openAccessTicket(customerId: number, unitCode: string): Promise<void> {
  await groove.post('/tickets', {
    body: `Gate access fault reported for unit ${unitCode} (customer ref ${customerId}).`,
    from: 'gates@stackright-storage.co.uk',
    to: 'facilities@stackright-storage.co.uk',
    subject: `Gate fault ${unitCode}`,
  });
}
