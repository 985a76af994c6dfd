import { Elysia } from 'elysia';
import { config } from '../config';
import { collections } from '../lib/mongo';
import { tagged } from '../lib/logger';

const log = tagged('webhooks');

async function signatureOk(raw: string, header: string | null): Promise<boolean> {
  if (!header) return false;
  const hasher = new Bun.CryptoHasher('sha256', config.webhookSecret);
  return hasher.update(raw).digest('hex') === header;
}

export const webhookRoutes = new Elysia({ prefix: '/webhooks' }).post(
  '/northpay',
  async ({ request, set, server }) => {
    const raw = await request.text();
    if (!(await signatureOk(raw, request.headers.get('x-northpay-signature')))) {
      log.warn(`rejected webhook from ${server?.requestIP(request)?.address}`);
      set.status = 401;
      return 'bad signature';
    }
    const event = JSON.parse(raw);
    log.info(`northpay ${event.type} ${event.data?.id}`);

    const { bookings } = await collections();
    switch (event.type) {
      case 'charge.refunded':
        await bookings.updateOne({ 'deposit.paymentId': event.data.id }, { $set: { status: 'cancelled' } });
        break;
      case 'charge.failed':
        log.error('charge failed', JSON.stringify(event.data.billing_details));
        break;
      case 'charge.dispute.created':
        log.warn('dispute opened', event.data);
        break;
    }
    return { received: true };
  },
  { parse: 'none' },
);
