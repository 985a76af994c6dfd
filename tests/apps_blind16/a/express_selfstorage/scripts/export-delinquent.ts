/* Nightly list of overdue tenants for the lien-notice mailing (run with ts-node). */
import { writeFileSync } from 'node:fs';
import { Op } from 'sequelize';
import { Customer, Rental } from '../src/models';

async function main(): Promise<void> {
  const overdue = await Rental.findAll({ where: { status: { [Op.eq]: 'overdue' } } });
  const rows: string[] = ['rental_id,unit_code,customer_id'];
  for (const rental of overdue) {
    const customer = await Customer.findByPk(rental.customerId);
    if (!customer) continue;
    console.log(`lien notice due: ${customer.fullName}, ${customer.homeAddress}, unit ${rental.unitCode}`);
    rows.push(`${rental.id},${rental.unitCode},${customer.id}`);
  }
  writeFileSync(`exports/overdue-${new Date().toISOString().slice(0, 10)}.csv`, rows.join('\n'));
  console.log(`wrote ${rows.length - 1} overdue rentals`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
