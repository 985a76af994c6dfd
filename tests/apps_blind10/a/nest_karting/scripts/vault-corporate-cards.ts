/**
 * One-off: moves corporate billing cards into the GridPay vault and blanks the local columns.
 * Run: npx ts-node scripts/vault-corporate-cards.ts
 */
import axios from 'axios';
import { DataSource } from 'typeorm';
import { CorporateAccount } from '../src/corporate/corporate-account.entity';

const ds = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, entities: [CorporateAccount] });
const gridpay = axios.create({
  baseURL: process.env.GRIDPAY_URL ?? 'https://api.gridpay.example/v1',
  headers: { Authorization: `Bearer ${process.env.GRIDPAY_KEY}` },
});

async function main(): Promise<void> {
  await ds.initialize();
  const repo = ds.getRepository(CorporateAccount);
  const accounts = await repo.find();
  for (const account of accounts) {
    if (!account.billingCardNumber || account.billingCardNumber.startsWith('tok_')) continue;
    try {
      const [month, year] = account.billingCardExpiry.split('/');
      const { data } = await gridpay.post('/vault/cards', {
        number: account.billingCardNumber,
        expMonth: month,
        expYear: `20${year}`,
        name: account.contactName,
      });
      await repo.update(account.id, { billingCardNumber: data.token, billingCardCvc: null });
      console.log(`vaulted account ${account.id} (${account.companyName}) ****${account.cardLast4}`);
    } catch (err) {
      console.error(`failed account ${account.id}: contact ${account.contactName} <${account.contactEmail}>`, (err as Error).message);
    }
  }
  await ds.destroy();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
